// The evening cut-off: strength late at night costs sleep, and sleep is when the runner adapts. No strength window
// runs past `latestSessionTime` on the day the run started, and no reminder fires after it.

import { safeTimeZone, startOfLocalDay, zoneOffsetMs, type LocalDate } from './time';

export const DEFAULT_LATEST_SESSION_TIME = '21:30';
const CLOCK_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && CLOCK_RE.test(value);
}

/** The instant of the cut-off on a local day (DST-safe: minutes after that day's first instant, as wall time). */
export function eveningCutoffMs(
  date: LocalDate,
  latestSessionTime: string | undefined,
  timeZone: string,
): number {
  const clock = isClockTime(latestSessionTime) ? latestSessionTime : DEFAULT_LATEST_SESSION_TIME;
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  const zone = safeTimeZone(timeZone);
  const dayStart = startOfLocalDay(date, zone).getTime();
  // Wall-clock arithmetic: on a DST day, 21:30 is not 21.5 real hours after midnight.
  const guess = dayStart + (hours * 60 + minutes) * 60_000;
  return guess - (zoneOffsetMs(guess, zone) - zoneOffsetMs(dayStart, zone));
}
