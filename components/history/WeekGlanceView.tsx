import { runKindName, weekdayLong, weekdayShort } from '../format';
import type { DayGlance, WeekGlance } from '../../utils/views/week-glance';

function daySentence(day: DayGlance): string {
  const runs = day.runs.map((run) => `${run.effort} run (${runKindName(run.kind).toLowerCase()})`);
  const strength = day.strength.map((status) =>
    status === 'done' ? 'strength session done' : 'strength skipped',
  );
  const parts = [...runs, ...strength];
  const what = parts.length ? parts.join(', ') : day.isFuture ? 'still to come' : 'rest';
  return `${weekdayLong(day.date)}${day.isToday ? ' (today)' : ''}: ${what}`;
}

/** Seven small day columns: a mark per run (H hard, E easy) and per strength session, each with a spoken sentence. */
export function WeekGlanceView({ week }: { week: WeekGlance }) {
  return (
    <ol class="week-glance" data-testid="week-glance" aria-label="This week, day by day">
      {week.days.map((day) => (
        <li
          key={day.date}
          class={`day${day.isToday ? ' today' : ''}${day.isFuture ? ' future' : ''}`}
          data-date={day.date}
        >
          <span class="visually-hidden">{daySentence(day)}</span>
          <span class="day-name" aria-hidden="true">
            {weekdayShort(day.date).slice(0, 2)}
          </span>
          <span class="marks" aria-hidden="true">
            {day.runs.map((run, i) => (
              <span key={`r${i}`} class={`mark run-${run.effort}`} title={run.title}>
                {run.effort === 'hard' ? 'H' : 'E'}
              </span>
            ))}
            {day.strength.map((status, i) => (
              <span key={`s${i}`} class={`mark strength-${status}`}>
                {status === 'done' ? '✓' : '–'}
              </span>
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}
