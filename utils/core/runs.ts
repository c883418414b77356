// Run identity, end time, sanity checks and de-duplication of the same run synced to two sites.

import { parseInstant } from './time';
import { SITE_IDS, type Run, type RunSource } from './types';

const SAME_RUN_START_MS = 5 * 60_000;
const SAME_RUN_DISTANCE_RATIO = 0.1;
/** Longest plausible single run (multi-day ultras exist, a week does not). */
export const MAX_RUN_S = 7 * 86_400;
export const MAX_RUN_M = 1_000_000;

/** A run key as stored and passed in URLs: `source:id`, the id as the site writes it. */
/** Every run source: the sites, then runs entered by hand. */
export const RUN_SOURCES: readonly RunSource[] = [...SITE_IDS, 'manual'];
export const RUN_KEY_PATTERN = new RegExp(`^(${RUN_SOURCES.join('|')}):[\\w.-]{1,64}$`);
export const isRunKey = (value: unknown): value is string =>
  typeof value === 'string' && RUN_KEY_PATTERN.test(value);

export function runKey(run: Pick<Run, 'source' | 'id'>): string {
  return `${run.source}:${run.id}`;
}

/** Every key a run is known by: its own and those of merged duplicates. */
export function runKeys(run: Run): string[] {
  return [runKey(run), ...(Array.isArray(run.alsoKnownAs) ? run.alsoKnownAs : [])];
}

export const isOwnRun = (run: Run) => run.ownedByViewer !== false;

/** A finite number inside [min, max], else undefined. */
export function sane(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? value
    : undefined;
}

// Parsing ISO strings dominates a year of history; remember each run's parse (checked against the string, so a
// changed start is parsed again).
const startCache = new WeakMap<object, { start: unknown; ms: number }>();

export function runStartMs(run: Run): number {
  if (!run || typeof run !== 'object') return Number.NaN;
  const cached = startCache.get(run);
  if (cached && cached.start === run.start) return cached.ms;
  const ms = parseInstant(run.start);
  startCache.set(run, { start: run.start, ms });
  return ms;
}

/** Seconds from start to finish; falls back to moving time, then 0. */
export function runElapsedS(run: Run): number {
  return sane(run.elapsedS, 0, MAX_RUN_S) ?? sane(run.movingS, 0, MAX_RUN_S) ?? 0;
}

/** When the run ended (start + elapsed). An Invalid Date when the start is unreadable. */
export function runEnd(run: Run): Date {
  const start = runStartMs(run);
  return new Date(Number.isFinite(start) ? start + runElapsedS(run) * 1000 : Number.NaN);
}

export function runEndMs(run: Run): number {
  return runEnd(run).getTime();
}

function richness(run: Run): number {
  let score = 0;
  for (const key of [
    'movingS',
    'distanceM',
    'elevationGainM',
    'avgHr',
    'maxHr',
    'relativeEffort',
    'url',
  ] as const) {
    if (run[key] !== undefined) score += 1;
  }
  if (run.tags && Object.values(run.tags).some(Boolean)) score += 3;
  if (run.trainingEffect) score += 3;
  if (Array.isArray(run.laps)) score += Math.min(run.laps.length, 20) / 4 + 1;
  if (typeof run.title === 'string' && run.title.trim()) score += 0.5;
  return score;
}

function distancesMatch(a: Run, b: Run): boolean {
  const da = sane(a.distanceM, 0, MAX_RUN_M);
  const db = sane(b.distanceM, 0, MAX_RUN_M);
  if (da !== undefined && db !== undefined && (da > 0 || db > 0)) {
    return Math.abs(da - db) <= SAME_RUN_DISTANCE_RATIO * Math.max(da, db);
  }
  const ta = runElapsedS(a);
  const tb = runElapsedS(b);
  return ta > 0 && tb > 0 && Math.abs(ta - tb) <= SAME_RUN_DISTANCE_RATIO * Math.max(ta, tb);
}

function isSameRun(a: Run, b: Run): boolean {
  if (runKey(a) === runKey(b)) return true;
  if (a.source === b.source) return false; // one site never holds the same run twice under two ids
  if (isOwnRun(a) !== isOwnRun(b)) return false; // a friend's run on the same outing is not yours
  const sa = runStartMs(a);
  const sb = runStartMs(b);
  return (
    Number.isFinite(sa) &&
    Number.isFinite(sb) &&
    Math.abs(sa - sb) <= SAME_RUN_START_MS &&
    distancesMatch(a, b)
  );
}

/** The richer record, with anything it lacks filled in from the other (declared tags from either site count). */
function merge(rich: Run, other: Run): Run {
  const merged: Run = { ...other, ...stripUndefined(rich) };
  const tags = { ...other.tags, ...rich.tags };
  for (const key of ['race', 'longRun', 'workout'] as const) {
    if (other.tags?.[key] || rich.tags?.[key]) tags[key] = true;
  }
  if (Object.keys(tags).length > 0) merged.tags = tags;
  const keys = new Set([...(rich.alsoKnownAs ?? []), ...runKeys(other)]);
  keys.delete(runKey(rich));
  merged.alsoKnownAs = [...keys].sort();
  return merged;
}

function stripUndefined(run: Run): Partial<Run> {
  return Object.fromEntries(Object.entries(run).filter(([, value]) => value !== undefined)) as Partial<Run>;
}

/**
 * One record per real run: the same run synced to Strava and Garmin (start within 5 min, distance within 10 %)
 * becomes the richer record, with the other's keys in `alsoKnownAs`. Exact repeats (same key) collapse too.
 * Returns the runs ordered by start time (unreadable starts last, in input order).
 */
export function dedupeRuns(runs: readonly Run[]): Run[] {
  const valid = runs.filter((run): run is Run => !!run && typeof run === 'object');
  const order = valid
    .map((run, index) => ({ run, index, start: runStartMs(run) }))
    .sort((a, b) => {
      const sa = Number.isFinite(a.start) ? a.start : Infinity;
      const sb = Number.isFinite(b.start) ? b.start : Infinity;
      return sa === sb ? a.index - b.index : sa - sb;
    });
  const kept: { run: Run; start: number }[] = [];
  for (const item of order) {
    let matched = -1;
    for (let i = kept.length - 1; i >= 0; i -= 1) {
      const candidate = kept[i]!;
      if (Number.isFinite(item.start) && item.start - candidate.start > SAME_RUN_START_MS) break;
      if (isSameRun(candidate.run, item.run)) {
        matched = i;
        break;
      }
    }
    if (matched < 0) {
      // Exact repeats with unreadable starts cannot be found by the time window; match them by key.
      const byKey = Number.isFinite(item.start)
        ? -1
        : kept.findIndex((k) => runKey(k.run) === runKey(item.run));
      if (byKey < 0) {
        kept.push({ run: item.run, start: item.start });
        continue;
      }
      matched = byKey;
    }
    const current = kept[matched]!;
    const [rich, other] =
      richness(item.run) > richness(current.run) ? [item.run, current.run] : [current.run, item.run];
    const merged = runKey(rich) === runKey(other) ? rich : merge(rich, other);
    kept[matched] = { run: merged, start: current.start };
  }
  return kept.map((k) => k.run);
}
