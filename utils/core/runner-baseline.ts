// What is usual for this runner, from their runs in the weeks before this one: length, pace on the same kind of
// ground, climb per km, heart rate, and any race just before. "Hard" is judged against this, not against absolute
// numbers: 28 m/km is a hill session in Amsterdam and an ordinary morning in Lisbon.

import { MAX_RUN_M, MAX_RUN_S, runKey, runStartMs, sane } from './runs';
import { titleHint } from './title-words';
import type { Run, RunSport } from './types';
import { median } from './stats';
import { DAY_MS } from './time';

const RECENT_DAYS = 28;
/** A race within this many days before still explains a high heart rate on an easy run. */
export const RACE_AFTERGLOW_DAYS = 10;
/** Medians need a few runs to mean "usual". */
const MIN_RUNS = 3;

export type Ground = 'road' | 'trail' | 'indoor';

export function groundOf(sport: RunSport | undefined): Ground {
  if (sport === 'trail_run') return 'trail';
  if (sport === 'treadmill_run' || sport === 'virtual_run') return 'indoor';
  return 'road';
}

export interface RecentRace {
  title: string;
  daysBefore: number;
}

export interface RunnerBaseline {
  count: number;
  medianDistanceM?: number;
  medianDurationS?: number;
  /** Distance over the 7 days before this run (this run not included). */
  weekDistanceM: number;
  weekDurationS: number;
  medianHr?: number;
  medianRelativeEffort?: number;
  /** Median pace of earlier runs on the same ground (road, trail, indoor). */
  usualPaceS?: number;
  /** Median climb per km of earlier outdoor runs. */
  usualClimbPerKm?: number;
  /** Highest max heart rate recorded, with how many runs recorded one. */
  highestMaxHr?: number;
  maxHrReadings: number;
  highestAvgHr?: number;
  /** The latest race in the RACE_AFTERGLOW_DAYS before this run. */
  recentRace?: RecentRace;
}

const usual = (values: number[]) => (values.length >= MIN_RUNS ? median(values) : undefined);

function earlierRuns(run: Run, recent: readonly Run[], start: number): Run[] {
  const key = runKey(run);
  // The time window first: it is cached per run and rules out nearly all of a long history before any key is built.
  return recent.filter((other) => {
    if (!other || typeof other !== 'object') return false;
    const otherStart = runStartMs(other);
    if (!(Number.isFinite(otherStart) && otherStart < start && otherStart >= start - RECENT_DAYS * DAY_MS))
      return false;
    return runKey(other) !== key;
  });
}

// Every run is looked at again as "recent" for each of the runs after it; remember what its title says (checked
// against the title, so an edited title is read again).
const raceTitleCache = new WeakMap<object, { title: unknown; race: boolean }>();

/** Tagged as a race, or titled like one (a tag is what the runner said; a race title nearly always is one). */
function isRace(run: Run): boolean {
  if (run.tags && typeof run.tags === 'object' && run.tags.race === true) return true;
  const cached = raceTitleCache.get(run);
  if (cached && cached.title === run.title) return cached.race;
  const race = titleHint(run.title)?.kind === 'race';
  raceTitleCache.set(run, { title: run.title, race });
  return race;
}

/** First index in ascending `values` whose value is at least `bound`. */
function firstAtLeast(values: readonly number[], bound: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For a long history: the runs a baseline can read for a run (those that started in the RECENT_DAYS before it), found
 * by binary search instead of a scan of every run for every run classified. The slice keeps the history's own order,
 * so `runnerBaseline(run, recentRunsFor(history)(run))` equals `runnerBaseline(run, history)` to the last bit (sums
 * add in the same order, ties resolve the same way). Runs without a readable start are left out; the baseline skips
 * them too.
 */
export function recentRunsFor(history: readonly Run[]): (run: Run) => Run[] {
  const dated: { start: number; order: number; run: Run }[] = [];
  history.forEach((other, order) => {
    if (!other || typeof other !== 'object') return;
    const start = runStartMs(other);
    if (Number.isFinite(start)) dated.push({ start, order, run: other });
  });
  dated.sort((a, b) => a.start - b.start);
  const starts = dated.map((d) => d.start);
  return (run) => {
    const start = runStartMs(run);
    if (!Number.isFinite(start)) return [];
    const from = firstAtLeast(starts, start - RECENT_DAYS * DAY_MS);
    const to = firstAtLeast(starts, start);
    return dated
      .slice(from, to)
      .sort((a, b) => a.order - b.order)
      .map((d) => d.run);
  };
}

export function runnerBaseline(run: Run, recent: readonly Run[] | undefined): RunnerBaseline | undefined {
  if (!Array.isArray(recent) || recent.length === 0) return undefined;
  const start = runStartMs(run);
  if (!Number.isFinite(start)) return undefined;
  const earlier = earlierRuns(run, recent, start);
  if (earlier.length === 0) return undefined;
  const ground = groundOf(run.sport);
  const distances: number[] = [];
  const durations: number[] = [];
  const hrs: number[] = [];
  const maxHrs: number[] = [];
  const efforts: number[] = [];
  const paces: number[] = [];
  const climbs: number[] = [];
  let weekDistanceM = 0;
  let weekDurationS = 0;
  let recentRace: RecentRace | undefined;
  for (const other of earlier) {
    const d = sane(other.distanceM, 1, MAX_RUN_M);
    const t = sane(other.movingS, 1, MAX_RUN_S) ?? sane(other.elapsedS, 1, MAX_RUN_S);
    if (d !== undefined) distances.push(d);
    if (t !== undefined) durations.push(t);
    if (d !== undefined && t !== undefined && t / (d / 1000) >= 100 && groundOf(other.sport) === ground) {
      paces.push(t / (d / 1000));
    }
    const gain = sane(other.elevationGainM, 0, 10_000);
    if (gain !== undefined && d !== undefined && d >= 1000 && groundOf(other.sport) !== 'indoor') {
      climbs.push(gain / (d / 1000));
    }
    const hr = sane(other.avgHr, 25, 250);
    if (hr !== undefined) hrs.push(hr);
    const maxHr = sane(other.maxHr, 100, 230);
    if (maxHr !== undefined) maxHrs.push(maxHr);
    const effort = sane(other.relativeEffort, 0, 2000);
    if (effort !== undefined) efforts.push(effort);
    const otherStart = runStartMs(other);
    if (otherStart >= start - 7 * DAY_MS) {
      weekDistanceM += d ?? 0;
      weekDurationS += t ?? 0;
    }
    const daysBefore = (start - otherStart) / DAY_MS;
    if (
      daysBefore <= RACE_AFTERGLOW_DAYS &&
      isRace(other) &&
      (!recentRace || daysBefore < recentRace.daysBefore)
    ) {
      recentRace = { title: typeof other.title === 'string' ? other.title : '', daysBefore };
    }
  }
  return {
    count: earlier.length,
    medianDistanceM: usual(distances),
    medianDurationS: usual(durations),
    weekDistanceM,
    weekDurationS,
    medianHr: usual(hrs),
    medianRelativeEffort: usual(efforts),
    usualPaceS: usual(paces),
    usualClimbPerKm: usual(climbs),
    highestMaxHr: maxHrs.length > 0 ? Math.max(...maxHrs) : undefined,
    maxHrReadings: maxHrs.length,
    highestAvgHr: hrs.length > 0 ? Math.max(...hrs) : undefined,
    recentRace,
  };
}
