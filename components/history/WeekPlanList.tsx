import { formatClock, formatClockInSentence, weekdayLong, weekdayShort } from '../../utils/i18n/format';
import { t } from '../../utils/i18n';
import { useSay } from '../speak';
import { CalendarLinks } from './CalendarLinks';
import type { PlanDayView, WeekPlanView } from '../../utils/views/week-plan-view';

const SLOT_LABELS = {
  strength: () => t('popup.plan.slot.strength'),
  foundation: () => t('popup.plan.slot.foundation'),
  light: () => t('popup.plan.slot.light'),
  mobility: () => t('popup.plan.slot.mobility'),
  done: () => t('popup.plan.slot.done'),
} satisfies Record<PlanDayView['slot'], () => string>;

const AFTER = {
  hard: () => t('popup.plan.after.hard'),
  long: () => t('popup.plan.after.long'),
  race: () => t('popup.plan.after.race'),
  intervals: () => t('popup.plan.after.intervals'),
  tempo: () => t('popup.plan.after.tempo'),
  hills: () => t('popup.plan.after.hills'),
  easy: () => t('popup.plan.after.easy'),
  recovery: () => t('popup.plan.after.recovery'),
};

function afterWords(day: PlanDayView): string | undefined {
  const after = day.after;
  if (!after || (day.slot !== 'strength' && day.slot !== 'light')) return undefined;
  return AFTER[after.source === 'actual' ? after.kind : after.day]();
}

function windowWords(day: PlanDayView, locale?: string): string {
  if (!day.until) return '';
  return day.from
    ? t('popup.plan.window', { from: formatClock(day.from, locale), until: formatClock(day.until, locale) })
    : t('popup.plan.until', { until: formatClockInSentence(day.until, locale) });
}

/**
 * The next 7 days: per day what fits (strength after which run, the foundation session, light work or mobility
 * only) and its window; `detailed` adds why under each day. Today first. Under it, "Add to calendar"
 * (`onOpenCalendarPage`: see CalendarLinks).
 */
export function WeekPlanList({
  plan,
  detailed = false,
  locale,
  onOpenCalendarPage,
}: {
  plan: WeekPlanView;
  detailed?: boolean;
  locale?: string;
  onOpenCalendarPage?: () => void;
}) {
  const say = useSay();
  return (
    <div class="week-plan" data-testid="week-plan" data-usual={plan.usualSource}>
      {plan.moved.length > 0 && (
        <p class="week-plan-moved" data-testid="week-plan-moved">
          {plan.moved.map(say).join('. ')}.
        </p>
      )}
      <ol class="week-plan-days" aria-label={t('popup.plan.listLabel')}>
        {plan.days.map((day) => {
          const after = afterWords(day);
          const time = windowWords(day, locale);
          const name = day.isToday ? t('popup.plan.today') : weekdayShort(day.date, locale);
          return (
            <li
              key={day.date}
              class={`plan-day slot-${day.slot}${day.isToday ? ' today' : ''}`}
              data-date={day.date}
              data-slot={day.slot}
              title={detailed || !day.reasons[0] ? undefined : say(day.reasons[0])}
            >
              <span class="plan-day-name">
                <span aria-hidden="true">{name}</span>
                <span class="visually-hidden">{day.isToday ? name : weekdayLong(day.date, locale)}</span>
              </span>
              <span class="plan-day-what">
                {SLOT_LABELS[day.slot]()}
                {after && ` ${after}`}
                {time && ' '}
                {time && <span class="plan-day-time">{time}</span>}
              </span>
              {detailed && day.reasons.length > 0 && (
                <span class="plan-day-why muted">{say(day.reasons[0]!)}</span>
              )}
            </li>
          );
        })}
      </ol>
      <CalendarLinks plan={plan} onOpenPage={onOpenCalendarPage} />
      {plan.usualSource !== 'settings' && (
        <p class="muted small-print" data-testid="week-plan-source">
          {plan.usualSource === 'suggested'
            ? t('popup.plan.suggested', { weeks: plan.suggestionWeeks ?? 6 })
            : t('popup.plan.noUsualWeek')}
        </p>
      )}
    </div>
  );
}
