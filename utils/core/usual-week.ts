// The runner's usual week: which weekdays are usually hard, long, easy or rest. The runner sets it once in options
// (and may edit it any time); HardDay suggests one from the last 6 weeks of runs. The week plan places strength on
// the usual week's hard days, and moves it when a day turns out differently.

import { classifyRun } from './classify';
import { recentRunsFor } from './runner-baseline';
import { median } from './stats';
import { overrideFor, profileOf, withOverride, normalizeSettings } from './plan';
import { dedupeRuns, isOwnRun, runEndMs, runStartMs } from './runs';
import {
  addDays,
  dayNumber,
  localClockOf,
  localDateOf,
  safeTimeZone,
  startOfLocalDay,
  weekdayOf,
} from './time';
import type { Effort, Run, Settings } from './types';
import { USUAL_DAYS, type UsualDay, type UsualWeek } from './usual-day';

/** How far back the suggestion looks. */
export const SUGGESTION_WEEKS = 6;

export interface UsualWeekSuggestion {
  /** Sunday first. */
  days: UsualWeek;
  /** Weeks of history the suggestion rests on (1–6); 0 when there were no runs to learn from. */
  weeks: number;
  /** Per weekday (Sunday first): in how many of those weeks the day was hard, long, easy or without a run. */
  counts: Record<UsualDay, number>[];
}

export interface SuggestOptions {
  overrides?: Record<string, Effort>;
  settings?: Partial<Settings>;
}

/**
 * The usual week learned from the last 6 whole weeks of own runs before `now`'s day: each weekday takes the type it
 * had most often (a long run counts as long, other hard runs as hard; a day with no run as rest). Ties go to the
 * harder type, so a day that was hard half the time stays a candidate for strength. Corrections count.
 */
export function suggestUsualWeek(
  runs: Run[],
  now: Date,
  timeZone: string,
  options: SuggestOptions = {},
): UsualWeekSuggestion {
  const zone = safeTimeZone(timeZone);
  const nowMs = now.getTime();
  const empty = (): Record<UsualDay, number> => ({ hard: 0, long: 0, easy: 0, rest: 0 });
  const counts = Array.from({ length: 7 }, empty);
  if (!Number.isFinite(nowMs)) return { days: Array(7).fill('rest'), weeks: 0, counts };
  const settings = normalizeSettings(options.settings);
  const own = dedupeRuns(Array.isArray(runs) ? runs : []).filter(
    (run) => isOwnRun(run) && Number.isFinite(runStartMs(run)),
  );
  const today = localDateOf(nowMs, zone);
  const first = addDays(today, -7 * SUGGESTION_WEEKS);
  const windowStart = startOfLocalDay(first, zone).getTime();
  const windowEnd = startOfLocalDay(today, zone).getTime();
  const recent = own.filter((run) => runStartMs(run) >= windowStart && runStartMs(run) < windowEnd);
  if (recent.length === 0) return { days: Array(7).fill('rest'), weeks: 0, counts };
  // A runner with three weeks of history has three weeks to learn from, not six with three empty ones.
  const oldest = Math.min(...recent.map(runStartMs));
  const weeks = Math.min(
    SUGGESTION_WEEKS,
    Math.ceil((dayNumber(today) - dayNumber(localDateOf(oldest, zone))) / 7),
  );
  const from = addDays(today, -7 * weeks);
  const byDate = new Map<string, UsualDay>();
  const profile = profileOf(settings);
  const recentFor = recentRunsFor(own);
  for (const run of recent) {
    const date = localDateOf(runStartMs(run), zone);
    if (date < from) continue;
    const judged = withOverride(
      classifyRun(run, recentFor(run), profile),
      overrideFor(run, options.overrides),
    );
    const type: UsualDay = judged.effort === 'easy' ? 'easy' : judged.kind === 'long' ? 'long' : 'hard';
    const before = byDate.get(date);
    if (!before || rank(type) < rank(before)) byDate.set(date, type);
  }
  for (let date = from; date < today; date = addDays(date, 1)) {
    counts[weekdayOf(date)]![byDate.get(date) ?? 'rest'] += 1;
  }
  return { days: counts.map(mostOften), weeks, counts };
}

/** The type a weekday had most often; on a tie the harder one, so a day hard half the time stays a strength day. */
function mostOften(count: Record<UsualDay, number>): UsualDay {
  // USUAL_DAYS runs hardest first, and only a strictly larger count replaces an earlier type.
  return USUAL_DAYS.reduce((best, type) => (count[type] > count[best] ? type : best), USUAL_DAYS[0]);
}

/** Harder first: long, hard, easy, rest. */
const rank = (day: UsualDay) => USUAL_DAYS.indexOf(day);

/**
 * When the runner usually finishes on each weekday ('HH:MM' local, Sunday first): the median end of their runs on
 * that weekday in the last 6 weeks, else of all their runs then, else 19:00.
 */
export function usualEndClocks(runs: readonly Run[], now: Date, timeZone: string): string[] {
  const zone = safeTimeZone(timeZone);
  const nowMs = now.getTime();
  const since = nowMs - 7 * SUGGESTION_WEEKS * 86_400_000;
  const perDay: number[][] = Array.from({ length: 7 }, () => []);
  const all: number[] = [];
  for (const run of runs) {
    const start = runStartMs(run);
    const end = runEndMs(run);
    if (!isOwnRun(run) || !(start >= since && end <= nowMs)) continue;
    // A run past midnight counts on the day it started (the evening cut-off is that day's too).
    const startDay = localDateOf(start, zone);
    const minutes = localDateOf(end, zone) === startDay ? minutesOf(localClockOf(end, zone)) : 23 * 60 + 59;
    perDay[weekdayOf(startDay)]!.push(minutes);
    all.push(minutes);
  }
  const fallback = all.length > 0 ? median(all) : 19 * 60;
  return perDay.map((list) => clockOf(Math.round(list.length > 0 ? median(list) : fallback)));
}

const minutesOf = (clock: string) => {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
