// The repository's sync with a simulated sync storage (quota rules included): off writes nothing, on merges both
// ways, and turning it off keeps every local value.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QuotaSyncArea } from '../../../test/support/sync-area';
import { createRepository } from '../repository';
import { readStoredState } from '../snapshot';
import type { SyncArea } from './area';
import { encodeDoc } from './codec';
import { localDoc } from './doc';
import { SYNC_QUOTA } from './quota';
import { syncStep } from './step';
import { DEFAULT_SETTINGS } from '../../core/types';
import { DEFAULT_PREFS } from '../schemas';

const NOW = new Date('2026-11-20T18:00:00Z');

function simulatedArea(): SyncArea & { quota: QuotaSyncArea } {
  const quota = new QuotaSyncArea(() => NOW.getTime());
  return {
    quota,
    quotaBytes: SYNC_QUOTA.bytes,
    get: () => Promise.resolve(quota.get()),
    set: (items) => Promise.resolve(quota.set(items)),
    remove: (keys) => Promise.resolve(quota.remove(keys)),
  };
}

const session = (date: string, runId: string) =>
  ({ date, sessionId: 's2-L2-intervals-strength-w2647', runId, status: 'done' }) as const;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('sync in the repository', () => {
  it('is off until the runner turns it on: nothing is read or written', async () => {
    const repository = createRepository();
    await repository.logStrength(session('2026-11-19T18:30:00.000Z', 'strava:1'));
    const area = simulatedArea();
    expect(await repository.syncWith(area, NOW)).toEqual({
      ran: false,
      changedLocal: false,
      wroteSync: false,
    });
    expect(area.quota.get()).toEqual({});
  });

  it('writes the log out and merges what another browser synced in', async () => {
    const repository = createRepository();
    await repository.logStrength(session('2026-11-19T18:30:00.000Z', 'strava:1'));
    await repository.setOverride('strava:1', 'hard');
    const area = simulatedArea();
    // Another browser synced a session, a correction and its level before this one joined.
    const other = localDoc(
      {
        settings: { ...DEFAULT_SETTINGS, level: 3 },
        prefs: DEFAULT_PREFS,
        overrides: { 'garmin:7': 'easy' },
        log: [session('2026-11-18T07:10:00.000Z', 'garmin:7')],
      },
      null,
      Math.floor(NOW.getTime() / 1000) - 3600,
    );
    area.quota.set(encodeDoc({ ...other, settings: { ...other.settings!, t: 1 } }, 90_000).items);

    await repository.setSyncOn(true);
    const run = await repository.syncWith(area, NOW);
    expect(run).toMatchObject({ ran: true, changedLocal: true, wroteSync: true });

    const state = await readStoredState(repository.items);
    expect(state.log.map((e) => e.runId)).toEqual(['garmin:7', 'strava:1']);
    expect(state.overrides).toEqual({ 'garmin:7': 'easy', 'strava:1': 'hard' });
    // This browser had never been synced: what sync already held wins the disagreement.
    expect(state.settings.level).toBe(3);
    expect(Object.keys(area.quota.get())).toContain('log.2026-11');
    expect(await repository.items.syncItem.get()).toMatchObject({ on: true, lastSyncAt: NOW.toISOString() });

    // Nothing new: a second sync writes nothing anywhere.
    expect(await repository.syncWith(area, NOW)).toEqual({
      ran: true,
      changedLocal: false,
      wroteSync: false,
    });
  });

  it('a browser that joins later takes the settings sync already holds, even ones not changed since they were synced', () => {
    const first = syncStep({
      local: {
        settings: { ...DEFAULT_SETTINGS, level: 1 },
        prefs: DEFAULT_PREFS,
        overrides: { 'strava:1': 'easy' },
        log: [],
      },
      base: null,
      remote: {},
      nowMs: NOW.getTime() - 86_400_000,
      budgetBytes: 90_000,
    });
    const second = syncStep({
      local: {
        settings: { ...DEFAULT_SETTINGS, level: 3 },
        prefs: DEFAULT_PREFS,
        overrides: { 'strava:1': 'hard' },
        log: [],
      },
      base: null,
      remote: first.set,
      nowMs: NOW.getTime(),
      budgetBytes: 90_000,
    });
    expect(second.local.settings?.level).toBe(1);
    expect(second.local.overrides).toEqual({ 'strava:1': 'easy' });
    expect(second.set).toEqual({});
  });

  it('turning sync off keeps the local data and stops writing to sync storage', async () => {
    const repository = createRepository();
    await repository.logStrength(session('2026-11-19T18:30:00.000Z', 'strava:1'));
    const area = simulatedArea();
    await repository.setSyncOn(true);
    await repository.syncWith(area, NOW);
    const synced = area.quota.get();

    await repository.setSyncOn(false);
    await repository.logStrength(session('2026-11-20T18:30:00.000Z', 'strava:2'));
    await repository.updateSettings({ level: 2 });
    expect((await repository.syncWith(area, NOW)).ran).toBe(false);

    expect(area.quota.get()).toEqual(synced);
    const state = await readStoredState(repository.items);
    expect(state.log.map((e) => e.runId)).toEqual(['strava:1', 'strava:2']);
    expect(state.settings.level).toBe(2);
    expect(await repository.items.syncItem.get()).toEqual({ on: false });

    // On again: what was logged meanwhile goes out.
    await repository.setSyncOn(true);
    expect((await repository.syncWith(area, NOW)).wroteSync).toBe(true);
    expect(JSON.stringify(area.quota.get()['log.2026-11'])).toContain('strava:2');
  });

  it('records a write the browser refused and tries again at the next sync', async () => {
    const repository = createRepository();
    await repository.logStrength(session('2026-11-19T18:30:00.000Z', 'strava:1'));
    const area = simulatedArea();
    const refusing: SyncArea = {
      ...area,
      set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    };
    await repository.setSyncOn(true);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await repository.syncWith(refusing, NOW)).toMatchObject({ problem: 'refused' });
    warn.mockRestore();
    expect(await repository.items.syncItem.get()).toMatchObject({ on: true, problem: 'refused' });
    expect((await repository.syncWith(area, NOW)).wroteSync).toBe(true);
    expect((await repository.items.syncItem.get()).problem).toBeUndefined();
  });

  it('a reset turns sync off and leaves sync storage to the other browsers', async () => {
    const repository = createRepository();
    await repository.logStrength(session('2026-11-19T18:30:00.000Z', 'strava:1'));
    const area = simulatedArea();
    await repository.setSyncOn(true);
    await repository.syncWith(area, NOW);
    const synced = area.quota.get();
    await repository.resetAll();
    expect(await repository.syncWith(area, NOW)).toMatchObject({ ran: false });
    expect(area.quota.get()).toEqual(synced);
  });
});
