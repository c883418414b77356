// One sync between this browser's storage and the browser's sync storage, as a pure function: what to write where.
// Writes only what differs, so a sync that finds nothing new writes nothing (and the change events of its own writes
// end there: no echo loop between the two areas or the two browsers).
import { sameJson } from '../same-json';
import { decodeItems, encodeDoc, isSyncKey } from './codec';
import {
  docState,
  forgetOldRemovals,
  joinDocs,
  localDoc,
  toSeconds,
  type EditTime,
  type Stamped,
  type SyncDoc,
  type SyncedState,
} from './doc';

export type SyncProblem = 'quota' | 'newer-format';

export interface SyncStepInput {
  local: SyncedState;
  /** The doc this browser last merged, null before it first synced. */
  base: SyncDoc | null;
  /** Everything in sync storage. */
  remote: Record<string, unknown>;
  nowMs: number;
  /** How many bytes of sync storage HardDay may fill. */
  budgetBytes: number;
}

export interface SyncStepResult {
  /** The parts of this browser's state to write (absent: unchanged). */
  local: Partial<SyncedState>;
  /** The doc to remember as merged (null: keep the old one, nothing was merged). */
  base: SyncDoc | null;
  /** Sync items to write and to remove. */
  set: Record<string, unknown>;
  remove: string[];
  /** Bytes HardDay's items take in sync storage after this step. */
  bytes: number;
  /** The oldest month of the log that is synced, when older ones did not fit. */
  oldestMonth?: string;
  /** Strength sessions that stay on this computer only (their months did not fit). */
  leftOut: number;
  problem?: SyncProblem;
}

/**
 * Pieces still without an edit time after the join are this browser's values from before it joined, which sync did
 * not hold: stamped now, they are written like any edit, and a browser that joins later loses its own values to them
 * (what sync already holds wins a disagreement; never a tie between two unknown times).
 */
function stampUnknown(doc: SyncDoc, now: EditTime): SyncDoc {
  const stamp = <T>(piece: Stamped<T>): Stamped<T> => (piece.t === 0 ? { ...piece, t: now } : piece);
  return {
    ...doc,
    settings: doc.settings && stamp(doc.settings),
    prefs: doc.prefs && stamp(doc.prefs),
    fixes: Object.fromEntries(Object.entries(doc.fixes).map(([k, piece]) => [k, stamp(piece)])),
  };
}

export function syncStep({ local, base, remote, nowMs, budgetBytes }: SyncStepInput): SyncStepResult {
  const decoded = decodeItems(remote);
  if (!decoded.ok) {
    // A newer HardDay wrote sync storage: its format is not ours to rewrite.
    return { local: {}, base: null, set: {}, remove: [], bytes: 0, leftOut: 0, problem: decoded.reason };
  }
  const now = toSeconds(nowMs);
  const merged = stampUnknown(forgetOldRemovals(joinDocs(localDoc(local, base, now), decoded.doc), now), now);
  const next = docState(merged, local);

  const changed: Partial<SyncedState> = {};
  for (const key of ['settings', 'prefs', 'overrides', 'log'] as const) {
    if (!sameJson(next[key], local[key])) (changed as Record<string, unknown>)[key] = next[key];
  }

  const encoded = encodeDoc(merged, budgetBytes);
  if (!encoded.fits) {
    return {
      local: changed,
      base: merged,
      set: {},
      remove: [],
      bytes: 0,
      leftOut: encoded.leftOut,
      problem: 'quota',
    };
  }
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(encoded.items)) {
    if (!sameJson(remote[key], value)) set[key] = value;
  }
  const remove = Object.keys(remote).filter((key) => isSyncKey(key) && !(key in encoded.items));
  return {
    local: changed,
    base: merged,
    set,
    remove,
    bytes: encoded.bytes,
    leftOut: encoded.leftOut,
    ...(encoded.oldestMonth !== undefined ? { oldestMonth: encoded.oldestMonth } : {}),
  };
}
