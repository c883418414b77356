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
  /** Alarms that should exist, by name, with their epoch-ms time. */
  alarms: { name: string; when: number; periodInMinutes?: number }[];
  /** The run the reminder is about, for the notification text. */
  runTitle?: string;
  windowEnds?: number;
}

/** "2:14" for hours and minutes, "45m" under an hour: fits the four characters a badge shows. */
export function badgeText(msLeft: number): string {
  if (!(msLeft > 0)) return '';
  const minutes = Math.ceil(msLeft / 60_000);
  if (minutes < 60) return `${minutes}m`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** What the background should show and schedule for the current advice. Pure: the clock is an argument. */
export function reminderPlan(
  advice: Advice,
  now: number,
  prefs: Pick<Prefs, 'reminders' | 'reminderMinutesBefore'>,
): ReminderPlan {
  if (advice.kind !== 'strength') return { badge: '', alarms: [] };
  const windowEnds = Date.parse(advice.windowEnds);
  if (!(windowEnds > now)) return { badge: '', alarms: [] };
  const alarms: ReminderPlan['alarms'] = [
    { name: ALARM.tick, when: now + 60_000, periodInMinutes: 1 },
    { name: ALARM.windowEnd, when: windowEnds },
  ];
  const remindAt = windowEnds - prefs.reminderMinutesBefore * 60_000;
  if (prefs.reminders && remindAt > now) alarms.push({ name: ALARM.reminder, when: remindAt });
  return { badge: badgeText(windowEnds - now), alarms, runTitle: advice.run.title, windowEnds };
}
