import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Run, Settings } from '../core/types';
import { createRepository } from './repository';
import { readStoredState } from './snapshot';

// Items run their migrations when defined, so each test starts a repository (as a background start does) on a clean
// fake browser.
async function load() {
  const repository = createRepository();
  return { ...repository, ...repository.items };
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
    const loaded = await load();
    const { recordRuns, logStrength, setOverride, updateSettings, exportAll, resetAll, importAll } = loaded;
    const readAll = () => readStoredState(loaded.items);
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
        runs: Array.from({ length: 10_001 }, (_, i) => run(String(i), '2026-03-01T07:00:00Z')),
        strengthLog: [],
        overrides: {},
      },
    ],
  ])('rejects %s with a message and changes nothing', async (_label, data) => {
    const { importAll, updateSettings, settingsItem } = await load();
    await updateSettings({ level: 2 });
    const result = await importAll(data);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/HardDay export|cannot be read|never writes|more than HardDay keeps/);
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

  it('lets the card peek at the last state while a write is still queued', async () => {
    const { readSnapshot, peekSnapshot, recordRuns } = await load();
    await recordRuns([run('4', '2026-03-05T07:00:00Z')]);
    const before = await readSnapshot();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    let finishWrite: () => void = () => undefined;
    set.mockImplementationOnce(async (items) => {
      await new Promise<void>((resolve) => (finishWrite = resolve));
      return fakeBrowser.storage.local.set(items);
    });
    const writing = recordRuns([run('5', '2026-03-06T07:00:00Z')]);
    await vi.waitFor(() => expect(set).toHaveBeenCalled());
    // The write has not finished: peeking answers at once with the state before it, a queued read waits.
    expect(await peekSnapshot()).toBe(before);
    let queuedRead: string[] | undefined;
    const reading = readSnapshot().then((state) => (queuedRead = state.runs.map((r) => r.id)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queuedRead).toBeUndefined();
    finishWrite();
    await writing;
    await reading;
    expect(queuedRead).toEqual(['5', '4']);
    // Once written, peeking sees the new state too.
    expect((await peekSnapshot()).runs.map((r) => r.id)).toEqual(['5', '4']);
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

describe('settings version 2 (1–3 sessions a week)', () => {
  const v1 = (sessionsPerWeek: unknown) => ({
    level: 2,
    phase: 'build',
    windowHours: 3,
    weekStartsOn: 1,
    equipment: 'bodyweight',
    sessionsPerWeek,
  });

  it.each([
    [0, 1],
    [1, 1],
    [3, 3],
    [5, 3],
    [7, 3],
  ])('migrates a stored version-1 target of %s a week to %s, with nothing to repair', async (old, now) => {
    await fakeBrowser.storage.local.set({ settings: v1(old) });
    const { settingsItem, repairStorage, quarantineItem } = await load();
    expect((await settingsItem.get()).sessionsPerWeek).toBe(now);
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings).toEqual(v1(now));
    expect(raw.settings$).toEqual({ v: 2 });
    expect(await repairStorage(new Date('2026-03-02T10:00:00Z'))).toEqual([]);
    expect(await quarantineItem.get()).toEqual([]);
  });

  it('runs the migration once: a second start changes nothing', async () => {
    await fakeBrowser.storage.local.set({ settings: v1(0) });
    await (await load()).settingsItem.get();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    set.mockClear();
    expect((await (await load()).settingsItem.get()).sessionsPerWeek).toBe(1);
    expect(set).not.toHaveBeenCalled();
  });

  it('leaves an unreadable target to the repair, which keeps a copy', async () => {
    await fakeBrowser.storage.local.set({ settings: v1('two') });
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const { settingsItem, repairStorage, quarantineItem } = await load();
    expect(await repairStorage(new Date('2026-03-02T10:00:00Z'))).toEqual(['local:settings']);
    expect((await settingsItem.get()).sessionsPerWeek).toBeUndefined();
    expect((await quarantineItem.get())[0]?.value).toEqual(v1('two'));
  });

  it('refuses a settings change outside 1–3 a week', async () => {
    const { updateSettings, settingsItem } = await load();
    await updateSettings({ sessionsPerWeek: 2 });
    await expect(updateSettings({ sessionsPerWeek: 0 })).rejects.toThrow();
    await expect(updateSettings({ sessionsPerWeek: 4 })).rejects.toThrow();
    expect((await settingsItem.get()).sessionsPerWeek).toBe(2);
  });
});

describe('the new settings fields', () => {
  it('stores race distance, latest session time, birth year and max heart rate, and clears them with null', async () => {
    const { updateSettings, settingsItem } = await load();
    const fields = {
      raceDistanceM: 21_097.5,
      latestSessionTime: '20:45',
      birthYear: 1978,
      maxHr: 186,
      usualWeek: ['long', 'easy', 'hard', 'easy', 'hard', 'rest', 'easy'] as Settings['usualWeek'],
    };
    await updateSettings(fields);
    expect(await settingsItem.get()).toMatchObject(fields);
    await updateSettings({
      raceDistanceM: null,
      latestSessionTime: null,
      birthYear: null,
      maxHr: null,
      usualWeek: null,
    });
    const cleared = await settingsItem.get();
    for (const key of Object.keys(fields)) expect(cleared).not.toHaveProperty(key);
  });

  it.each([
    ['a race shorter than 400 m', { raceDistanceM: 100 }],
    ['a race longer than 500 km', { raceDistanceM: 600_000 }],
    ['a time that is not HH:MM', { latestSessionTime: '9pm' }],
    ['a time past 23:59', { latestSessionTime: '24:10' }],
    ['a birth year in the future', { birthYear: new Date().getFullYear() + 1 }],
    ['a fractional birth year', { birthYear: 1980.5 }],
    ['a birth year before 1900', { birthYear: 1850 }],
    ['a max heart rate of 90', { maxHr: 90 }],
    ['a max heart rate of 260', { maxHr: 260 }],
    ['a usual week of six days', { usualWeek: ['hard', 'easy', 'rest', 'hard', 'easy', 'long'] }],
    [
      'a usual week with an unknown day type',
      { usualWeek: ['hard', 'easy', 'rest', 'hard', 'easy', 'long', 'x'] },
    ],
  ])('refuses %s', async (_label, patch) => {
    const { updateSettings, settingsItem } = await load();
    // Messages from pages are untyped at runtime: the store must refuse what the types would not allow.
    await expect(updateSettings(patch as Partial<Settings>)).rejects.toThrow();
    expect(await settingsItem.get()).toEqual(DEFAULT_SETTINGS_COPY);
  });

  it('reads an older stored value without the new fields as it is, and drops only a broken new field', async () => {
    const old = { level: 1, phase: 'auto', windowHours: 3, weekStartsOn: 1, equipment: 'bodyweight' };
    await fakeBrowser.storage.local.set({ settings: { ...old, maxHr: 'high', latestSessionTime: '21:00' } });
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const { settingsItem, repairStorage } = await load();
    expect(await settingsItem.get()).toEqual({ ...old, latestSessionTime: '21:00' });
    expect(await repairStorage(new Date())).toEqual(['local:settings']);
  });
});

const DEFAULT_SETTINGS_COPY = {
  level: 1,
  phase: 'auto',
  windowHours: 3,
  weekStartsOn: 1,
  equipment: 'bodyweight',
};

describe('session ratings (RPE)', () => {
  it('sets the rating on the entry logged with that date and session, and nowhere else', async () => {
    const { logStrength, setStrengthRpe, strengthLogItem } = await load();
    await logStrength({ date: '2026-03-02T10:00:00Z', sessionId: 'a', runId: 'strava:1', status: 'done' });
    await logStrength({ date: '2026-03-04T10:00:00Z', sessionId: 'b', status: 'done' });
    expect(await setStrengthRpe('2026-03-04T10:00:00Z', 'b', 7)).toBe(true);
    expect(await strengthLogItem.get()).toEqual([
      { date: '2026-03-02T10:00:00Z', sessionId: 'a', runId: 'strava:1', status: 'done' },
      { date: '2026-03-04T10:00:00Z', sessionId: 'b', status: 'done', rpe: 7 },
    ]);
  });

  it('writes nothing for an entry that is not in the log', async () => {
    const { setStrengthRpe, strengthLogItem } = await load();
    await strengthLogItem.get();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    set.mockClear();
    expect(await setStrengthRpe('2026-03-04T10:00:00Z', 'gone', 5)).toBe(false);
    expect(set).not.toHaveBeenCalled();
    expect(await strengthLogItem.get()).toEqual([]);
  });

  it('keeps an entry whose stored rating is out of range, without the rating', async () => {
    await fakeBrowser.storage.local.set({
      strengthLog: [
        { date: '2026-03-02T10:00:00Z', sessionId: 'a', status: 'done', rpe: 11 },
        { date: '2026-03-03T10:00:00Z', sessionId: 'b', status: 'done', rpe: 6 },
      ],
    });
    const { strengthLogItem } = await load();
    expect(await strengthLogItem.get()).toEqual([
      { date: '2026-03-02T10:00:00Z', sessionId: 'a', status: 'done' },
      { date: '2026-03-03T10:00:00Z', sessionId: 'b', status: 'done', rpe: 6 },
    ]);
  });
});

describe('importing sessions per week outside 1–3', () => {
  const file = (sessionsPerWeek: number) => ({
    format: 'hardday-export',
    version: 1,
    exportedAt: '2026-03-03T00:00:00.000Z',
    settings: {
      level: 2,
      phase: 'auto',
      windowHours: 3,
      weekStartsOn: 1,
      equipment: 'bodyweight',
      sessionsPerWeek,
    },
    prefs: {},
    runs: [],
    strengthLog: [],
    overrides: {},
  });

  it.each([
    [0, 1, /asked for 0 strength sessions a week; HardDay plans 1 to 3, so it is set to 1/],
    [7, 3, /asked for 7 strength sessions a week.*set to 3/],
  ])('clamps %s a week to %s and says so', async (asked, kept, note) => {
    const { importAll, settingsItem } = await load();
    const result = await importAll(file(asked));
    expect(result.ok).toBe(true);
    expect(result.ok && result.notes).toEqual([expect.stringMatching(note)]);
    expect((await settingsItem.get()).sessionsPerWeek).toBe(kept);
  });

  it('has nothing to say about a target inside 1–3', async () => {
    const { importAll, settingsItem } = await load();
    expect(await importAll(file(2))).toEqual({ ok: true });
    expect((await settingsItem.get()).sessionsPerWeek).toBe(2);
  });
});

describe('the first day of the week from the runner’s Garmin settings', () => {
  it('replaces HardDay’s default while the runner has not chosen one, and says where it came from', async () => {
    const { applySiteWeekStart, settingsItem, prefsItem } = await load();
    expect((await settingsItem.get()).weekStartsOn).toBe(1);
    expect(await applySiteWeekStart('garmin', 0)).toBe(true);
    expect((await settingsItem.get()).weekStartsOn).toBe(0);
    expect((await prefsItem.get()).weekStartFrom).toBe('garmin');
  });

  it('writes nothing when it changes nothing', async () => {
    const { applySiteWeekStart } = await load();
    await applySiteWeekStart('garmin', 0);
    const changed = vi.fn();
    fakeBrowser.storage.onChanged.addListener(changed);
    expect(await applySiteWeekStart('garmin', 0)).toBe(false);
    expect(changed).not.toHaveBeenCalled();
  });

  it('follows a later change of the Garmin setting', async () => {
    const { applySiteWeekStart, settingsItem } = await load();
    await applySiteWeekStart('garmin', 0);
    expect(await applySiteWeekStart('garmin', 1)).toBe(true);
    expect((await settingsItem.get()).weekStartsOn).toBe(1);
  });

  it('never overrides the runner’s own choice in the options, even the default Monday', async () => {
    const { applySiteWeekStart, updateSettings, settingsItem, prefsItem } = await load();
    await applySiteWeekStart('garmin', 0);
    await updateSettings({ weekStartsOn: 1 });
    expect((await prefsItem.get()).weekStartFrom).toBe('runner');
    expect(await applySiteWeekStart('garmin', 0)).toBe(false);
    expect((await settingsItem.get()).weekStartsOn).toBe(1);
  });

  it('other settings changes leave the site’s week start in charge', async () => {
    const { applySiteWeekStart, updateSettings, settingsItem, prefsItem } = await load();
    await applySiteWeekStart('garmin', 0);
    await updateSettings({ level: 3 });
    expect((await prefsItem.get()).weekStartFrom).toBe('garmin');
    expect(await applySiteWeekStart('garmin', 1)).toBe(true);
    expect((await settingsItem.get()).weekStartsOn).toBe(1);
  });
});

describe('units preference, version 2', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['km', 'metric'],
    ['mi', 'imperial'],
    ['auto', 'auto'],
  ])('a version-1 choice "%s" reads as "%s" after the migration, nothing else changed', async (old, now) => {
    const prefs = {
      onboarded: true,
      sites: { strava: true, garmin: false },
      reminders: false,
      reminderMinutesBefore: 45,
      units: old,
      cardCollapsed: true,
    };
    await fakeBrowser.storage.local.set({ prefs });
    const repository = createRepository();
    expect(await repository.repairStorage(new Date())).toEqual([]);
    const state = await readStoredState(repository.items);
    expect(state.prefs).toMatchObject({ ...prefs, units: now });
    expect(await fakeBrowser.storage.local.get('prefs$')).toEqual({ prefs$: { v: 2 } });
  });

  it('remembers the site’s setting beside the choice; an unknown site or system is dropped, not kept', async () => {
    const repository = createRepository();
    await repository.updatePrefs({ siteUnits: { site: 'garmin', units: 'imperial' } });
    expect((await readStoredState(repository.items)).prefs.siteUnits).toEqual({
      site: 'garmin',
      units: 'imperial',
    });
    const bad = { siteUnits: { site: 'komoot', units: 'imperial' } } as unknown as Parameters<
      typeof repository.updatePrefs
    >[0];
    await repository.updatePrefs(bad);
    expect((await readStoredState(repository.items)).prefs.siteUnits).toBeUndefined();
  });
});
