/** What to do before HardDay has seen a run: open one on a site it reads, or log it by hand. */
export function NoRun() {
  return (
    <section class="panel no-run" data-testid="no-run" aria-labelledby="no-run-title">
      <h2 id="no-run-title">No run of yours seen yet</h2>
      <p>
        Open one of your runs on{' '}
        <a href="https://www.strava.com/athlete/training" target="_blank" rel="noreferrer">
          Strava
        </a>{' '}
        or{' '}
        <a href="https://connect.garmin.com/app/activities" target="_blank" rel="noreferrer">
          Garmin Connect
        </a>
        . HardDay reads it right there, in your browser, and tells you if it was a hard day.
      </p>
      <p class="muted">Ran without a watch, or on a site HardDay does not read? Log the run by hand below.</p>
    </section>
  );
}
