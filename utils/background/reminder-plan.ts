import type { Advice, UnitSystem } from '../core/types';
import type { Prefs } from '../store/schemas';
import { t, tn } from '../i18n';
import { speaker } from '../platform';
import { sayDistance, sayDuration } from '../views/say';

export const ALARM = {
  /** Refreshes the badge countdown; periodic alarms outlive a stopped service worker. */
  tick: 'hardday-tick',
  /** The "window closes soon" notification. */
  reminder: 'hardday-reminder',
  /** The end of the window: clears the badge. */
  windowEnd: 'hardday-window-end',
} as const;

export interface ReminderPlan {
  /** Toolbar badge text, or '' to clear it. */
  badge: string;
  /** Toolbar tooltip: says in words what the badge counts down. */
  title: string;
  /** Alarms that should exist, by name, with their epoch-ms time. */
  alarms: { name: string; when: number; periodInMinutes?: number }[];
  /** The run the reminder is about, for the notification text. */
  runTitle?: string;
  windowEnds?: number;
}

/** The tooltip outside a strength window. */
export const IDLE_TITLE = 'HardDay';

/** Whole minutes left, rounded up, so the badge and the tooltip never disagree and never show 0 while open. */
function minutesLeft(msLeft: number): number {
  return Math.ceil(msLeft / 60_000);
}

/** "2:14" for hours and minutes, "45m" under an hour: fits the four characters a badge shows. */
export function badgeText(msLeft: number): string {
  if (!(msLeft > 0)) return '';
  const minutes = minutesLeft(msLeft);
  if (minutes < 60) return `${minutes}m`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Which plural form a time left takes: one only for exactly one unit ("1 min", "1 h"), so Spanish says
 * "queda 1 h" but "quedan 1 h 5 min".
 */
const formOf = (minutes: number) => (minutes === 1 || minutes === 60 ? 1 : minutes);

/** Whole minutes in the style of the reasons, in the UI's language: "45 min", "2 h 14 min", "2 u 14 min". */
const sayMinutes = (minutes: number) => sayDuration(speaker('metric'), minutes * 60);

/**
 * The badge in words for the toolbar tooltip, in the browser's language: "Strength window: 2 h 14 min left",
 * "Kraftfenster: noch 2 h 14 min"; "HardDay" when no window is open.
 */
export function titleText(msLeft: number): string {
  if (!(msLeft > 0)) return IDLE_TITLE;
  const minutes = minutesLeft(msLeft);
  return tn('badge.windowLeft', formOf(minutes), { left: sayMinutes(minutes) });
}

export interface Notice {
  title: string;
  message: string;
}

/**
 * The "window closes soon" notification for a strength advice: the time left, the session's length and the run it
 * follows (with its distance in the runner's units), in the browser's language.
 */
export function reminderNotice(
  advice: Extract<Advice, { kind: 'strength' }>,
  now: number,
  units: UnitSystem,
): Notice {
  const minutes = Math.max(1, Math.round((Date.parse(advice.windowEnds) - now) / 60_000));
  const title = advice.run.title.trim();
  const metres = advice.run.distanceM;
  const distance = metres !== undefined && metres > 0 ? sayDistance(speaker(units), metres) : '';
  const run = distance
    ? t('notification.closing.runWithDistance', { title, distance })
    : t('notification.closing.run', { title });
  return {
    title: t('notification.closing.title'),
    message: tn('notification.closing.message', formOf(minutes), {
      left: sayMinutes(minutes),
      duration: sayMinutes(advice.session.minutes),
      run,
    }),
  };
}

/** What the background should show and schedule for the current advice. Pure: the clock is an argument. */
export function reminderPlan(
  advice: Advice,
  now: number,
  prefs: Pick<Prefs, 'reminders' | 'reminderMinutesBefore'>,
): ReminderPlan {
  const idle: ReminderPlan = { badge: '', title: IDLE_TITLE, alarms: [] };
  if (advice.kind !== 'strength') return idle;
  const windowEnds = Date.parse(advice.windowEnds);
  if (!(windowEnds > now)) return idle;
  const alarms: ReminderPlan['alarms'] = [
    { name: ALARM.tick, when: now + 60_000, periodInMinutes: 1 },
    { name: ALARM.windowEnd, when: windowEnds },
  ];
  const remindAt = windowEnds - prefs.reminderMinutesBefore * 60_000;
  if (prefs.reminders && remindAt > now) alarms.push({ name: ALARM.reminder, when: remindAt });
  return {
    badge: badgeText(windowEnds - now),
    title: titleText(windowEnds - now),
    alarms,
    runTitle: advice.run.title,
    windowEnds,
  };
}
