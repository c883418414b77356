import { WeekGlanceView } from '../history/WeekGlanceView';
import type { WeekGlance } from '../../utils/views/week-glance';

export function WeekPanel({ week }: { week: WeekGlance }) {
  const runs = week.days.flatMap((day) => day.runs);
  const hard = runs.filter((run) => run.effort === 'hard').length;
  const strengthText =
    week.target > 0
      ? `${week.done} of ${week.target} strength sessions`
      : `${week.done} strength session${week.done === 1 ? '' : 's'}, none planned`;
  return (
    <section
      class="panel week"
      data-testid="week"
      data-done={week.done}
      data-target={week.target}
      aria-labelledby="week-title"
    >
      <h2 id="week-title">This week</h2>
      <p class="week-line">
        <strong data-testid="week-strength">{strengthText}</strong>
        <span class="muted">
          {' · '}
          {runs.length} run{runs.length === 1 ? '' : 's'}, {hard} hard
        </span>
      </p>
      {week.target > 0 && (
        <meter
          class="week-meter"
          min={0}
          max={week.target}
          value={Math.min(week.done, week.target)}
          aria-label="Strength sessions against the weekly target"
        />
      )}
      <WeekGlanceView week={week} />
      <p class="muted small-print">{week.targetReason}</p>
    </section>
  );
}
