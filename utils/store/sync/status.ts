// What this browser keeps about sync in its own storage: whether the runner turned it on, how the last sync went
// (the options page shows it), and the doc it last merged (to tell this browser's edits and removals from the rest).
import * as v from 'valibot';
import { EffortSchema, PrefsSchema, SettingsSchema, StrengthEntrySchema } from '../schemas';
import type { SyncDoc } from './doc';

const instant = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not an instant'),
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const SyncStatusSchema = v.object({
  /** Off until the runner turns it on (docs/decisions/0009-sync.md). */
  on: v.boolean(),
  /** When a sync last merged or wrote something. */
  lastSyncAt: v.optional(instant),
  /** Bytes HardDay's items take in the browser's sync storage, and its total quota. */
  bytes: v.optional(count),
  quotaBytes: v.optional(count),
  /** Sync storage is full: sessions before this month (YYYY-MM; '' none at all) stay on this computer only. */
  oldestMonth: v.optional(v.pipe(v.string(), v.regex(/^(\d{4}-\d{2})?$/))),
  /** Strength sessions that stay on this computer only. */
  leftOut: v.optional(count),
  /**
   * quota: even the settings and corrections do not fit. newer-format: a newer HardDay wrote sync storage.
   * refused: the browser refused the write (its sync off or limits); tried again at the next change.
   */
  problem: v.optional(v.picklist(['quota', 'newer-format', 'refused'])),
});
export type SyncStatus = v.InferOutput<typeof SyncStatusSchema>;
export const SYNC_OFF: SyncStatus = { on: false };

const editTime = v.pipe(v.number(), v.integer(), v.minValue(0));
const stamped = <T>(value: v.GenericSchema<unknown, T>) => v.object({ v: value, t: editTime });

/** The doc this browser last merged; unreadable: null (the next sync joins afresh, which loses nothing). */
export const SyncBaseSchema = v.nullable(
  v.object({
    settings: v.nullable(stamped(SettingsSchema)),
    prefs: v.nullable(stamped(PrefsSchema)),
    fixes: v.record(v.string(), stamped(v.nullable(EffortSchema))),
    log: v.record(v.string(), stamped(StrengthEntrySchema)),
    gone: v.record(v.string(), editTime),
  }),
) satisfies v.GenericSchema<unknown, SyncDoc | null>;
