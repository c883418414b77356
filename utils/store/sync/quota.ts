// The limits of the browsers' sync storage. Chrome (chrome.storage.sync) and Firefox (browser.storage.sync, since
// Firefox 79) enforce the same numbers; a write over them is refused whole.

export const SYNC_QUOTA = {
  /** All items together: keys plus their values as JSON. */
  bytes: 102_400,
  /** One item: its key plus its value as JSON. */
  bytesPerItem: 8_192,
  items: 512,
  /** Chrome: set, remove and clear calls. */
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

/** HardDay fills at most this share of the total, so a month's new sessions never meet a full area mid-month. */
export const SYNC_BUDGET_SHARE = 0.9;
/** Each item stays this far under the per-item limit. */
export const ITEM_BUDGET = SYNC_QUOTA.bytesPerItem - 192;

const encoder = new TextEncoder();

/** What an item costs against the quota: its key and its value as JSON, in UTF-8 bytes (as Chrome counts). */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

export function totalBytes(items: Record<string, unknown>): number {
  let sum = 0;
  for (const [key, value] of Object.entries(items)) sum += itemBytes(key, value);
  return sum;
}

/**
 * Writes to sync storage are paced: a burst of changes is written once, `SYNC_DEBOUNCE_MS` after the last (but no later
 * than `SYNC_MAX_WAIT_MS` after the first, so changes every second still go out), and writes are at least
 * `SYNC_MIN_GAP_MS` apart. A sync writes with at most two calls (set, then remove), so this stays at 12 calls a minute
 * and 720 an hour at most, well within both browsers' write limits.
 */
export const SYNC_DEBOUNCE_MS = 2_000;
export const SYNC_MAX_WAIT_MS = 10_000;
export const SYNC_MIN_GAP_MS = 10_000;

/** When a sync may run that was asked for first at `firstAt` and last at `lastAt`, given the last write to sync storage. */
export function syncRunsAt(firstAt: number, lastAt: number, lastWriteAt: number | undefined): number {
  const settled = Math.min(lastAt + SYNC_DEBOUNCE_MS, firstAt + SYNC_MAX_WAIT_MS);
  return Math.max(settled, (lastWriteAt ?? -Infinity) + SYNC_MIN_GAP_MS);
}
