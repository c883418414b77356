import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { clampSessionsPerWeek } from '../core/plan';
import { runKey } from '../core/runs';
import type { Effort, Run, Settings, StrengthEntry } from '../core/types';
import {
  listSyncItem,
  overridesItem,
  prefsItem,
  quarantineItem,
  runsItem,
  settingsItem,
  strengthLogItem,
  ALL_ITEMS,
  BOOKKEEPING_ITEMS,
  type ValidatedItem,
} from './items';
import {
  MAX_LOG_ENTRIES,
  MAX_STORED_RUNS,
  OverridesSchema,
  PrefsSchema,
  ImportSettingsSchema,
  MAX_QUARANTINE,
  QuarantineSchema,
  RunSchema,
  SettingsSchema,
  StrengthEntrySchema,
  StrictSettingsSchema,
  type Prefs,
} from './schemas';
import { sameJson } from './same-json';
import { readStoredState, type StoredState } from './snapshot';

// The background is the only writer. Every write runs through one queue so that two tabs and the popup writing
// at the same moment never overwrite each other's changes (read-modify-write is never interleaved).
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(
  work: () => Promise<T>,
  options: {
    /**
     * Whether the finished work changed the stored state (settings, prefs, runs, log, overrides). Without it, the
     * work always changes it; with it, the work calls `beforeStateWrite` itself before it writes state.
     */
    changedState?: (result: T) => boolean;
  } = {},
): Promise<T> {
  const run = options.changedState ? work : () => beforeStateWrite().then(work);
  const next = queue.then(run, run).then(
    (result) => {
      if (options.changedState?.(result) ?? true) snapshot = null;
      return result;
    },
    (error: unknown) => {
      snapshot = null; // a failed write may have changed part of the state
      throw error;
    },
  );
  queue = next.catch(() => undefined);
  return next;
}

// The background's last validated read of the state. Reading and validating a year of runs takes milliseconds the
// popup and the card would otherwise wait for on every message. A write that changed the state drops it when it
// finishes (inside the queue, so no later reader can miss the change), and so does a change of a state item from
// outside the queue. Consumers treat the state as read-only.
let snapshot: Promise<StoredState> | null = null;

/** Inside the queue: every earlier write has finished, so the snapshot (or a fresh read) is current. */
function currentState(): Promise<StoredState> {
  if (!snapshot) {
    const reading = readStoredState();
    snapshot = reading;
    reading.catch(() => {
      if (snapshot === reading) snapshot = null;
    });
  }
  return snapshot;
}

/** The stored state after every write queued so far, read and validated once until something changes it. */
export function readSnapshot(): Promise<StoredState> {
  return queue.then(currentState);
}

let generation = 0;
/** Counts changes of the stored state (begun ones included): a value computed at one count is stale at another. */
export function stateGeneration(): number {
  return generation;
}

let beforeStateWriteHook: () => Promise<void> = () => Promise.resolve();
function beforeStateWrite(): Promise<void> {
  generation += 1;
  return beforeStateWriteHook();
}

/**
 * Runs `hook` (and waits for it) before every write that changes the stored state: the background forgets the popup
 * views it computed from the state about to change, so no popup can show one after the change.
 */
export function onBeforeStateWrite(hook: () => Promise<void>): void {
  beforeStateWriteHook = () => hook().catch((error: unknown) => console.warn('[HardDay]', error));
}

/** Drops the snapshot, e.g. when storage changed from outside the queue (another extension context, devtools). */
export function forgetSnapshot(): void {
  generation += 1;
  snapshot = null;
}

/** Repairs every stored item that fails its schema, keeping a copy of what was there. Returns the repaired keys. */
export function repairStorage(now: Date): Promise<string[]> {
  return serialized(
    async () => {
      const repaired: string[] = [];
      const quarantine = await quarantineItem.inspect();
      if (quarantine.repaired) await quarantineItem.set(quarantine.value);
      for (const item of BOOKKEEPING_ITEMS as readonly ValidatedItem<unknown>[]) {
        const { value, repaired: needed } = await item.inspect();
        if (needed) await item.set(value);
      }
      for (const item of ALL_ITEMS as readonly ValidatedItem<unknown>[]) {
        const { value, raw, repaired: needed } = await item.inspect();
        if (!needed) continue;
        if (repaired.length === 0) await beforeStateWrite();
        repaired.push(item.key);
        const kept = await quarantineItem.get();
        await quarantineItem.set([
          ...kept.slice(-(MAX_QUARANTINE - 1)),
          { key: item.key, at: now.toISOString(), value: raw },
        ]);
        await item.set(value);
        console.info(`[HardDay] repaired stored ${item.key}; the unreadable value is kept for export`);
      }
      return repaired;
    },
    { changedState: (repaired) => repaired.length > 0 },
  );
}

/** `null` in a patch clears an optional setting (race date, sessions per week): messages cannot carry undefined. */
export function updateSettings(patch: { [K in keyof Settings]?: Settings[K] | null }): Promise<Settings> {
  return serialized(async () => {
    const merged: Record<string, unknown> = { ...(await settingsItem.get()), ...patch };
    for (const key of Object.keys(merged))
      if (merged[key] === null || merged[key] === undefined) delete merged[key];
    if (!v.is(StrictSettingsSchema, merged)) throw new Error('Those settings are not valid.');
    const next = v.parse(SettingsSchema, merged);
    await settingsItem.set(next);
    return next;
  });
}

export function updatePrefs(patch: Partial<Prefs>): Promise<Prefs> {
  return serialized(async () => {
    const next = v.parse(PrefsSchema, { ...(await prefsItem.get()), ...patch });
    await prefsItem.set(next);
    return next;
  });
}

function richness(run: Run): number {
  return (
    (run.laps?.length ? 4 : 0) + (run.ownedByViewer === undefined ? 0 : 2) + Object.keys(run).length / 100
  );
}

/** The stored record for `run` after merging it into what is known: a thinner copy never replaces more detail. */
function mergedRun(known: Run | undefined, run: Run): Run {
  return known && richness(known) > richness(run)
    ? { ...run, ...known, title: run.title }
    : { ...known, ...run };
}

/**
 * Adds or refreshes runs. Revisiting a run HardDay already holds as it is (most page visits, every list refresh)
 * writes nothing, so no context is told that storage changed and the background's snapshot stays valid.
 */
export function recordRuns(incoming: Run[]): Promise<boolean> {
  return serialized(
    async () => {
      const byKey = new Map((await currentState()).runs.map((run) => [runKey(run), run]));
      let changed = false;
      for (const run of incoming) {
        const known = byKey.get(runKey(run));
        const merged = mergedRun(known, run);
        if (known && sameJson(merged, known)) continue;
        byKey.set(runKey(run), merged);
        changed = true;
      }
      if (!changed) return false;
      await beforeStateWrite();
      const next = [...byKey.values()]
        .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))
        .slice(0, MAX_STORED_RUNS);
      await runsItem.set(next);
      return true;
    },
    { changedState: (changed) => changed },
  );
}

export function logStrength(entry: StrengthEntry): Promise<StrengthEntry[]> {
  return serialized(async () => {
    const log = (await strengthLogItem.get()).filter(
      (e) =>
        !(entry.runId && e.runId === entry.runId) &&
        !(e.date === entry.date && e.sessionId === entry.sessionId),
    );
    const next = [...log, entry].slice(-MAX_LOG_ENTRIES);
    await strengthLogItem.set(next);
    return next;
  });
}

/**
 * Sets how hard a logged session felt (1–10) on its entry, found by the date and session it was logged with.
 * Returns false, writing nothing, when no such entry is in the log (e.g. it was undone meanwhile).
 */
export function setStrengthRpe(date: string, sessionId: string, rpe: number): Promise<boolean> {
  return serialized(
    async () => {
      const log = await strengthLogItem.get();
      const index = log.findLastIndex((e) => e.date === date && e.sessionId === sessionId);
      if (index < 0 || log[index]!.rpe === rpe) return false;
      await beforeStateWrite();
      await strengthLogItem.set(log.map((e, i) => (i === index ? { ...e, rpe } : e)));
      return true;
    },
    { changedState: (changed) => changed },
  );
}

export function removeStrengthEntry(runId: string): Promise<StrengthEntry[]> {
  return serialized(async () => {
    const next = (await strengthLogItem.get()).filter((e) => e.runId !== runId);
    await strengthLogItem.set(next);
    return next;
  });
}

export function markListSynced(site: 'strava' | 'garmin', now: Date): Promise<void> {
  return serialized(
    async () => {
      await listSyncItem.set({ ...(await listSyncItem.get()), [site]: now.toISOString() });
    },
    { changedState: () => false },
  );
}

export function setOverride(runKey: string, effort: Effort | null): Promise<Record<string, Effort>> {
  return serialized(async () => {
    const next = { ...(await overridesItem.get()) };
    if (effort) next[runKey] = effort;
    else delete next[runKey];
    await overridesItem.set(v.parse(OverridesSchema, next));
    return next;
  });
}

export const EXPORT_FORMAT = 'hardday-export';
export const EXPORT_VERSION = 1;

export const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(EXPORT_VERSION)),
  exportedAt: v.string(),
  settings: ImportSettingsSchema,
  prefs: PrefsSchema,
  // An import is all or nothing: one unreadable run or entry rejects the file rather than vanishing quietly.
  runs: v.pipe(v.array(RunSchema), v.maxLength(MAX_STORED_RUNS)),
  strengthLog: v.pipe(v.array(StrengthEntrySchema), v.maxLength(MAX_LOG_ENTRIES)),
  overrides: OverridesSchema,
  quarantine: v.optional(QuarantineSchema),
});
export type ExportFile = v.InferOutput<typeof ExportSchema>;

export async function exportAll(now: Date): Promise<ExportFile> {
  await queue;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    settings: await settingsItem.get(),
    prefs: await prefsItem.get(),
    runs: await runsItem.get(),
    strengthLog: await strengthLogItem.get(),
    overrides: await overridesItem.get(),
    quarantine: await quarantineItem.get(),
  };
}

const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** More values than a full export of HardDay's limits can hold: such a file is refused unread. */
const MAX_IMPORT_NODES = 500_000;

/**
 * Whether any object at any depth carries a key that could reach a prototype when merged or copied, or the file
 * is larger than any real export. An explicit stack, so deeply nested input cannot overflow the call stack.
 */
function hasPollutingKeyOrTooLarge(data: unknown): boolean {
  const stack: unknown[] = [data];
  let visited = 0;
  while (stack.length) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (++visited > MAX_IMPORT_NODES) return true;
    for (const key of Object.keys(value)) {
      if (POLLUTING_KEYS.has(key)) return true;
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/** What an import did, in sentences for the options page: `notes` says what was adjusted on the way in. */
export type ImportOutcome = { ok: true; notes?: string[] } | { ok: false; message: string };

/**
 * Brings imported settings to what HardDay keeps: sessions per week outside 1–3 (older versions allowed 0–7, and
 * files get edited by hand) is clamped, and the returned note says so.
 */
function clampImportedSettings(settings: ExportFile['settings']): { settings: Settings; notes: string[] } {
  const asked = settings.sessionsPerWeek;
  const kept = clampSessionsPerWeek(asked);
  if (asked === undefined || kept === asked) return { settings: settings as Settings, notes: [] };
  return {
    settings: { ...settings, sessionsPerWeek: kept },
    notes: [
      `The file asked for ${asked} strength session${asked === 1 ? '' : 's'} a week; HardDay plans 1 to 3, so it is set to ${kept}.`,
    ],
  };
}

/** Checks a file without touching storage; returns a sentence the runner can act on when it is unusable. */
export function validateImport(
  data: unknown,
): { ok: true; file: ExportFile; settings: Settings; notes: string[] } | { ok: false; message: string } {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, message: 'This file is not a HardDay export.' };
  }
  if (hasPollutingKeyOrTooLarge(data))
    return { ok: false, message: 'This export contains data HardDay never writes. Nothing was changed.' };
  const result = v.safeParse(ExportSchema, data);
  if (result.success)
    return { ok: true, file: result.output, ...clampImportedSettings(result.output.settings) };
  const where = v.getDotPath(result.issues[0]) ?? 'the file';
  return { ok: false, message: `This export cannot be read (problem at ${where}). Nothing was changed.` };
}

export function importAll(data: unknown): Promise<ImportOutcome> {
  const checked = validateImport(data);
  if (!checked.ok) return Promise.resolve(checked);
  const { file, settings, notes } = checked;
  return serialized(async () => {
    // One storage write: either the whole file lands or nothing changes.
    await storage.setItems([
      { key: settingsItem.key, value: v.parse(SettingsSchema, settings) },
      { key: prefsItem.key, value: file.prefs },
      { key: runsItem.key, value: file.runs },
      { key: strengthLogItem.key, value: file.strengthLog },
      { key: overridesItem.key, value: file.overrides },
      { key: quarantineItem.key, value: file.quarantine ?? [] },
    ]);
    return notes.length ? { ok: true as const, notes } : { ok: true as const };
  });
}

export function resetAll(): Promise<void> {
  return serialized(async () => {
    const items = [...ALL_ITEMS, ...BOOKKEEPING_ITEMS, quarantineItem] as readonly ValidatedItem<unknown>[];
    await storage.setItems(items.map((item) => ({ key: item.key, value: item.fallback })));
  });
}
