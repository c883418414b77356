// The browser's sync storage as the store uses it. Chrome syncs it through the runner's Google account when they have
// Chrome sync on (extensions included), Firefox through their Mozilla account when add-ons sync is on; without that,
// it stays on this computer. HardDay runs no server: this is the only way its data leaves the computer.
import { browser } from 'wxt/browser';
import { SYNC_QUOTA } from './quota';

export interface SyncArea {
  get(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** The area's total quota in bytes. */
  quotaBytes: number;
}

export function browserSyncArea(): SyncArea {
  const area = browser.storage.sync as typeof browser.storage.sync & { QUOTA_BYTES?: number };
  return {
    get: () => area.get(null) as Promise<Record<string, unknown>>,
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
    quotaBytes:
      typeof area.QUOTA_BYTES === 'number' && area.QUOTA_BYTES > 0 ? area.QUOTA_BYTES : SYNC_QUOTA.bytes,
  };
}
