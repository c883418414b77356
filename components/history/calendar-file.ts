// "Add to calendar": the planned strength sessions of the next 7 days (or today's window alone) as an .ics file, in
// the runner's language and units. The core writes the file (utils/core/ical.ts); this puts the plan into words.

import { icsCalendar, type CalendarEvent } from '../../utils/core/ical';
import { t } from '../../utils/i18n';
import type { PlanDayView, WeekPlanView } from '../../utils/views/week-plan-view';
import { formatDuration } from '../../utils/i18n/format';
import type { Say } from '../speak';
import { sessionTitle, words } from '../../utils/i18n/training-text';

export interface CalendarFile {
  text: string;
  fileName: string;
  /** How many events it holds. */
  events: number;
}

const MINUTE_MS = 60_000;

/**
 * One UID per planned day: importing a newer file replaces that day's event (a moved session shows at its new time)
 * instead of adding a second one. Today's single event shares it with the week's file.
 */
export const calendarUid = (date: string) => `${date}.strength@hardday.app`;

/** A day's event: its window (open now: from this minute), the session's name, why it fits and what it is. */
export function calendarEvent(day: PlanDayView, say: Say, nowMs: number): CalendarEvent | null {
  if (!day.session || !day.until) return null;
  const endMs = Date.parse(day.until);
  const startMs = day.from ? Date.parse(day.from) : Math.floor(nowMs / MINUTE_MS) * MINUTE_MS;
  if (!(endMs > startMs) || endMs <= nowMs) return null;
  const what = t('popup.plan.calendar.what', {
    focus: words(day.session.focus),
    duration: formatDuration(day.session.minutes * 60),
  });
  return {
    uid: calendarUid(day.date),
    startMs,
    endMs,
    summary: sessionTitle(day.session.title),
    description: [...day.reasons.map((r) => `${say(r)}.`), what, t('popup.plan.calendar.openApp')].join('\n'),
  };
}

function fileOf(plan: WeekPlanView, days: PlanDayView[], say: Say, nowMs: number, fileName: string) {
  const events = days.flatMap((day) => calendarEvent(day, say, nowMs) ?? []);
  if (events.length === 0) return null;
  const text = icsCalendar({
    events,
    timeZone: plan.timeZone,
    now: new Date(nowMs),
    name: t('popup.plan.calendar.name'),
  });
  return { text, fileName, events: events.length };
}

/** Every planned session of the next 7 days still ahead or under way; null when none is planned. */
export function weekCalendarFile(plan: WeekPlanView, say: Say, nowMs: number): CalendarFile | null {
  const first = plan.days[0]?.date;
  return first ? fileOf(plan, plan.days, say, nowMs, `hardday-week-${first}.ics`) : null;
}

/** Today's window alone, while it is still ahead or open; null on a day without one. */
export function todayCalendarFile(plan: WeekPlanView, say: Say, nowMs: number): CalendarFile | null {
  const today = plan.days.find((day) => day.isToday);
  return today ? fileOf(plan, [today], say, nowMs, `hardday-${today.date}.ics`) : null;
}
