import type { UnitSystem } from '../../utils/core/types';
import { HistoryChart } from './HistoryChart';
import type { HistoryBar, WeekGlance } from '../../utils/views/week-glance';
import { WeekGlanceView } from './WeekGlanceView';
import { t, tn } from '../../utils/i18n';
import { WeekPlanList } from './WeekPlanList';
import type { WeekPlanView } from '../../utils/views/week-plan-view';

interface Props {
  week: WeekGlance;
  weeks: HistoryBar[];
  headingLevel?: 2 | 3;
  /** For each week's distance; default km. */
  unit?: UnitSystem;
  /** The next 7 days, with why for each. */
  plan?: WeekPlanView;
  /** Where the calendar file cannot download in place (Firefox's popup): opens the History page. */
  onOpenCalendarPage?: () => void;
}

export function HistoryPanel({
  week,
  weeks,
  headingLevel = 2,
  unit = 'metric',
  plan,
  onOpenCalendarPage,
}: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="panel history" data-testid="history" aria-labelledby="history-heading">
      <Heading id="history-heading">{t('history.glanceTitle')}</Heading>
      <WeekGlanceView week={week} />
      <p class="legend muted">
        <span class="mark run-hard">{t('history.markHard')}</span> {t('history.legendHard')}{' '}
        <span class="mark run-easy">{t('history.markEasy')}</span> {t('history.legendEasy')}{' '}
        <span class="mark strength-done">✓</span> {t('history.legendStrength')}
      </p>
      {plan && plan.days.length > 0 && (
        <>
          <Heading id="week-plan">{t('popup.plan.title')}</Heading>
          <WeekPlanList plan={plan} detailed onOpenCalendarPage={onOpenCalendarPage} />
        </>
      )}
      <Heading>{tn('history.lastWeeks', weeks.length)}</Heading>
      <HistoryChart weeks={weeks} unit={unit} />
    </section>
  );
}
