// Sync between the runner's browsers, in the background: changes of the synced data in this browser's storage and
// changes that arrive in the browser's sync storage (another browser's writes) each ask for one paced sync
// (sync-pacer.ts). The sync itself is the repository's (utils/store/sync): it merges both ways and writes only what
// differs, so the change events of its own writes find nothing to do, and a write that came back unchanged is not even
// looked at (no echo loop).
import { browser } from 'wxt/browser';
import type { Repository } from '../store/repository';
import { sameJson } from '../store/same-json';
import { browserSyncArea, type SyncArea } from '../store/sync/area';
import { isSyncKey } from '../store/sync/codec';
import { createSyncPacer } from './sync-pacer';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** The stored items that sync (runs do not: each browser reads them from the sites). */
const SYNCED_LOCAL_KEYS = ['settings', 'prefs', 'overrides', 'strengthLog'];

export function registerSync(
  repository: Repository,
  clock: () => Date,
  area: SyncArea = browserSyncArea(),
): void {
  /** What this browser last wrote to each sync key: their change events are its own writes coming back. */
  const written = new Map<string, unknown>();
  const tracked: SyncArea = {
    ...area,
    get: () => area.get(),
    set: async (items) => {
      for (const [key, value] of Object.entries(items)) written.set(key, value);
      await area.set(items);
    },
    remove: async (keys) => {
      for (const key of keys) written.set(key, undefined);
      await area.remove(keys);
    },
  };
  const pacer = createSyncPacer({
    now: () => clock().getTime(),
    run: async () => (await repository.syncWith(tracked, clock())).wroteSync,
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });

  browser.storage.onChanged.addListener((changes: Changes, areaName) => {
    if (areaName === 'sync') {
      const ours = Object.entries(changes).filter(([key]) => isSyncKey(key));
      if (ours.some(([key, change]) => !written.has(key) || !sameJson(written.get(key), change.newValue)))
        pacer.request();
      return;
    }
    if (areaName !== 'local') return;
    const turnedOn =
      (changes.sync?.newValue as { on?: unknown } | undefined)?.on === true &&
      (changes.sync?.oldValue as { on?: unknown } | undefined)?.on !== true;
    if (turnedOn || SYNCED_LOCAL_KEYS.some((key) => key in changes)) pacer.request();
  });
  // What changed while the worker was stopped (or the browser closed) is merged as it starts.
  pacer.request();
}
