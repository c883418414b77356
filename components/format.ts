// Display helpers shared by the popup, card and session page. Pure: the caller passes the clock.

export function formatTimeLeft(ms: number, withSeconds = false): string {
  if (!(ms > 0)) return '0 min';
  const totalS = Math.floor(ms / 1000);
  const h = Math.floor(totalS / 3600);
  const m = Math.floor((totalS % 3600) / 60);
  const s = totalS % 60;
  if (withSeconds) {
    const mm = String(m).padStart(2, '0');
    const ss = String(s).padStart(2, '0');
    return h > 0 ? `${h}:${mm}:${ss}` : `${m}:${ss}`;
  }
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  return m > 0 ? `${m} min` : 'under a minute';
}

export function formatClock(iso: string, locale?: string): string {
  return new Date(iso).toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
}

export const KIND_LABEL = {
  race: 'Race',
  long: 'Long run',
  intervals: 'Intervals',
  tempo: 'Tempo',
  hills: 'Hills',
  easy: 'Easy run',
  recovery: 'Recovery run',
} as const;

// Days and weekdays in plain English, without Intl: the in-page card must not pay for a locale-aware format.
const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Days since 1970 of the local calendar day `ms` falls on (the browser's zone). */
function localDayNumber(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS;
}

/** A day `days` after today: "today", "tomorrow", a weekday this coming week, else "Thursday, Jan 22". */
function describeDay(dayNumber: number, todayNumber: number | undefined): string {
  const day = new Date(dayNumber * DAY_MS);
  const weekday = WEEKDAYS[day.getUTCDay()]!;
  const ahead = todayNumber === undefined ? Number.NaN : dayNumber - todayNumber;
  if (ahead === 0) return 'today';
  if (ahead === 1) return 'tomorrow';
  if (ahead > 1 && ahead < 7) return weekday;
  return `${weekday}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`;
}

/**
 * A local date (YYYY-MM-DD) in words: with `now`, relative where that reads better ("tomorrow", "Thursday"), else
 * "Thursday, Jan 22". Anything that is not a date comes back as it is.
 */
export function formatLocalDay(date: string, now?: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const dayNumber = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
  return describeDay(dayNumber, now === undefined ? undefined : localDayNumber(now));
}

/** An instant as "6:30 PM" today, "tomorrow 6:30 PM", "Thursday 6:30 PM" or "Thursday, Jan 22, 6:30 PM". */
export function formatDayAndClock(iso: string, now: number, clock?: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return clock ?? iso;
  const time = clock ?? formatClock(iso);
  const day = describeDay(localDayNumber(ms), localDayNumber(now));
  if (day === 'today') return time;
  return day.includes(',') ? `${day}, ${time}` : `${day} ${time}`;
}
