import type { Advice } from '../core/types';
import type { Prefs } from '../store/schemas';

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

/** The badge in words for the toolbar tooltip: "Strength window: 2 h 14 min left"; "HardDay" when no window is open. */
export function titleText(msLeft: number): string {
  if (!(msLeft > 0)) return IDLE_TITLE;
  const minutes = minutesLeft(msLeft);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const left = hours === 0 ? `${rest} min` : rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  return `Strength window: ${left} left`;
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
