// Spacing between full strength sessions: the legs need about two days to recover from one (three from age 45),
// whatever the calendar week says, or the next hard run suffers.

import { sessionWeightOf } from './sessions';
import { parseInstant, HOUR_MS, isLocalDate, safeTimeZone, startOfLocalDay } from './time';
import type { StrengthEntry } from './types';

export const MIN_GAP_HOURS = 48;
export const MASTERS_GAP_HOURS = 72;
export const MASTERS_AGE = 45;

/** Age at `now` from a birth year (the year's middle: one year either way is fine for these rules). */
export function ageAt(birthYear: number | undefined, now: Date): number | undefined {
  if (typeof birthYear !== 'number' || !Number.isInteger(birthYear)) return undefined;
  const age = now.getUTCFullYear() - birthYear;
  return age >= 5 && age <= 110 ? age : undefined;
}

export function isMasters(birthYear: number | undefined, now: Date): boolean {
  return (ageAt(birthYear, now) ?? 0) >= MASTERS_AGE;
}

export function minGapHours(birthYear: number | undefined, now: Date): number {
  return isMasters(birthYear, now) ? MASTERS_GAP_HOURS : MIN_GAP_HOURS;
}

/** When a logged session happened: its instant, or midday of a hand-entered date. */
export function entryInstantMs(entry: StrengthEntry, timeZone: string): number {
  if (!entry || typeof entry.date !== 'string') return Number.NaN;
  if (isLocalDate(entry.date))
    return startOfLocalDay(entry.date, safeTimeZone(timeZone)).getTime() + 12 * HOUR_MS;
  return parseInstant(entry.date);
}

/** A log entry for a full strength session, done or skipped (mobility and light sessions never are). */
export function isFullSession(entry: StrengthEntry): boolean {
  return !!entry && sessionWeightOf(String(entry.sessionId)) === 'full';
}

/** Logged, done sessions that count as full strength. */
export function isFullSessionEntry(entry: StrengthEntry): boolean {
  return isFullSession(entry) && entry.status === 'done';
}

/** The latest full session logged at or before `nowMs`, or undefined. */
export function lastFullSessionMs(
  log: readonly StrengthEntry[],
  nowMs: number,
  timeZone: string,
): number | undefined {
  let latest: number | undefined;
  for (const entry of log) {
    if (!isFullSessionEntry(entry)) continue;
    const at = entryInstantMs(entry, timeZone);
    // Entries dated ahead (a clock set wrong) count too: spacing never depends on when "now" passes them.
    if (Number.isFinite(at) && (latest === undefined || at > latest)) latest = at;
  }
  return latest;
}

/** The first instant a new full session fits, or undefined when one fits now. */
export function nextFullSessionMs(
  log: readonly StrengthEntry[],
  nowMs: number,
  timeZone: string,
  gapHours: number,
): number | undefined {
  const last = lastFullSessionMs(log, nowMs, timeZone);
  if (last === undefined) return undefined;
  const next = last + gapHours * HOUR_MS;
  return next > nowMs ? next : undefined;
}
