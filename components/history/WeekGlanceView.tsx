import { runKindName, weekdayLong, weekdayShort } from '../../utils/i18n/format';
import type { DayGlance, WeekGlance } from '../../utils/views/week-glance';
import { t } from '../../utils/i18n';
import { inSentence } from '../message-parts';

function daySentence(day: DayGlance): string {
  const runs = day.runs.map((run) => {
    const kind = inSentence(runKindName(run.kind));
    return run.effort === 'hard' ? t('history.hardRun', { kind }) : t('history.easyRun', { kind });
  });
  const strength = day.strength.map((status) =>
    status === 'done' ? t('history.strengthDone') : t('history.strengthSkipped'),
  );
  const parts = [...runs, ...strength];
  const what = parts.length ? parts.join(', ') : day.isFuture ? t('history.stillToCome') : t('history.rest');
  const values = { day: weekdayLong(day.date), what };
  return day.isToday ? t('history.dayToday', values) : t('history.day', values);
}

/** Seven small day columns: a mark per run (H hard, E easy) and per strength session, each with a spoken sentence. */
export function WeekGlanceView({ week }: { week: WeekGlance }) {
  return (
    <ol class="week-glance" data-testid="week-glance" aria-label={t('history.glanceLabel')}>
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
                {run.effort === 'hard' ? t('history.markHard') : t('history.markEasy')}
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
