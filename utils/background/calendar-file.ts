// "Add to calendar": the planned strength sessions of the next 7 days (or today's window alone) as an .ics file, in
// the runner's language and units. The core writes the file (utils/core/ical.ts) and decides each event's SEQUENCE and
// which handed-out days to take back (utils/core/calendar-ledger.ts); this puts the plan into words. Built here in the
// background, from the stored state and ledger, and sent to the page that offers the download (`calendarFile`): the
// writer, the ledger and the training words stay out of the popup's budget.

import { icsCalendar, type CalendarEvent } from '../core/ical';
import { calendarExport, type ExportedEvent } from '../core/calendar-ledger';
import type { Message } from '../core/message';
import { t } from '../i18n';
import { formatDuration } from '../i18n/format';
import { sessionTitle, words } from '../i18n/training-text';
import type { CalendarFile, CalendarFileRequest } from '../views/calendar-file';
import type { StoredState } from '../store/snapshot';
import { resolveUnits } from '../views/units';
import { weekPlanModel, type PlanDayView, type WeekPlanView } from '../views/week-plan-view';
import { sayer } from '../platform';

type Say = (message: Message) => string;

const MINUTE_MS = 60_000;

/**
 * One UID per planned day: importing a newer file replaces that day's event (a moved session shows at its new time)
 * instead of adding a second one; a day the plan dropped gets it again, cancelled. Today's single event shares it with
 * the week's file.
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

/** What the file's events are measured against: the calendar ledger and the moment of the export. */
export interface ExportContext {
  ledger: readonly ExportedEvent[];
  nowMs: number;
}

function fileOf(plan: WeekPlanView, days: PlanDayView[], say: Say, ctx: ExportContext, fileName: string) {
  const planned = days.flatMap((day) => {
    const event = calendarEvent(day, say, ctx.nowMs);
    return event ? [{ ...event, date: day.date }] : [];
  });
  if (planned.length === 0) return null;
  const { events, exported } = calendarExport({
    ledger: ctx.ledger,
    planned,
    // A day whose session is done keeps its event: it happened, if earlier than planned.
    covers: days.filter((day) => day.slot !== 'done').map((day) => day.date),
    nowMs: ctx.nowMs,
    // The plan starts today.
    today: plan.days[0]!.date,
  });
  const text = icsCalendar({
    events: events.map((event) =>
      event.cancelled
        ? {
            ...event,
            summary: t('popup.plan.calendar.cancelled', { summary: event.summary }),
            description: t('popup.plan.calendar.cancelledWhy'),
          }
        : event,
    ),
    timeZone: plan.timeZone,
    now: new Date(ctx.nowMs),
    name: t('popup.plan.calendar.name'),
  });
  return { text, fileName, events: planned.length, exported };
}

/**
 * Every planned session of the next 7 days still ahead or under way, and a cancellation for each day of them that an
 * earlier file held and the plan no longer does; null when no session is planned.
 */
export function weekCalendarFile(plan: WeekPlanView, say: Say, ctx: ExportContext): CalendarFile | null {
  const first = plan.days[0]?.date;
  return first ? fileOf(plan, plan.days, say, ctx, `hardday-week-${first}.ics`) : null;
}

/**
 * Today's window alone, while it is still ahead or open; null on a day without one. Its event is the week's for
 * today (same UID, same SEQUENCE from the same ledger), so downloading both leaves one event; it speaks for today
 * only and takes back no other day.
 */
export function todayCalendarFile(plan: WeekPlanView, say: Say, ctx: ExportContext): CalendarFile | null {
  const today = plan.days.find((day) => day.isToday);
  return today ? fileOf(plan, [today], say, ctx, `hardday-${today.date}.ics`) : null;
}

/**
 * The file a page asked for (`calendarFile`), from the stored state and the ledger at `nowMs`: the plan in the page's
 * zone, its reasons said in the runner's units (resolved with the page's language, as the popup's are) and the UI's
 * language. null when there is nothing to add.
 */
export function requestedCalendarFile(
  state: StoredState,
  ledger: readonly ExportedEvent[],
  { scope, timeZone, language }: CalendarFileRequest,
  nowMs: number,
): CalendarFile | null {
  const plan = weekPlanModel(state, nowMs, timeZone);
  const say = sayer(resolveUnits(state.prefs.units, state.prefs.siteUnits, language).units);
  const ctx = { ledger, nowMs };
  return scope === 'week' ? weekCalendarFile(plan, say, ctx) : todayCalendarFile(plan, say, ctx);
}
