// What HardDay keeps in the browser's sync storage, as one value: the settings, the preferences, the corrections and
// the strength log, each piece stamped with when it was last edited. Pure.
//
// Sync merges all the time, not once like an import, so it needs what an import can do without: edit times per piece
// (a correction changed in one browser and not the other) and removals (an undone session must not come back from
// the other browser). The rules are the import merge's (utils/store/merge.ts): pieces are united by the same keys
// (`entryKey`, run keys), nothing present on either side is dropped, and for a key on both sides the newer edit
// wins — here the later edit time, then the import's own order (`newerEntry`, a fixed order for the rest). A
// session the runner removed is remembered as removed (`gone`) and stays removed unless it is logged again later.
//
// Joining two docs is commutative, associative and idempotent, so browsers that have seen the same edits hold the
// same doc, whatever order the edits arrived in.
import type { Effort, Settings, StrengthEntry } from '../../core/types';
import { canonical, entryKey, newerEntry, sortLog } from '../merge';
import { sameJson } from '../same-json';
import { MAX_LOG_ENTRIES, MAX_OVERRIDES, type Prefs } from '../schemas';

/** An edit time in whole seconds since 1970. 0: unknown (what a browser held before it joined sync). */
export type EditTime = number;

export interface Stamped<T> {
  v: T;
  t: EditTime;
}

export interface SyncDoc {
  settings: Stamped<Settings> | null;
  prefs: Stamped<Prefs> | null;
  /** The runner's corrections by run key; null: the correction was cleared. */
  fixes: Record<string, Stamped<Effort | null>>;
  /** The strength log by `entryKey`. */
  log: Record<string, Stamped<StrengthEntry>>;
  /**
   * Sessions the runner removed (undo), by `entryKey`: when. An entry edited before this is gone; one edited in the
   * same second is kept (an edit and a removal that close together in two browsers: keep the session).
   */
  gone: Record<string, EditTime>;
}

/** The part of HardDay's stored state that syncs (runs stay on each computer: they are read again from the sites). */
export interface SyncedState {
  settings: Settings;
  prefs: Prefs;
  overrides: Record<string, Effort>;
  log: StrengthEntry[];
}

export const EMPTY_DOC: SyncDoc = { settings: null, prefs: null, fixes: {}, log: {}, gone: {} };

/** Removals and cleared corrections are remembered this long, then forgotten (a browser offline longer may bring a removed session back). */
export const FORGET_REMOVALS_AFTER_S = 365 * 86_400;

export const toSeconds = (ms: number): EditTime => Math.floor(ms / 1000);

/** The edit time of an entry first seen as it was logged: the time it was logged. */
export const loggedAt = (entry: StrengthEntry): EditTime => {
  const ms = Date.parse(entry.date);
  return Number.isNaN(ms) ? 0 : toSeconds(ms);
};

/** The later of two stamped values; equal times fall to a fixed order, so both browsers choose the same. */
function later<T>(
  a: Stamped<T>,
  b: Stamped<T>,
  tie: (a: T, b: T) => T = (x, y) => (canonical(x) >= canonical(y) ? x : y),
): Stamped<T> {
  if (a.t !== b.t) return a.t > b.t ? a : b;
  const v = tie(a.v, b.v);
  return v === a.v ? a : b;
}

function laterOrNull<T>(a: Stamped<T> | null, b: Stamped<T> | null): Stamped<T> | null {
  if (!a || !b) return a ?? b;
  return later(a, b);
}

function joinRecords<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  pick: (a: T, b: T) => T,
): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [k, theirs] of Object.entries(b)) {
    const own = out[k];
    out[k] = own === undefined ? theirs : pick(own, theirs);
  }
  return out;
}

/** Drops entries a removal outdates (they are invisible whichever doc they come from). */
function withoutRemoved(log: SyncDoc['log'], gone: SyncDoc['gone']): SyncDoc['log'] {
  const out: SyncDoc['log'] = {};
  for (const [k, entry] of Object.entries(log)) {
    const removedAt = gone[k];
    if (removedAt === undefined || entry.t >= removedAt) out[k] = entry;
  }
  return out;
}

/** Everything either doc holds, the newer edit of each piece. */
export function joinDocs(a: SyncDoc, b: SyncDoc): SyncDoc {
  const gone = joinRecords(a.gone, b.gone, Math.max);
  return {
    settings: laterOrNull(a.settings, b.settings),
    prefs: laterOrNull(a.prefs, b.prefs),
    fixes: joinRecords(a.fixes, b.fixes, (x, y) => later(x, y)),
    log: withoutRemoved(
      joinRecords(a.log, b.log, (x, y) => later(x, y, newerEntry)),
      gone,
    ),
    gone,
  };
}

/** A new edit time for a piece last edited at `before`: now, but never at or before the last edit (clocks differ). */
const editTime = (now: EditTime, before: EditTime | undefined) => Math.max(now, (before ?? -1) + 1);

function stampValue<T>(
  value: T,
  known: Stamped<T> | null | undefined,
  joined: boolean,
  now: EditTime,
): Stamped<T> {
  if (known && sameJson(known.v, value)) return known;
  // Before this browser joined sync its values have no edit time: what sync already holds wins a disagreement.
  return { v: value, t: joined ? editTime(now, known?.t) : 0 };
}

/**
 * This browser's state as a doc. `base` is the doc this browser last merged (null before it first joined sync): what
 * differs from it was edited here since, at `now`; what it held and the state no longer has was removed here.
 */
export function localDoc(state: SyncedState, base: SyncDoc | null, now: EditTime): SyncDoc {
  const joined = base !== null;
  const known = base ?? EMPTY_DOC;

  const fixes: SyncDoc['fixes'] = {};
  for (const [k, stamped] of Object.entries(known.fixes)) {
    // Cleared here (held before, gone now), or a clearing that came from sync.
    fixes[k] =
      stamped.v !== null && state.overrides[k] === undefined
        ? { v: null, t: editTime(now, stamped.t) }
        : stamped;
  }
  for (const [k, effort] of Object.entries(state.overrides))
    fixes[k] = stampValue<Effort | null>(effort, known.fixes[k], joined, now);

  const gone = { ...known.gone };
  const log: SyncDoc['log'] = {};
  const present = new Set<string>();
  for (const entry of state.log) {
    const k = entryKey(entry);
    present.add(k);
    const before = known.log[k];
    if (before && sameJson(before.v, entry)) log[k] = before;
    // Changed here (a rating added): edited now. New here: edited when it was logged, after any removal of its key.
    else if (before) log[k] = { v: entry, t: editTime(now, before.t) };
    else log[k] = { v: entry, t: Math.max(loggedAt(entry), (gone[k] ?? -1) + 1) };
  }
  for (const [k, before] of Object.entries(known.log)) {
    if (!present.has(k)) gone[k] = editTime(now, Math.max(before.t, gone[k] ?? -1));
  }

  return {
    settings: stampValue(state.settings, known.settings, joined, now),
    prefs: stampValue(state.prefs, known.prefs, joined, now),
    fixes,
    log,
    gone,
  };
}

/** The state a doc stands for; pieces the doc does not have yet are taken from `fallback` (this browser's own). */
export function docState(doc: SyncDoc, fallback: SyncedState): SyncedState {
  const overrides: Record<string, Effort> = {};
  // The store keeps MAX_OVERRIDES corrections: the newest edits, should two browsers together hold more.
  const set = Object.entries(doc.fixes).filter(([, stamped]) => stamped.v !== null);
  if (set.length > MAX_OVERRIDES) set.sort(([ka, a], [kb, b]) => b.t - a.t || (ka < kb ? -1 : 1));
  for (const [k, stamped] of set.slice(0, MAX_OVERRIDES)) overrides[k] = stamped.v!;
  return {
    settings: doc.settings?.v ?? fallback.settings,
    prefs: doc.prefs?.v ?? fallback.prefs,
    overrides,
    log: sortLog(Object.values(doc.log).map((stamped) => stamped.v)).slice(-MAX_LOG_ENTRIES),
  };
}

/** Forgets removals and cleared corrections older than FORGET_REMOVALS_AFTER_S. */
export function forgetOldRemovals(doc: SyncDoc, now: EditTime): SyncDoc {
  const since = now - FORGET_REMOVALS_AFTER_S;
  return {
    ...doc,
    fixes: Object.fromEntries(Object.entries(doc.fixes).filter(([, s]) => s.v !== null || s.t >= since)),
    gone: Object.fromEntries(Object.entries(doc.gone).filter(([, t]) => t >= since)),
  };
}
