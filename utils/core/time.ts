// Calendar arithmetic on true UTC instants, with local days taken from an IANA time zone through Intl (pure:
// the same instant and zone always give the same answer, whatever the machine's own zone is).

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local calendar date as 'YYYY-MM-DD'. */
export type LocalDate = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A usable IANA zone: the given one if Intl knows it, else 'UTC'. */
export function safeTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  return formatterFor(timeZone) ? timeZone : 'UTC';
}

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
    return formatter;
  } catch {
    return null;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const formatter = formatterFor(timeZone) ?? formatterFor('UTC');
  const parts: Record<string, number> = {};
  for (const part of formatter!.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Offset of the zone from UTC at that instant, in ms (Berlin in summer: +7 200 000). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function localDateOf(ms: number, timeZone: string): LocalDate {
  const w = wallClock(ms, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** Local wall time 'HH:MM' (24 h, no locale). */
export function localClockOf(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

export function isLocalDate(value: string): boolean {
  const match = DATE_RE.exec(value);
  if (!match) return false;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === value;
}

/** Days since 1970-01-01 for a local date (calendar arithmetic only, no zone). */
export function dayNumber(date: LocalDate): number {
  const match = DATE_RE.exec(date);
  if (!match) return Number.NaN;
  return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

export function dateFromDayNumber(days: number): LocalDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return dateFromDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The first instant of a local day (DST-safe; on a day that skips midnight it is the first existing instant). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const wallMidnight = dayNumber(date) * DAY_MS;
  let guess = wallMidnight - zoneOffsetMs(wallMidnight, timeZone);
  // Two corrections settle the offset even when the guess lands on the other side of a DST change.
  for (let i = 0; i < 2; i += 1) guess = wallMidnight - zoneOffsetMs(guess, timeZone);
  if (localDateOf(guess, timeZone) < date) {
    // Midnight does not exist on this day (the clock jumped over it): step to the first hour that does.
    while (localDateOf(guess, timeZone) < date) guess += 3_600_000;
  }
  return new Date(guess);
}

export interface WeekBounds {
  /** First instant of the week (inclusive). */
  start: Date;
  /** First instant of the next week (exclusive). */
  end: Date;
  startDate: LocalDate;
  /** The seven local dates of the week, in order. */
  days: LocalDate[];
}

/** The local week containing `now`, starting on Sunday (0) or Monday (1). */
export function weekBounds(now: Date, weekStartsOn: 0 | 1, timeZone = 'UTC'): WeekBounds {
  const zone = safeTimeZone(timeZone);
  const today = localDateOf(now.getTime(), zone);
  return weekOfDate(today, weekStartsOn === 0 ? 0 : 1, zone);
}

export function weekOfDate(date: LocalDate, weekStartsOn: 0 | 1, timeZone: string): WeekBounds {
  const back = (weekdayOf(date) - weekStartsOn + 7) % 7;
  const startDate = addDays(date, -back);
  const days = Array.from({ length: 7 }, (_, i) => addDays(startDate, i));
  return {
    start: startOfLocalDay(startDate, timeZone),
    end: startOfLocalDay(addDays(startDate, 7), timeZone),
    startDate,
    days,
  };
}

/** ISO 8601 week of a local date: { year, week }. */
export function isoWeekOf(date: LocalDate): { year: number; week: number } {
  const days = dayNumber(date);
  const isoWeekday = ((weekdayOf(date) + 6) % 7) + 1; // Monday 1 … Sunday 7
  const thursday = days - isoWeekday + 4;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const firstDay = Math.floor(Date.UTC(year, 0, 1) / DAY_MS);
  return { year, week: Math.floor((thursday - firstDay) / 7) + 1 };
}

/** Monday (local date) of an ISO week, or null if that week does not exist. */
export function mondayOfIsoWeek(year: number, week: number): LocalDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(week) || week < 1 || week > 53) return null;
  const jan4 = Math.floor(Date.UTC(year, 0, 4) / DAY_MS);
  const jan4Weekday = (((((jan4 + 4) % 7) + 7) % 7) + 6) % 7; // Monday 0
  const monday = jan4 - jan4Weekday + (week - 1) * 7;
  const date = dateFromDayNumber(monday);
  const check = isoWeekOf(date);
  return check.year === year && check.week === week ? date : null;
}

/** Weeks since the Monday 1970-01-05, a continuous count used to rotate training blocks across years. */
export function continuousWeekOf(date: LocalDate): number {
  return Math.floor((dayNumber(date) - 4) / 7);
}

/**
 * Parses an ISO 8601 instant. A date-time without a zone is read as UTC (never as the machine's local time, which
 * would make the result depend on where the code runs). Returns NaN when unreadable.
 */
export function parseInstant(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return Number.NaN;
  const hasTime = text.length > 10;
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text);
  const ms = Date.parse(hasTime && !hasZone ? `${text}Z` : text);
  return Number.isFinite(ms) ? ms : Number.NaN;
}
