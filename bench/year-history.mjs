// A year of the runner's own history (test/core/year.ts: about 400 runs and their strength log), moved in time so
// that it ends today with a hard run whose strength window is open: the state a runner opens the popup in after a
// workout, with as much stored as HardDay keeps. The popup and the card are measured against this, not an empty store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const MINUTE_MS = 60_000;
/** The last hard run started this long before the measurement (it lasted about an hour: the window is open). */
const LAST_HARD_RUN_AGO_MS = 90 * MINUTE_MS;

async function loadYearModule(root) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardday-bench-year-'));
  const outfile = path.join(dir, 'year.mjs');
  try {
    await build({
      entryPoints: [path.join(root, 'test/core/year.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const shifted = (iso, byMs) => new Date(Date.parse(iso) + byMs).toISOString();

/** `{ runs, strengthLog }` ending at `nowMs`, ready for browser.storage.local. */
export async function yearOfHistory(root, nowMs = Date.now()) {
  const { yearOfRuns, yearOfLog } = await loadYearModule(root);
  const runs = yearOfRuns();
  const log = yearOfLog(runs);
  // The hard days of year.ts: intervals (13 laps) and long runs, the runs its strength log follows.
  const lastHard = runs.findLast((run) => run.tags?.longRun || run.laps?.length === 13);
  const byMs = nowMs - LAST_HARD_RUN_AGO_MS - Date.parse(lastHard.start);
  const cutoff = Date.parse(lastHard.start);
  return {
    runs: runs
      .filter((run) => Date.parse(run.start) <= cutoff)
      .map((run) => ({ ...run, start: shifted(run.start, byMs) })),
    strengthLog: log
      .map((entry) => ({ ...entry, date: shifted(entry.date, byMs) }))
      .filter((entry) => Date.parse(entry.date) < nowMs),
  };
}
