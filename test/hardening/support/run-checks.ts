// What every run, lap list and result coming out of a reader must satisfy, whatever went in.
import * as v from 'valibot';
import type { Lap, Run } from '../../../utils/core/types';
import { RunSchema } from '../../../utils/store/schemas';
import { bump, type ReaderTally } from './tally';

const STATUSES = ['run', 'not-run', 'unreadable'];

/** A plain assertion: these checks run millions of times, so no matcher machinery in the hot path. */
export function ensure(condition: unknown, message: string, value?: unknown): asserts condition {
  if (!condition)
    throw new Error(`${message}${value === undefined ? '' : `: ${JSON.stringify(value)?.slice(0, 300)}`}`);
}

/** Plain stored data: finite numbers only (no NaN, no ±Infinity), no undefined values, no functions, no cycles. */
function expectPlainData(value: unknown, path = '$', seen = new Set<unknown>()): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (
    value === undefined ||
    typeof value === 'function' ||
    typeof value === 'bigint' ||
    typeof value === 'symbol'
  ) {
    throw new Error(`${path} is ${typeof value}`);
  } else if (value && typeof value === 'object') {
    if (seen.has(value)) throw new Error(`${path} is a cycle`);
    seen.add(value);
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== Array.prototype)
      throw new Error(`${path} is not a plain object`);
    for (const [key, item] of Object.entries(value)) expectPlainData(item, `${path}.${key}`, seen);
    seen.delete(value);
  }
}

/** Groups a RunSchema issue path so `laps.3.avgHr` and `laps.9.avgHr` count together. */
function issueKey(issue: v.BaseIssue<unknown>): string {
  return (v.getDotPath(issue) ?? '(root)').replace(/\.\d+(?=\.|$)/g, '.*');
}

/** The store's verdict on a run a reader produced: accepted or rejected, never a throw. */
export function judgeBySchema(run: Run, tally: ReaderTally): boolean {
  let result: ReturnType<typeof v.safeParse<typeof RunSchema>>;
  try {
    result = v.safeParse(RunSchema, run);
  } catch (error) {
    throw new Error(`RunSchema threw on a reader's run: ${String(error)}`);
  }
  if (result.success) {
    tally.runSchemaAccepted += 1;
    return true;
  }
  tally.runSchemaRejected += 1;
  bump(tally.runSchemaRejectedAt, issueKey(result.issues[0]));
  return false;
}

export function checkLaps(laps: Lap[]): void {
  ensure(Array.isArray(laps), 'laps are not an array', laps);
  for (const lap of laps) {
    ensure(Number.isFinite(lap.distanceM) && lap.distanceM >= 0, 'lap distance', lap);
    ensure(Number.isFinite(lap.movingS) && lap.movingS >= 0, 'lap time', lap);
  }
  expectPlainData(laps);
}

export function checkRun(run: Run, source: Run['source'], tally: ReaderTally): boolean {
  tally.runsChecked += 1;
  ensure(run.source === source, 'wrong source', run);
  // DESIGN: ids are the site's decimal id. A float or unsafe integer id is counted (reported), not fatal here.
  if (!/^\d{1,20}$/.test(run.id)) bump(tally.findings, 'run.id not a decimal id');
  ensure(typeof run.title === 'string', 'title is not text', run);
  ensure(Number.isFinite(Date.parse(run.start)), 'start is not an instant', run);
  ensure(Number.isFinite(run.elapsedS) && run.elapsedS > 0, 'elapsed time', run);
  if (run.laps) checkLaps(run.laps);
  expectPlainData(run);
  return judgeBySchema(run, tally);
}

/** Checks a single-activity result and counts its status. */
export function checkResult(result: unknown, source: Run['source'], tally: ReaderTally): void {
  const status = (result as { status?: unknown }).status;
  ensure(STATUSES.includes(status as string), 'unknown status', result);
  bump(tally.outcomes, String(status));
  if (status === 'run') checkRun((result as { run: Run }).run, source, tally);
  else if (status === 'not-run')
    ensure(typeof (result as { sportType: unknown }).sportType === 'string', 'not-run without sport', result);
  else ensure(/\w/.test(String((result as { reason: unknown }).reason)), 'unreadable without reason', result);
}

/** Checks a list result (always an array of valid-shaped runs) and counts empty / non-empty. */
export function checkRunList(runs: unknown, source: Run['source'], tally: ReaderTally): void {
  ensure(Array.isArray(runs), 'list reader gave no array', runs);
  const list = runs as Run[];
  bump(tally.outcomes, list.length ? 'list with runs' : 'empty list');
  bump(tally.outcomes, 'runs returned', list.length);
  for (const run of list) checkRun(run, source, tally);
}

/** Laps as the store would hold them (validated inside a run), counted by the store's verdict. */
export function checkLapList(laps: unknown, tally: ReaderTally): void {
  ensure(Array.isArray(laps), 'lap reader gave no array', laps);
  const list = laps as Lap[];
  bump(tally.outcomes, list.length ? 'laps' : 'no laps');
  bump(tally.outcomes, 'laps returned', list.length);
  checkLaps(list);
  if (!list.length) return;
  tally.runsChecked += 1;
  const carrier: Run = {
    source: 'strava',
    id: '1',
    title: 'laps',
    sport: 'run',
    start: '2026-01-01T00:00:00Z',
    elapsedS: 1,
    laps: list,
  };
  judgeBySchema(carrier, tally);
}
