import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Run } from '../core/types';

// Items run their migrations when defined, so each test imports the modules afresh on a clean fake browser.
async function load() {
  vi.resetModules();
  const repo = await import('./repository');
  const items = await import('./items');
  return { ...repo, ...items };
}

const run = (id: string, start: string, extra: Partial<Run> = {}): Run => ({
  source: 'strava',
  id,
  title: `Run ${id}`,
  sport: 'run',
  start,
  elapsedS: 3600,
  ...extra,
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings repair', () => {
  it.each([
    ['missing', undefined],
    ['a string', '3'],
    ['out of range', 7],
    ['a fraction', 1.5],
    ['null', null],
  ])('repairs a stored level that is %s to level 1 and keeps a copy', async (_label, level) => {
    await fakeBrowser.storage.local.set({
      settings: { level, phase: 'build', windowHours: 3, weekStartsOn: 1, equipment: 'bodyweight' },
    });
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const { repairStorage, settingsItem, quarantineItem } = await load();
    expect(await repairStorage(new Date('2026-03-02T10:00:00Z'))).toEqual(['local:settings']);
    const settings = await settingsItem.get();
    expect(settings.level).toBe(1);
    expect(settings.phase).toBe('build');
    expect(info).toHaveBeenCalledWith(expect.stringContaining('repaired stored local:settings'));
    expect(((await quarantineItem.get())[0]?.value as { level?: unknown }).level).toBe(level);
  });

  it('leaves a valid level alone and logs nothing', async () => {
    await fakeBrowser.storage.local.set({
      settings: { level: 3, phase: 'auto', windowHours: 3, weekStartsOn: 0, equipment: 'weights' },
    });
    const { repairStorage, settingsItem } = await load();
    expect(await repairStorage(new Date())).toEqual([]);
    expect((await settingsItem.get()).level).toBe(3);
  });

  it('rejects an invalid settings patch without changing anything', async () => {
    const { updateSettings, settingsItem } = await load();
    await updateSettings({ level: 2 });
    await expect(updateSettings({ level: 4 as never })).rejects.toThrow();
    expect((await settingsItem.get()).level).toBe(2);
  });
});

describe('runs and log', () => {
  it('keeps a richer record when a thinner copy of the same run arrives', async () => {
    const { recordRuns, runsItem } = await load();
    const laps = [{ distanceM: 1000, movingS: 240 }];
    await recordRuns([run('1', '2026-03-01T07:00:00Z', { laps, ownedByViewer: true })]);
    await recordRuns([run('1', '2026-03-01T07:00:00Z', { title: 'Renamed' })]);
    const [stored] = await runsItem.get();
    expect(stored?.laps).toEqual(laps);
    expect(stored?.title).toBe('Renamed');
  });

  it('loses nothing when many writers log and correct at once', async () => {
    const { recordRuns, logStrength, setOverride, runsItem, strengthLogItem, overridesItem } = await load();
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) =>
        recordRuns([run(String(i), `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T07:00:00Z`)]),
      ),
      ...Array.from({ length: 20 }, (_, i) =>
        logStrength({
          date: '2026-03-02T10:00:00Z',
          sessionId: `s${i}`,
          runId: `strava:${i}`,
          status: 'done',
        }),
      ),
      ...Array.from({ length: 20 }, (_, i) => setOverride(`strava:${i}`, i % 2 ? 'hard' : 'easy')),
    ]);
    expect(await runsItem.get()).toHaveLength(20);
    expect(await strengthLogItem.get()).toHaveLength(20);
    expect(Object.keys(await overridesItem.get())).toHaveLength(20);
  });

  it('replaces the log entry of a run instead of adding a second one', async () => {
    const { logStrength, strengthLogItem } = await load();
    await logStrength({ date: '2026-03-02T10:00:00Z', sessionId: 'a', runId: 'strava:1', status: 'skipped' });
    await logStrength({ date: '2026-03-02T10:30:00Z', sessionId: 'a', runId: 'strava:1', status: 'done' });
    expect(await strengthLogItem.get()).toEqual([
      { date: '2026-03-02T10:30:00Z', sessionId: 'a', runId: 'strava:1', status: 'done' },
    ]);
  });
});

describe('export, reset, import', () => {
  it('restores exactly what was exported', async () => {
    const { recordRuns, logStrength, setOverride, updateSettings, exportAll, resetAll, importAll, readAll } =
      {
        ...(await load()),
        readAll: async () => (await import('./snapshot')).readStoredState(),
      };
    await updateSettings({ level: 3, raceDate: '2026-10-11', weekStartsOn: 0 });
    await recordRuns([run('9', '2026-03-01T07:00:00Z', { tags: { race: true } })]);
    await logStrength({ date: '2026-03-01T10:00:00Z', sessionId: 'x', runId: 'strava:9', status: 'done' });
    await setOverride('strava:9', 'easy');
    const before = await readAll();
    const file = JSON.parse(JSON.stringify(await exportAll(new Date('2026-03-03T00:00:00Z'))));
    await resetAll();
    expect((await readAll()).runs).toEqual([]);
    expect(await importAll(file)).toEqual({ ok: true });
    expect(await readAll()).toEqual(before);
  });

  it.each([
    ['not an object', 'hello'],
    ['another format', { format: 'other' }],
    ['wrong types', { format: 'hardday-export', version: 1, exportedAt: 'x', settings: { level: 'max' } }],
    [
      'a polluting key',
      JSON.parse(
        '{"format":"hardday-export","version":1,"exportedAt":"x","settings":{"level":1,"phase":"auto","windowHours":3,"weekStartsOn":1,"equipment":"bodyweight"},"prefs":{},"runs":[],"strengthLog":[],"overrides":{"__proto__":"hard"}}',
      ),
    ],
    [
      'a huge array',
      {
        format: 'hardday-export',
        version: 1,
        exportedAt: 'x',
        settings: { level: 1, phase: 'auto', windowHours: 3, weekStartsOn: 1, equipment: 'bodyweight' },
        prefs: {},
        runs: Array.from({ length: 5000 }, (_, i) => run(String(i), '2026-03-01T07:00:00Z')),
        strengthLog: [],
        overrides: {},
      },
    ],
  ])('rejects %s with a message and changes nothing', async (_label, data) => {
    const { importAll, updateSettings, settingsItem } = await load();
    await updateSettings({ level: 2 });
    const result = await importAll(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/HardDay export|cannot be read|never writes/);
    expect((await settingsItem.get()).level).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('clearing optional settings', () => {
  it('removes the race date and the weekly target when the patch says null', async () => {
    const { updateSettings, settingsItem } = await load();
    await updateSettings({ raceDate: '2026-10-11', sessionsPerWeek: 2 });
    await updateSettings({ raceDate: null, sessionsPerWeek: null });
    const settings = await settingsItem.get();
    expect(settings.raceDate).toBeUndefined();
    expect(settings.sessionsPerWeek).toBeUndefined();
  });
});

describe('the background snapshot', () => {
  it('reads and validates storage once until something is written', async () => {
    const { readSnapshot, recordRuns } = await load();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const first = await readSnapshot();
    const reads = get.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    expect(await readSnapshot()).toBe(first);
    expect(get.mock.calls.length).toBe(reads);

    await recordRuns([run('1', '2026-03-02T07:00:00Z')]);
    const next = await readSnapshot();
    expect(next).not.toBe(first);
    expect(next.runs.map((r) => r.id)).toEqual(['1']);
  });

  it('never serves a state older than a write queued before the read', async () => {
    const { readSnapshot, recordRuns, logStrength } = await load();
    await readSnapshot();
    // Neither write is awaited: the read must still come after both.
    void recordRuns([run('2', '2026-03-03T07:00:00Z')]);
    void logStrength({ date: '2026-03-03T09:00:00Z', sessionId: 's1', runId: 'strava:2', status: 'done' });
    const state = await readSnapshot();
    expect(state.runs.map((r) => r.id)).toEqual(['2']);
    expect(state.log.map((entry) => entry.runId)).toEqual(['strava:2']);
  });

  it('writes nothing when a run comes back exactly as stored, and keeps the snapshot', async () => {
    const { readSnapshot, recordRuns } = await load();
    const stored = run('3', '2026-03-04T07:00:00Z', { ownedByViewer: true, distanceM: 10_000 });
    expect(await recordRuns([stored])).toBe(true);
    const before = await readSnapshot();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    // The same run read again (its keys in another order) changes nothing.
    const reversed = Object.fromEntries(Object.entries(stored).reverse()) as Run;
    expect(await recordRuns([reversed, stored])).toBe(false);
    expect(set).not.toHaveBeenCalled();
    expect(await readSnapshot()).toBe(before);
    // A real change is written and seen.
    expect(await recordRuns([{ ...stored, title: 'Tempo 3x10' }])).toBe(true);
    expect(set).toHaveBeenCalled();
    expect((await readSnapshot()).runs[0]!.title).toBe('Tempo 3x10');
  });

  it('drops the snapshot when storage changes from outside the queue', async () => {
    const { readSnapshot, forgetSnapshot } = await load();
    expect((await readSnapshot()).prefs.onboarded).toBe(false);
    const { prefs } = await fakeBrowser.storage.local.get('prefs');
    await fakeBrowser.storage.local.set({ prefs: { ...(prefs as object), onboarded: true } });
    forgetSnapshot();
    expect((await readSnapshot()).prefs.onboarded).toBe(true);
  });
});
