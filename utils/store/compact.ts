// Old runs, compacted: HardDay keeps the whole history, and a run older than COMPACT_AFTER_DAYS keeps what the
// history chart, the load trend, the classifier's baselines (28 days back) and the export need — distance, times,
// climb, heart rate, tags, training effect, relative effort, its link and a title up to COMPACT_TITLE_CHARS — and
// drops its laps (most of a stored run's bytes). Pure: the repository compacts on every write of runs, the runs
// item's version-2 migration compacts what an older version stored, and an import compacts what it brings in.
import type { Run } from '../core/types';

const DAY_MS = 86_400_000;
/** Runs that started this many days before the newest run (or now, if that is earlier) are compacted. */
export const COMPACT_AFTER_DAYS = 120;
/** Longer titles of compacted runs are clipped (every title word the classifier reads fits well within it). */
export const COMPACT_TITLE_CHARS = 80;

/** Whether `run` holds nothing compaction would drop. */
export function isCompact(run: Run): boolean {
  return run.laps === undefined && run.title.length <= COMPACT_TITLE_CHARS;
}

/** The compacted record of one run: the same object when there is nothing to drop. */
export function compactRun(run: Run): Run {
  if (isCompact(run)) return run;
  const { laps: _laps, ...rest } = run;
  return { ...rest, title: run.title.slice(0, COMPACT_TITLE_CHARS) };
}

/**
 * Instant before which runs are compacted: COMPACT_AFTER_DAYS before the newest run, or before now when the newest run
 * is later (a start in the future, typed by hand or forged, never compacts real recent runs).
 */
export function compactionCutoff(runs: readonly Pick<Run, 'start'>[], nowMs: number): number {
  let newest = -Infinity;
  for (const run of runs) {
    const start = Date.parse(run.start);
    if (start > newest) newest = start;
  }
  return Math.min(newest, nowMs) - COMPACT_AFTER_DAYS * DAY_MS;
}

/** Every run older than the cutoff compacted; the list is returned as it was (same array) when none needed it. */
export function compactRuns(runs: Run[], nowMs: number): Run[] {
  const cutoff = compactionCutoff(runs, nowMs);
  let changed = false;
  const next = runs.map((run) => {
    if (!(Date.parse(run.start) < cutoff)) return run;
    const compacted = compactRun(run);
    if (compacted !== run) changed = true;
    return compacted;
  });
  return changed ? next : runs;
}

/**
 * Runs item version 1 → 2: the old runs compacted. Raw storage may hold anything: only entries that look like runs
 * (an object with a string start and, if present, a string title) are touched; the rest is left for the repair.
 * Safe to run twice.
 */
export function migrateRunsToV2(old: unknown, nowMs = Date.now()): unknown {
  if (!Array.isArray(old)) return old;
  const looksLikeRun = (value: unknown): value is Run =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { start?: unknown }).start === 'string' &&
    typeof (value as { title?: unknown }).title === 'string';
  const runs = old.filter(looksLikeRun);
  const cutoff = compactionCutoff(runs, nowMs);
  return old.map((value: unknown) =>
    looksLikeRun(value) && Date.parse(value.start) < cutoff ? compactRun(value) : value,
  );
}
