// Import without losing data: what a file would change (the preview) and the merge of a file into what HardDay holds.
// Pure (no storage). Runs, strength sessions and corrections are united by key; for a key on both sides the newer
// edit wins: a session's own date says when it was logged, while runs and corrections carry no edit time, so the side
// that was current later (the stored state now, the file when it was exported) wins them, its fields over the other
// side's (a field only one side has is kept). Settings and preferences are the runner's explicit choice.
import { runKey } from '../core/runs';
import type { Effort, Run, Settings, StrengthEntry } from '../core/types';
import { sameJson } from './same-json';
import { MAX_QUARANTINE, type Prefs, type Quarantine } from './schemas';

/** Everything an import reads or writes. */
export interface ImportState {
  settings: Settings;
  prefs: Prefs;
  runs: Run[];
  strengthLog: StrengthEntry[];
  overrides: Record<string, Effort>;
  quarantine: Quarantine;
}

/** One side of a merge and when it was last current (ms): the stored state now, a file when it was exported. */
export interface MergeSide {
  state: ImportState;
  at: number;
}

export type ImportMode = 'merge' | 'replace';
/** Whose settings and preferences a merge keeps. */
export type SettingsChoice = 'mine' | 'file';

/** JSON with sorted keys: a total order for ties that does not depend on which side came first. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A log entry's identity: the run it followed, or when it was logged and which session (as `logStrength` keeps). */
export function entryKey(entry: StrengthEntry): string {
  return entry.runId ? `run:${entry.runId}` : `at:${entry.date}|${entry.sessionId}`;
}

/** The newer of two entries for one key: the later date, then the one with a rating, then a fixed order. */
export function newerEntry(a: StrengthEntry, b: StrengthEntry): StrengthEntry {
  const byDate = Date.parse(a.date) - Date.parse(b.date);
  if (byDate !== 0) return byDate > 0 ? a : b;
  if ((a.rpe === undefined) !== (b.rpe === undefined)) return a.rpe === undefined ? b : a;
  return canonical(a) >= canonical(b) ? a : b;
}

/** `older` with every field `newer` has set replaced by newer's (nested objects and laps whole). */
function overlay<T extends object>(older: T, newer: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(older)) if (v !== undefined) out[k] = v;
  for (const [k, v] of Object.entries(newer)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** Which of two copies counts as newer when both sides are equally recent: a fixed order, whichever came first. */
const firstWinsTie = (a: unknown, b: unknown) => canonical(a) >= canonical(b);

function byKey<T>(list: readonly T[], key: (item: T) => string, pick: (a: T, b: T) => T): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) {
    const k = key(item);
    const known = map.get(k);
    map.set(k, known === undefined ? item : pick(known, item));
  }
  return map;
}

/** Runs newest first (ties by key), as the store keeps them. */
export function sortRuns(runs: Run[]): Run[] {
  return runs.sort((a, b) => Date.parse(b.start) - Date.parse(a.start) || (runKey(a) < runKey(b) ? -1 : 1));
}

/** Log entries in the order they were logged (ties by key). */
export function sortLog(log: StrengthEntry[]): StrengthEntry[] {
  return log.sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || (entryKey(a) < entryKey(b) ? -1 : 1));
}

/**
 * The union of two sides: no run, session or correction present on either side is dropped. Commutative in the data
 * (swapping the sides and the settings choice gives the same result) and idempotent (merging the result with either
 * side again changes nothing). Runs are not compacted here: the repository compacts what it writes.
 */
export function mergeStates(mine: MergeSide, file: MergeSide, settings: SettingsChoice): ImportState {
  const tie = mine.at === file.at;
  const mineNewer = mine.at > file.at;
  // For a key on both sides: does mine's copy win?
  const mineWins = (a: unknown, b: unknown) => (tie ? firstWinsTie(a, b) : mineNewer);

  const mineRuns = byKey(mine.state.runs, runKey, (a, b) =>
    firstWinsTie(a, b) ? overlay(b, a) : overlay(a, b),
  );
  const fileRuns = byKey(file.state.runs, runKey, (a, b) =>
    firstWinsTie(a, b) ? overlay(b, a) : overlay(a, b),
  );
  const runs = new Map(mineRuns);
  for (const [k, theirs] of fileRuns) {
    const own = runs.get(k);
    if (!own) runs.set(k, theirs);
    else if (!sameJson(own, theirs))
      runs.set(k, mineWins(own, theirs) ? overlay(theirs, own) : overlay(own, theirs));
  }

  const log = byKey([...mine.state.strengthLog, ...file.state.strengthLog], entryKey, newerEntry);

  const overrides: Record<string, Effort> = { ...file.state.overrides };
  for (const [k, effort] of Object.entries(mine.state.overrides)) {
    const theirs = overrides[k];
    overrides[k] = theirs === undefined || theirs === effort || mineWins(effort, theirs) ? effort : theirs;
  }

  const seen = new Set<string>();
  const quarantine = [...mine.state.quarantine, ...file.state.quarantine]
    .filter((entry) => {
      const k = canonical(entry);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(-MAX_QUARANTINE);

  const chosen = settings === 'mine' ? mine.state : file.state;
  return {
    settings: chosen.settings,
    prefs: chosen.prefs,
    runs: sortRuns([...runs.values()]),
    strengthLog: sortLog([...log.values()]),
    overrides,
    quarantine,
  };
}

/** How the file's items relate to what HardDay holds. */
export interface ItemCounts {
  /** In the file only: an import adds them. */
  new: number;
  /** On both sides, identical. */
  same: number;
  /** On both sides, different: a merge keeps the newer edit. */
  conflicting: number;
  /** Held now, not in the file: a merge keeps them, "replace everything" drops them. */
  onlyMine: number;
}

function counts<T>(mine: Map<string, T>, file: Map<string, T>): ItemCounts {
  const out: ItemCounts = { new: 0, same: 0, conflicting: 0, onlyMine: 0 };
  for (const [k, theirs] of file) {
    const own = mine.get(k);
    if (own === undefined) out.new += 1;
    else if (sameJson(own, theirs)) out.same += 1;
    else out.conflicting += 1;
  }
  for (const k of mine.keys()) if (!file.has(k)) out.onlyMine += 1;
  return out;
}

/** What the options page shows before anything is written. */
export interface ImportPreview {
  exportedAt: string;
  runs: ItemCounts;
  sessions: ItemCounts;
  corrections: ItemCounts;
  /** Names of the settings and preferences whose value in the file differs from the one in use. */
  settingsDiffer: string[];
  /** The first and last day of the file's runs and sessions (YYYY-MM-DD), or null for a file without any. */
  range: { from: string; to: string } | null;
  /** What an import adjusts on the way in (e.g. a weekly target outside 1–3). */
  notes: string[];
}

export function previewImport(
  mine: ImportState,
  file: ImportState,
  exportedAt: string,
  notes: string[],
): ImportPreview {
  const keep = <T>(a: T) => a;
  const differ = (a: object, b: object) =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((k) => !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      .sort();
  const days = [...file.runs.map((run) => run.start), ...file.strengthLog.map((entry) => entry.date)]
    .filter((d) => !Number.isNaN(Date.parse(d)))
    .map((d) => new Date(Date.parse(d)).toISOString().slice(0, 10))
    .sort();
  return {
    exportedAt,
    runs: counts(byKey(mine.runs, runKey, keep), byKey(file.runs, runKey, keep)),
    sessions: counts(byKey(mine.strengthLog, entryKey, keep), byKey(file.strengthLog, entryKey, keep)),
    corrections: counts(new Map(Object.entries(mine.overrides)), new Map(Object.entries(file.overrides))),
    settingsDiffer: [...differ(mine.settings, file.settings), ...differ(mine.prefs, file.prefs)],
    range: days.length ? { from: days[0]!, to: days.at(-1)! } : null,
    notes,
  };
}
