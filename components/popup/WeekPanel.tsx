import { WeekGlanceView } from '../history/WeekGlanceView';
import { WeekPlanList } from '../history/WeekPlanList';
import type { WeekGlance } from '../../utils/views/week-glance';
import { t, tn } from '../../utils/i18n';
import { useSay } from '../speak';
import type { WeekPlanView } from '../../utils/views/week-plan-view';

/**
 * `plan`: the next 7 days, once the background has worked them out (asked for after the first paint);
 * `onOpenCalendarPage`: see CalendarLinks.
 */
export function WeekPanel({
  week,
  plan,
  onOpenCalendarPage,
}: {
  week: WeekGlance;
  plan?: WeekPlanView;
  onOpenCalendarPage?: () => void;
}) {
  const runs = week.days.flatMap((day) => day.runs);
  const hard = runs.filter((run) => run.effort === 'hard').length;
  const say = useSay();
  const strengthText =
    week.target > 0
      ? t('popup.week.strengthOfTarget', { done: week.done, target: week.target })
      : tn('popup.week.strengthNonePlanned', week.done);
  return (
    <section
      class="panel week"
      data-testid="week"
      data-done={week.done}
      data-target={week.target}
      aria-labelledby="week-title"
    >
      <h2 id="week-title">{t('popup.week.title')}</h2>
      <p class="week-line">
        <strong data-testid="week-strength">{strengthText}</strong>
        <span class="muted">
          {' · '}
          {tn('popup.week.hardRuns', hard, { runs: tn('popup.week.runs', runs.length) })}
        </span>
      </p>
      {week.target > 0 && (
        <meter
          class="week-meter"
          min={0}
          max={week.target}
          value={Math.min(week.done, week.target)}
          aria-label={t('popup.week.meterLabel')}
        />
      )}
      <WeekGlanceView week={week} />
      <p class="muted small-print">{week.targetReasons.map(say).join('. ')}</p>
      {plan && plan.days.length > 0 && (
        <>
          <h3 class="week-plan-title">{t('popup.plan.title')}</h3>
          <WeekPlanList plan={plan} onOpenCalendarPage={onOpenCalendarPage} />
        </>
      )}
    </section>
  );
}
