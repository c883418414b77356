// Compaction of old runs, the runs item's version-2 migration, and the whole-history budget: five years of doubles
// (4,000 runs shaped like the readers' output) stay under half of storage.local's quota.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { realisticLog, realisticRuns } from '../../test/support/realistic-runs';
import type { Run } from '../core/types';
import {
  COMPACT_AFTER_DAYS,
  COMPACT_TITLE_CHARS,
  compactRun,
  compactRuns,
  compactionCutoff,
  migrateRunsToV2,
} from './compact';
import { estimateBytes, LOCAL_QUOTA_BYTES } from './import-undo';
import { createRepository } from './repository';
import { RunSchema } from './schemas';
import * as v from 'valibot';

const DAY_MS = 86_400_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');
const FIVE_YEARS_OF_DOUBLES = realisticRuns(4000, NOW - 3_600_000, 5 * 365, 7);

const bytesPerRun = (runs: Run[]) => JSON.stringify(runs).length / runs.length;

beforeEach(() => fakeBrowser.reset());

describe('compactRun', () => {
  const [full] = realisticRuns(1, NOW, 1, 3);

  it('drops laps and clips a long title, keeping what the history, load, baselines and export read', () => {
    const long = { ...full!, title: 'x'.repeat(200) };
    const compact = compactRun(long);
    expect(compact.laps).toBeUndefined();
    expect(compact.title).toHaveLength(COMPACT_TITLE_CHARS);
    const { laps: _laps, title: _title, ...kept } = long;
    expect(compact).toMatchObject(kept);
    expect(v.is(RunSchema, compact)).toBe(true);
  });

  it('returns a compact run as it is (idempotent)', () => {
    const once = compactRun(full!);
    expect(compactRun(once)).toBe(once);
  });
});

describe('compactRuns', () => {
  it('compacts runs older than the cutoff only, counted from the newest run or now, whichever is earlier', () => {
    const runs = realisticRuns(300, NOW, 300, 5);
    const cutoff = compactionCutoff(runs, NOW);
    expect(cutoff).toBe(Date.parse(runs[0]!.start) - COMPACT_AFTER_DAYS * DAY_MS);
    const compacted = compactRuns(runs, NOW);
    for (const [i, run] of compacted.entries()) {
      if (Date.parse(run.start) < cutoff) expect(run.laps).toBeUndefined();
      else expect(run).toBe(runs[i]);
    }
    expect(compactRuns(compacted, NOW)).toBe(compacted);
  });

  it('never compacts recent runs because of a start in the future', () => {
    const runs = [
      ...realisticRuns(10, NOW, 10, 6),
      { ...realisticRuns(1, NOW, 1, 6)[0]!, id: '1', start: '2099-01-01T00:00:00Z' },
    ];
    expect(compactRuns(runs, NOW).filter((r) => r.laps).length).toBe(11);
  });
});

describe('runs item version 1 → 2', () => {
  it('compacts the old runs of a stored version-1 list and leaves unreadable entries to the repair', () => {
    const runs = realisticRuns(200, NOW, 200, 8);
    const migrated = migrateRunsToV2([...runs, 'garbage', { start: 5 }], NOW) as unknown[];
    expect(migrated).toHaveLength(202);
    expect(migrated.slice(200)).toEqual(['garbage', { start: 5 }]);
    expect(migrated.slice(0, 200)).toEqual(compactRuns(runs, NOW));
    expect(migrateRunsToV2(migrated, NOW)).toEqual(migrated);
    expect(migrateRunsToV2({ not: 'a list' }, NOW)).toEqual({ not: 'a list' });
  });

  it('runs once on the first start of the new version, then the item is at version 2', async () => {
    const runs = realisticRuns(150, Date.now(), 200, 9);
    await fakeBrowser.storage.local.set({ runs });
    const repo = createRepository();
    const stored = await repo.items.runsItem.get();
    expect(stored.map((r) => r.id)).toEqual(runs.map((r) => r.id));
    expect(stored.filter((r) => !r.laps).length).toBeGreaterThan(0);
    expect(await fakeBrowser.storage.local.get('runs$')).toEqual({ runs$: { v: 2 } });
  });
});

describe('the whole history', () => {
  it('keeps more than the old 400 runs, compacting the old ones as runs are recorded', async () => {
    const repo = createRepository();
    const runs = realisticRuns(900, NOW, 400, 10);
    for (let i = 0; i < runs.length; i += 100) await repo.recordRuns(runs.slice(i, i + 100), new Date(NOW));
    const stored = await repo.items.runsItem.get();
    expect(stored).toHaveLength(900);
    const cutoff = compactionCutoff(stored, NOW);
    expect(stored.every((r) => Date.parse(r.start) >= cutoff || !r.laps)).toBe(true);
    // A fresh read of an old run (its laps again) writes nothing.
    const old = runs.at(-1)!;
    expect(await repo.recordRuns([old], new Date(NOW))).toBe(false);
  });

  it('fits five years of doubles (4,000 runs) in under half the quota, with their strength log', async () => {
    const stored = compactRuns(FIVE_YEARS_OF_DOUBLES, NOW);
    const log = realisticLog(FIVE_YEARS_OF_DOUBLES).slice(-2000);
    const before = bytesPerRun(FIVE_YEARS_OF_DOUBLES);
    const after = bytesPerRun(stored);
    const total = estimateBytes({ runs: stored, strengthLog: log });
    console.info(
      `[store budget] ${stored.length} runs: ${before.toFixed(0)} bytes per run before compaction, ${after.toFixed(0)} after ` +
        `(${stored.filter((r) => r.laps).length} recent runs keep their laps); runs and log ${(total / 1024 / 1024).toFixed(2)} MB ` +
        `of ${(LOCAL_QUOTA_BYTES / 1024 / 1024).toFixed(0)} MB`,
    );
    expect(after).toBeLessThan(before / 2.5);
    expect(total).toBeLessThan(LOCAL_QUOTA_BYTES / 2);
    // Stored through the repository, all 4,000 are kept and read back.
    await fakeBrowser.storage.local.set({ runs: stored, runs$: { v: 2 }, strengthLog: log });
    const repo = createRepository();
    expect(await repo.items.runsItem.get()).toHaveLength(4000);
    const status = await repo.dataStatus(new Date(NOW));
    expect(status.storage?.estimated).toBe(true); // the fake browser, like Firefox, has no getBytesInUse
    expect(status.storage?.nearFull).toBe(false);
    expect(status.storage!.bytesInUse).toBeLessThan(status.storage!.quotaBytes / 2);
  });

  it('sets the near-full flag from getBytesInUse where the browser has it', async () => {
    const local = fakeBrowser.storage.local as unknown as Record<string, unknown>;
    local.getBytesInUse = () => Promise.resolve(9_500_000);
    local.QUOTA_BYTES = 10_485_760;
    try {
      const repo = createRepository();
      const status = await repo.dataStatus(new Date(NOW));
      expect(status.storage).toMatchObject({ bytesInUse: 9_500_000, estimated: false, nearFull: true });
      expect(await repo.items.storageStatusItem.get()).toMatchObject({ nearFull: true });
    } finally {
      delete local.getBytesInUse;
      local.QUOTA_BYTES = 5_242_880;
    }
  });
});
