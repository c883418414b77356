// The pre-import snapshot and the storage-use flag: their stored shapes and the pure rules around them.
import * as v from 'valibot';

/** How long an import can be undone; the snapshot is dropped after it. */
export const UNDO_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * The storage keys an import may change, with the version records WXT keeps beside them (`runs$`): the snapshot holds
 * their raw values, so an undo restores exactly what was there, repaired-or-not, versions included.
 */
export const UNDO_KEYS = [
  'settings',
  'settings$',
  'prefs',
  'prefs$',
  'runs',
  'runs$',
  'strengthLog',
  'strengthLog$',
  'overrides',
  'overrides$',
  'quarantine',
  'quarantine$',
] as const;
export type UndoKey = (typeof UNDO_KEYS)[number];

const instant = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not an instant'),
);

/** One snapshot, replaced by the next import, dropped by an undo or after UNDO_DAYS. */
export const ImportUndoSchema = v.nullable(
  v.object({
    takenAt: instant,
    until: instant,
    /** Raw values of the keys that existed before the import. */
    values: v.record(v.picklist(UNDO_KEYS), v.unknown()),
    /** Keys that did not exist before the import (an undo removes them). */
    absent: v.array(v.picklist(UNDO_KEYS)),
  }),
);
export type ImportUndo = v.InferOutput<typeof ImportUndoSchema>;

export function undoUntil(takenAt: Date): string {
  return new Date(takenAt.getTime() + UNDO_DAYS * DAY_MS).toISOString();
}

/** Whether the snapshot can still be used at `now`. */
export function undoAvailable(undo: ImportUndo, now: Date): undo is NonNullable<ImportUndo> {
  return !!undo && now.getTime() < Date.parse(undo.until);
}

/** storage.local's quota in Chrome without `unlimitedStorage` (chrome.storage.local.QUOTA_BYTES since Chrome 114). */
export const LOCAL_QUOTA_BYTES = 10 * 1024 * 1024;
/** From this share of the quota on, the options page tells the runner. */
export const NEAR_FULL_SHARE = 0.8;

export const StorageStatusSchema = v.nullable(
  v.object({
    bytesInUse: v.pipe(v.number(), v.minValue(0)),
    quotaBytes: v.pipe(v.number(), v.minValue(1)),
    /** Firefox has no getBytesInUse: the bytes are estimated from the JSON length of what is stored. */
    estimated: v.boolean(),
    nearFull: v.boolean(),
    checkedAt: instant,
  }),
);
export type StorageStatus = v.InferOutput<typeof StorageStatusSchema>;

/** Roughly what Chrome counts: each key's length plus the length of its value as JSON. */
export function estimateBytes(all: Record<string, unknown>): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(all)) bytes += key.length + (JSON.stringify(value)?.length ?? 0);
  return bytes;
}

export function storageStatusOf(
  bytesInUse: number,
  estimated: boolean,
  now: Date,
  quotaBytes = LOCAL_QUOTA_BYTES,
): NonNullable<StorageStatus> {
  return {
    bytesInUse,
    quotaBytes,
    estimated,
    nearFull: bytesInUse >= quotaBytes * NEAR_FULL_SHARE,
    checkedAt: now.toISOString(),
  };
}
