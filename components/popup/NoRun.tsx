import { tParts } from '../message-parts';
import { t } from '../../utils/i18n';

// The sites' own names, the same in every language.
const STRAVA = 'Strava';
const GARMIN = 'Garmin Connect';

/** What to do before HardDay has seen a run: open one on a site it reads, or log it by hand. */
export function NoRun() {
  return (
    <section class="panel no-run" data-testid="no-run" aria-labelledby="no-run-title">
      <h2 id="no-run-title">{t('popup.noRun.title')}</h2>
      <p>
        {tParts('popup.noRun.open', {
          strava: (
            <a href="https://www.strava.com/athlete/training" target="_blank" rel="noreferrer">
              {STRAVA}
            </a>
          ),
          garmin: (
            <a href="https://connect.garmin.com/app/activities" target="_blank" rel="noreferrer">
              {GARMIN}
            </a>
          ),
        })}
      </p>
      <p class="muted">{t('popup.noRun.byHand')}</p>
    </section>
  );
}
