// Import through the repository: preview writes nothing, merge keeps newer sessions, every import keeps the exact
// pre-import state for an undo within 7 days, and a real version-1 export (made by the previous release, f8d7cff)
// imports with nothing lost.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import v1Export from '../../test/fixtures/store/export-v1-2026-11.json';
import { validState } from '../../test/hardening/support/store-arbitraries';
import { runKey } from '../core/runs';
import type { Run } from '../core/types';
import { COMPACT_TITLE_CHARS, compactionCutoff } from './compact';
import { entryKey } from './merge';
import { createRepository } from './repository';
import { readStoredState } from './snapshot';

const NOW = new Date('2026-12-01T12:00:00Z');
const DAY_MS = 86_400_000;
const run = (id: string, start: string, extra: Partial<Run> = {}): Run => ({
  source: 'strava',
  id,
  title: `Run ${id}`,
  sport: 'run',
  start,
  elapsedS: 3600,
  ...extra,
});
/** Everything in storage.local except the bookkeeping the import itself adds (the snapshot, the storage flag). */
async function rawData() {
  const all = structuredClone(await fakeBrowser.storage.local.get(null));
  delete all.importUndo;
  delete all.storageStatus;
  return all;
}

beforeEach(() => fakeBrowser.reset());

describe('import preview and merge', () => {
  it('previews without writing, merges an older backup without losing newer sessions, and undo restores exactly', async () => {
    const repo = createRepository();
    await repo.updateSettings({ level: 2 });
    await repo.recordRuns([run('1', '2026-11-01T07:00:00Z'), run('2', '2026-11-03T07:00:00Z')], NOW);
    await repo.logStrength({
      date: '2026-11-01T10:00:00Z',
      sessionId: 'a',
      runId: 'strava:1',
      status: 'done',
    });
    const backup = JSON.parse(JSON.stringify(await repo.exportAll(new Date('2026-11-02T00:00:00Z'))));
    // Logged after the backup was made.
    await repo.recordRuns([run('3', '2026-11-20T07:00:00Z', { title: 'Intervals 6x800' })], NOW);
    await repo.logStrength({
      date: '2026-11-20T10:00:00Z',
      sessionId: 'b',
      runId: 'strava:3',
      status: 'done',
    });
    await repo.setOverride('strava:3', 'hard');
    await repo.updateSettings({ level: 3 });
    const before = await rawData();

    const preview = await repo.previewImport(backup);
    expect(preview).toMatchObject({
      ok: true,
      preview: {
        runs: { new: 0, same: 2, conflicting: 0, onlyMine: 1 },
        sessions: { new: 0, same: 1, conflicting: 0, onlyMine: 1 },
        settingsDiffer: ['level'],
      },
    });
    expect(await rawData()).toEqual(before);

    expect(await repo.applyImport(backup, { mode: 'merge', settings: 'mine' }, NOW)).toEqual({ ok: true });
    const merged = await readStoredState(repo.items);
    expect(merged.runs.map(runKey).sort()).toEqual(['strava:1', 'strava:2', 'strava:3']);
    expect(merged.log.map(entryKey).sort()).toEqual(['run:strava:1', 'run:strava:3']);
    expect(merged.overrides).toEqual({ 'strava:3': 'hard' });
    expect(merged.settings.level).toBe(3);
    const status = await repo.dataStatus(NOW);
    expect(status.undoUntil).toBe(new Date(NOW.getTime() + 7 * DAY_MS).toISOString());

    expect(await repo.undoImport(NOW)).toEqual({ ok: true });
    expect(await rawData()).toEqual(before);
    expect((await repo.dataStatus(NOW)).undoUntil).toBeNull();
  });

  it('replace everything takes the file as it is (and can be undone)', async () => {
    const repo = createRepository();
    await repo.recordRuns([run('1', '2026-11-01T07:00:00Z')], NOW);
    const backup = JSON.parse(JSON.stringify(await repo.exportAll(NOW)));
    await repo.recordRuns([run('2', '2026-11-20T07:00:00Z')], NOW);
    const before = await rawData();
    expect(await repo.applyImport(backup, { mode: 'replace', settings: 'file' }, NOW)).toEqual({ ok: true });
    expect((await readStoredState(repo.items)).runs.map(runKey)).toEqual(['strava:1']);
    expect(await repo.undoImport(NOW)).toEqual({ ok: true });
    expect(await rawData()).toEqual(before);
  });

  it('undo restores the exact pre-import state, for any stored state and any file, merged or replaced', async () => {
    const repo = createRepository();
    await fc.assert(
      fc.asyncProperty(
        validState,
        validState,
        fc.constantFrom('merge' as const, 'replace' as const),
        fc.constantFrom('mine' as const, 'file' as const),
        async (current, other, mode, settings) => {
          fakeBrowser.reset();
          await fakeBrowser.storage.local.set(structuredClone(other));
          repo.forgetSnapshot();
          const file = JSON.parse(JSON.stringify(await repo.exportAll(NOW)));
          fakeBrowser.reset();
          await fakeBrowser.storage.local.set({ ...structuredClone(current), runs$: { v: 2 } });
          repo.forgetSnapshot();
          const before = await rawData();
          const outcome = await repo.applyImport(file, { mode, settings }, NOW);
          expect(outcome.ok).toBe(true);
          repo.forgetSnapshot();
          expect(await repo.undoImport(NOW)).toEqual({ ok: true });
          expect(await rawData()).toEqual(before);
        },
      ),
      { seed: 20261201, numRuns: 80 },
    );
  }, 60_000);

  it('drops the snapshot after 7 days: no undo then', async () => {
    const repo = createRepository();
    await repo.recordRuns([run('1', '2026-11-01T07:00:00Z')], NOW);
    const file = JSON.parse(JSON.stringify(await repo.exportAll(NOW)));
    await repo.applyImport(file, { mode: 'merge', settings: 'mine' }, NOW);
    const later = new Date(NOW.getTime() + 7 * DAY_MS + 1);
    expect((await repo.dataStatus(later)).undoUntil).toBeNull();
    expect(await repo.items.importUndoItem.get()).toBeNull();
    expect(await repo.undoImport(later)).toMatchObject({ ok: false });
  });

  it('refuses a bad file in the preview and the import, writing nothing', async () => {
    const repo = createRepository();
    await repo.recordRuns([run('1', '2026-11-01T07:00:00Z')], NOW);
    const before = await rawData();
    expect(await repo.previewImport({ format: 'other' })).toMatchObject({ ok: false });
    expect(
      await repo.applyImport({ format: 'other' }, { mode: 'merge', settings: 'mine' }, NOW),
    ).toMatchObject({
      ok: false,
    });
    expect(await rawData()).toEqual(before);
    expect(await repo.items.importUndoItem.get()).toBeNull();
  });
});

describe('a version-1 export made by the previous release (test/fixtures/store/export-v1-2026-11.json)', () => {
  const file = v1Export as unknown as {
    version: number;
    runs: Run[];
    strengthLog: { runId?: string; date: string; sessionId: string }[];
    overrides: Record<string, string>;
    settings: Record<string, unknown>;
    prefs: Record<string, unknown>;
  };

  it('is a version-1 file from HardDay', () => {
    expect(file.version).toBe(1);
    expect(file.runs.length).toBeGreaterThan(100);
  });

  it.each(['merge', 'replace'] as const)(
    'imports (%s) into the new version with nothing lost',
    async (mode) => {
      const repo = createRepository();
      const now = new Date('2026-11-27T08:00:00Z');
      // Something logged in the new version already: a merge keeps it.
      await repo.recordRuns([run('99', '2026-11-26T07:00:00Z')], now);
      expect(await repo.applyImport(structuredClone(v1Export), { mode, settings: 'file' }, now)).toEqual({
        ok: true,
      });
      const state = await readStoredState(repo.items);
      const stored = new Map(state.runs.map((r) => [runKey(r), r]));
      for (const original of file.runs) {
        const kept = stored.get(runKey(original));
        expect(kept, runKey(original)).toBeDefined();
        const { laps, title, ...rest } = original;
        // Everything but laps and long titles is kept as it was; laps too for recent runs. Replacing restores the
        // file as it is (the next write of runs compacts it).
        expect(kept).toMatchObject(rest);
        const old =
          mode === 'merge' && Date.parse(original.start) < compactionCutoff(state.runs, now.getTime());
        expect(kept!.title).toBe(old ? title.slice(0, COMPACT_TITLE_CHARS) : title);
        expect(kept!.laps, runKey(original)).toEqual(old ? undefined : laps);
      }
      expect(state.log.map(entryKey).sort()).toEqual(
        file.strengthLog.map((e) => entryKey(e as never)).sort(),
      );
      expect(state.overrides).toEqual(file.overrides);
      expect(state.settings).toMatchObject(file.settings);
      // Units were a distance unit in version 1 ("km"): the same choice as a system.
      expect(state.prefs).toMatchObject({ ...file.prefs, units: 'metric' });
      expect(stored.has('strava:99')).toBe(mode === 'merge');
      // And the new version's export of it imports again.
      const again = JSON.parse(JSON.stringify(await repo.exportAll(now)));
      expect(again.version).toBe(2);
      expect(await repo.previewImport(again)).toMatchObject({
        ok: true,
        preview: { runs: { new: 0, conflicting: 0, same: state.runs.length } },
      });
    },
  );

  it('stored by the previous release, is migrated (runs item version 2) on the first start with nothing lost', async () => {
    const { runs, strengthLog, overrides, settings, prefs } = structuredClone(file);
    await fakeBrowser.storage.local.set({
      runs,
      strengthLog,
      overrides,
      settings,
      prefs,
      settings$: { v: 2 },
    });
    const repo = createRepository();
    expect(await repo.repairStorage(new Date())).toEqual([]);
    const state = await readStoredState(repo.items);
    expect(state.runs.map(runKey)).toEqual(runs.map(runKey));
    expect(state.log).toEqual(strengthLog);
    expect(await fakeBrowser.storage.local.get('runs$')).toEqual({ runs$: { v: 2 } });
    const newest = Date.parse(runs[0]!.start);
    for (const [i, r] of state.runs.entries()) {
      const old = Date.parse(r.start) < Math.min(newest, Date.now()) - 120 * DAY_MS;
      expect(r.laps).toEqual(old ? undefined : runs[i]!.laps);
      expect(r.distanceM).toBe(runs[i]!.distanceM);
    }
  });
});
