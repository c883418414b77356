import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { runKey } from '../core/runs';
import type { Effort, Run, Settings, SiteId, StrengthEntry } from '../core/types';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  validateImport,
  type ExportFile,
  type ImportOutcome,
} from './export-file';
import { compactRun, compactionCutoff, compactRuns } from './compact';
import {
  LOCAL_QUOTA_BYTES,
  UNDO_KEYS,
  estimateBytes,
  storageStatusOf,
  undoAvailable,
  undoUntil,
  type StorageStatus,
} from './import-undo';
import { createStoredItems, type ValidatedItem } from './items';
import {
  mergeStates,
  previewImport,
  sortRuns,
  type ImportMode,
  type ImportPreview,
  type ImportState,
  type SettingsChoice,
} from './merge';
import { sameJson } from './same-json';
import {
  MAX_LOG_ENTRIES,
  MAX_OVERRIDES,
  MAX_QUARANTINE,
  MAX_STORED_RUNS,
  OverridesSchema,
  PrefsSchema,
  SettingsSchema,
  StrictSettingsSchema,
  type Prefs,
} from './schemas';
import { readStoredState, type StoredState } from './snapshot';
import type { SyncArea } from './sync/area';
import { SYNC_BUDGET_SHARE } from './sync/quota';
import type { SyncStatus } from './sync/status';
import { syncStep } from './sync/step';

export type { ExportFile, ImportOutcome } from './export-file';
export type { ImportMode, ImportPreview, SettingsChoice } from './merge';

/** What one sync did: whether it ran (sync on), merged something into this browser, wrote sync storage. */
export interface SyncRun {
  ran: boolean;
  changedLocal: boolean;
  wroteSync: boolean;
  problem?: SyncStatus['problem'];
}

/** What the options page shows about the data: until when the last import can be undone, how full storage is. */
export interface DataStatus {
  undoUntil: string | null;
  storage: StorageStatus;
}
export type PreviewOutcome = { ok: true; preview: ImportPreview } | { ok: false; message: string };
export type UndoOutcome = { ok: true } | { ok: false; message: string };

function richness(run: Run): number {
  return (
    (run.laps?.length ? 4 : 0) + (run.ownedByViewer === undefined ? 0 : 2) + Object.keys(run).length / 100
  );
}

/** A checked file as the state it would write (settings already brought into range). */
function fileState(file: ExportFile, settings: Settings): ImportState {
  return {
    settings: v.parse(SettingsSchema, settings),
    prefs: file.prefs,
    runs: file.runs,
    strengthLog: file.strengthLog,
    overrides: file.overrides,
    quarantine: file.quarantine ?? [],
  };
}

/** The stored record for `run` after merging it into what is known: a thinner copy never replaces more detail. */
function mergedRun(known: Run | undefined, run: Run): Run {
  return known && richness(known) > richness(run)
    ? { ...run, ...known, title: run.title }
    : { ...known, ...run };
}

/**
 * The only writer of HardDay's data, owned by the background (one per worker start; defining its items runs their
 * migrations). Its write queue, snapshot, generation count and write hook belong to the instance, so two instances
 * (tests, or a worker restart) never share a half-finished write.
 */
export function createRepository() {
  const items = createStoredItems();
  const {
    settingsItem,
    prefsItem,
    runsItem,
    strengthLogItem,
    overridesItem,
    quarantineItem,
    listSyncItem,
    importUndoItem,
    storageStatusItem,
    syncItem,
    syncBaseItem,
    ALL_ITEMS,
    BOOKKEEPING_ITEMS,
  } = items;

  // Every write runs through one queue so that two tabs and the popup writing at the same moment never overwrite
  // each other's changes (read-modify-write is never interleaved).
  let queue: Promise<unknown> = Promise.resolve();
  // The last validated read of the state. Reading and validating a year of runs takes milliseconds the popup and the
  // card would otherwise wait for on every message. A write that changed the state drops it when it finishes (inside
  // the queue, so no later reader can miss the change), and so does a change of a state item from outside the queue.
  // Consumers treat the state as read-only.
  let snapshot: Promise<StoredState> | null = null;
  // Counts changes of the stored state (begun ones included): a value computed at one count is stale at another.
  let generation = 0;
  let beforeStateWriteHook: () => Promise<void> = () => Promise.resolve();

  function beforeStateWrite(): Promise<void> {
    generation += 1;
    return beforeStateWriteHook();
  }

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

  /** Inside the queue: every earlier write has finished, so the snapshot (or a fresh read) is current. */
  function currentState(): Promise<StoredState> {
    if (!snapshot) {
      const reading = readStoredState(items);
      snapshot = reading;
      reading.catch(() => {
        if (snapshot === reading) snapshot = null;
      });
    }
    return snapshot;
  }

  /** What an import reads of the stored state: the validated data and the quarantine. */
  async function importState(): Promise<ImportState> {
    const state = await currentState();
    return {
      settings: state.settings,
      prefs: state.prefs,
      runs: state.runs,
      strengthLog: state.log,
      overrides: state.overrides,
      quarantine: await quarantineItem.get(),
    };
  }

  const repository = {
    /** The stored items, for reading (bookkeeping such as list syncs and reminders sent, and watching). */
    items,

    /** The stored state after every write queued so far, read and validated once until something changes it. */
    readSnapshot: (): Promise<StoredState> => queue.then(currentState),

    /**
     * The last validated state without waiting for the writes still queued (the same as `readSnapshot` when there is
     * none). Only for answers that merge in what those writes bring anyway and are asked again once storage changes:
     * the card merges the page's run into the stored ones, so it need not wait while that run is being stored.
     */
    peekSnapshot: (): Promise<StoredState> => snapshot ?? queue.then(currentState),

    stateGeneration: (): number => generation,

    /**
     * Runs `hook` (and waits for it) before every write that changes the stored state: the background forgets the
     * popup views it computed from the state about to change, so no popup can show one after the change.
     */
    onBeforeStateWrite(hook: () => Promise<void>): void {
      beforeStateWriteHook = () => hook().catch((error: unknown) => console.warn('[HardDay]', error));
    },

    /** Drops the snapshot, e.g. when storage changed from outside the queue (another extension context, devtools). */
    forgetSnapshot(): void {
      generation += 1;
      snapshot = null;
    },

    /** Repairs every stored item that fails its schema, keeping a copy of what was there. Returns the repaired keys. */
    repairStorage(now: Date): Promise<string[]> {
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
    },

    /**
     * The runner's own changes. `null` in a patch clears an optional setting (race date, sessions per week): messages
     * cannot carry undefined. A first day of the week set here is the runner's choice, which no site replaces.
     */
    updateSettings(patch: { [K in keyof Settings]?: Settings[K] | null }): Promise<Settings> {
      return serialized(async () => {
        const merged: Record<string, unknown> = { ...(await settingsItem.get()), ...patch };
        for (const key of Object.keys(merged))
          if (merged[key] === null || merged[key] === undefined) delete merged[key];
        if (!v.is(StrictSettingsSchema, merged)) throw new Error('Those settings are not valid.');
        const next = v.parse(SettingsSchema, merged);
        await settingsItem.set(next);
        if (patch.weekStartsOn !== undefined && patch.weekStartsOn !== null) {
          const prefs = await prefsItem.get();
          if (prefs.weekStartFrom !== 'runner') await prefsItem.set({ ...prefs, weekStartFrom: 'runner' });
        }
        return next;
      });
    },

    /**
     * The first day of the week of the runner's account on `site` (Garmin's own setting), used while the runner has
     * not chosen one in the options. Writes only when it changes something; true when it did.
     */
    applySiteWeekStart(site: 'garmin', weekStartsOn: Settings['weekStartsOn']): Promise<boolean> {
      return serialized(
        async () => {
          const prefs = await prefsItem.get();
          if (prefs.weekStartFrom === 'runner') return false;
          const settings = await settingsItem.get();
          if (settings.weekStartsOn === weekStartsOn && prefs.weekStartFrom === site) return false;
          await beforeStateWrite();
          await settingsItem.set({ ...settings, weekStartsOn });
          await prefsItem.set({ ...prefs, weekStartFrom: site });
          return true;
        },
        { changedState: (changed) => changed },
      );
    },

    updatePrefs(patch: Partial<Prefs>): Promise<Prefs> {
      return serialized(async () => {
        const next = v.parse(PrefsSchema, { ...(await prefsItem.get()), ...patch });
        await prefsItem.set(next);
        return next;
      });
    },

    /**
     * Adds or refreshes runs. Revisiting a run HardDay already holds as it is (most page visits, every list refresh)
     * writes nothing, so no context is told that storage changed and the snapshot stays valid.
     */
    recordRuns(incoming: Run[], now: Date = new Date()): Promise<boolean> {
      return serialized(
        async () => {
          const known = (await currentState()).runs;
          const byKey = new Map(known.map((run) => [runKey(run), run]));
          // A run older than the compaction cutoff is kept compacted (compact.ts), so a fresh read of an old run
          // that brings back its laps changes nothing.
          const cutoff = compactionCutoff([...known, ...incoming], now.getTime());
          let changed = false;
          for (const run of incoming) {
            const stored = byKey.get(runKey(run));
            const fresh = mergedRun(stored, run);
            const merged = Date.parse(fresh.start) < cutoff ? compactRun(fresh) : fresh;
            if (stored && sameJson(merged, stored)) continue;
            byKey.set(runKey(run), merged);
            changed = true;
          }
          if (!changed) return false;
          await beforeStateWrite();
          // The whole history is kept (MAX_STORED_RUNS is about 12 years of doubles); older runs are compacted.
          const next = compactRuns(sortRuns([...byKey.values()]), now.getTime()).slice(0, MAX_STORED_RUNS);
          await runsItem.set(next);
          return true;
        },
        { changedState: (changed) => changed },
      );
    },

    logStrength(entry: StrengthEntry): Promise<StrengthEntry[]> {
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
    },

    /**
     * Sets how hard a logged session felt (1–10) on its entry, found by the date and session it was logged with.
     * Returns false, writing nothing, when no such entry is in the log (e.g. it was undone meanwhile).
     */
    setStrengthRpe(date: string, sessionId: string, rpe: number): Promise<boolean> {
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
    },

    removeStrengthEntry(runId: string): Promise<StrengthEntry[]> {
      return serialized(async () => {
        const next = (await strengthLogItem.get()).filter((e) => e.runId !== runId);
        await strengthLogItem.set(next);
        return next;
      });
    },

    markListSynced(site: SiteId, now: Date): Promise<void> {
      return serialized(
        async () => {
          await listSyncItem.set({ ...(await listSyncItem.get()), [site]: now.toISOString() });
        },
        { changedState: () => false },
      );
    },

    setOverride(key: string, effort: Effort | null): Promise<Record<string, Effort>> {
      return serialized(async () => {
        const next = { ...(await overridesItem.get()) };
        if (effort) next[key] = effort;
        else delete next[key];
        await overridesItem.set(v.parse(OverridesSchema, next));
        return next;
      });
    },

    async exportAll(now: Date): Promise<ExportFile> {
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
    },

    /** What importing `data` would change, without writing anything. */
    previewImport(data: unknown): Promise<PreviewOutcome> {
      const checked = validateImport(data);
      if (!checked.ok) return Promise.resolve(checked);
      return queue.then(async () => {
        const { file, settings, notes } = checked;
        const mine = await importState();
        const theirs: ImportState = { ...fileState(file, settings) };
        return { ok: true as const, preview: previewImport(mine, theirs, file.exportedAt, notes) };
      });
    },

    /**
     * Imports a checked file: merged into what HardDay holds (the default of the options page: nothing held is
     * dropped, the newer edit wins, settings as the runner chose) or replacing everything. In the same single storage
     * write, the raw state before the import is kept for `undoImport` (7 days). Nothing changes for a bad file.
     */
    applyImport(
      data: unknown,
      choice: { mode: ImportMode; settings: SettingsChoice },
      now: Date = new Date(),
    ): Promise<ImportOutcome> {
      const checked = validateImport(data);
      if (!checked.ok) return Promise.resolve(checked);
      const { file, settings, notes } = checked;
      const theirs = fileState(file, settings);
      return serialized(
        async (): Promise<ImportOutcome> => {
          let next = theirs;
          if (choice.mode === 'merge') {
            const exported = Date.parse(file.exportedAt);
            const merged = mergeStates(
              { state: await importState(), at: now.getTime() },
              // A file dated later than now (another machine's clock) counts as just before now.
              { state: theirs, at: Number.isNaN(exported) ? 0 : Math.min(exported, now.getTime() - 1) },
              choice.settings,
            );
            next = { ...merged, runs: compactRuns(merged.runs, now.getTime()) };
            if (
              next.runs.length > MAX_STORED_RUNS ||
              next.strengthLog.length > MAX_LOG_ENTRIES ||
              Object.keys(next.overrides).length > MAX_OVERRIDES
            ) {
              return {
                ok: false,
                message: `Together with what HardDay holds, this file has more than it keeps (${MAX_STORED_RUNS} runs, ${MAX_LOG_ENTRIES} strength sessions). Nothing was changed.`,
              };
            }
          }
          await beforeStateWrite();
          const before = (await browser.storage.local.get([...UNDO_KEYS])) as Record<string, unknown>;
          const undo = {
            takenAt: now.toISOString(),
            until: undoUntil(now),
            values: Object.fromEntries(
              UNDO_KEYS.filter((k) => before[k] !== undefined).map((k) => [k, before[k]]),
            ),
            absent: UNDO_KEYS.filter((k) => before[k] === undefined),
          };
          // One storage write: either the whole file (and the undo snapshot) lands or nothing changes.
          await storage.setItems([
            { key: settingsItem.key, value: v.parse(SettingsSchema, next.settings) },
            { key: prefsItem.key, value: next.prefs },
            { key: runsItem.key, value: next.runs },
            { key: strengthLogItem.key, value: next.strengthLog },
            { key: overridesItem.key, value: next.overrides },
            { key: quarantineItem.key, value: next.quarantine },
            { key: importUndoItem.key, value: undo },
          ]);
          const kept = choice.mode === 'replace' || choice.settings === 'file' ? notes : [];
          return kept.length ? { ok: true as const, notes: kept } : { ok: true as const };
        },
        { changedState: (outcome) => outcome.ok },
      );
    },

    /** Replaces everything with the file (a restore; the pre-import state is kept for `undoImport`). */
    importAll(data: unknown, now: Date = new Date()): Promise<ImportOutcome> {
      return repository.applyImport(data, { mode: 'replace', settings: 'file' }, now);
    },

    /** Puts back exactly what storage held before the last import, if that was less than 7 days ago. */
    undoImport(now: Date = new Date()): Promise<UndoOutcome> {
      return serialized(
        async (): Promise<UndoOutcome> => {
          const undo = await importUndoItem.get();
          if (!undoAvailable(undo, now)) {
            if (undo) await importUndoItem.set(null);
            return { ok: false, message: 'There is no import to undo (an import can be undone for 7 days).' };
          }
          await beforeStateWrite();
          await browser.storage.local.set(undo.values);
          await browser.storage.local.remove([...undo.absent, 'importUndo']);
          return { ok: true };
        },
        { changedState: (outcome) => outcome.ok },
      );
    },

    /**
     * Until when the last import can be undone (an expired snapshot is dropped here), and how full storage is:
     * measured with getBytesInUse where the browser has it (Chrome), estimated from the JSON length elsewhere
     * (Firefox). The flag is stored for every context; it is written only when it changes noticeably.
     */
    dataStatus(now: Date = new Date()): Promise<DataStatus> {
      return serialized(
        async () => {
          const undo = await importUndoItem.get();
          if (undo && !undoAvailable(undo, now)) await importUndoItem.set(null);
          const local = browser.storage.local as typeof browser.storage.local & {
            getBytesInUse?: (keys: null) => Promise<number>;
            QUOTA_BYTES?: number;
          };
          let bytes: number | undefined;
          if (typeof local.getBytesInUse === 'function') {
            bytes = await local.getBytesInUse(null).catch(() => undefined);
          }
          const estimated = bytes === undefined;
          bytes ??= estimateBytes((await local.get(null)) as Record<string, unknown>);
          const quota =
            typeof local.QUOTA_BYTES === 'number' ? Math.max(local.QUOTA_BYTES, 1) : LOCAL_QUOTA_BYTES;
          const status = storageStatusOf(bytes, estimated, now, quota);
          const stored = await storageStatusItem.get();
          if (
            !stored ||
            stored.nearFull !== status.nearFull ||
            Math.abs(stored.bytesInUse - status.bytesInUse) > status.quotaBytes / 100
          ) {
            await storageStatusItem.set(status);
          }
          return { undoUntil: undoAvailable(undo, now) ? undo.until : null, storage: status };
        },
        { changedState: () => false },
      );
    },

    /**
     * Sync on or off for this browser. Off keeps every local value and stops reading and writing sync storage (what
     * is synced stays there for the other browsers); on again merges both ways.
     */
    setSyncOn(on: boolean): Promise<SyncStatus> {
      return serialized(
        async () => {
          const status = await syncItem.get();
          const next: SyncStatus = on ? { ...status, on } : { on };
          if (!sameJson(next, status)) await syncItem.set(next);
          return next;
        },
        { changedState: () => false },
      );
    },

    /**
     * One sync with the browser's sync storage when it is on (utils/store/sync/step.ts): what came from the other
     * browsers is merged into this one, and this one's edits are written out, only what differs. Runs in the write
     * queue, so no change made meanwhile is lost. A write the browser refuses (quota, write rate, sync off) is
     * recorded in the status and tried again at the next sync.
     */
    syncWith(area: SyncArea, now: Date = new Date()): Promise<SyncRun> {
      return serialized(
        async (): Promise<SyncRun> => {
          const status = await syncItem.get();
          if (!status.on) return { ran: false, changedLocal: false, wroteSync: false };
          const state = await currentState();
          const base = await syncBaseItem.get();
          const step = syncStep({
            local: {
              settings: state.settings,
              prefs: state.prefs,
              overrides: state.overrides,
              log: state.log,
            },
            base,
            remote: await area.get(),
            nowMs: now.getTime(),
            budgetBytes: Math.floor(area.quotaBytes * SYNC_BUDGET_SHARE),
          });
          const local = step.local;
          const changedLocal = Object.keys(local).length > 0;
          if (changedLocal) {
            await beforeStateWrite();
            await storage.setItems([
              ...(local.settings ? [{ key: settingsItem.key, value: local.settings }] : []),
              ...(local.prefs ? [{ key: prefsItem.key, value: local.prefs }] : []),
              ...(local.overrides ? [{ key: overridesItem.key, value: local.overrides }] : []),
              ...(local.log ? [{ key: strengthLogItem.key, value: local.log }] : []),
            ]);
          }
          if (step.base && !sameJson(step.base, base)) await syncBaseItem.set(step.base);

          let problem: SyncStatus['problem'] = step.problem;
          let wroteSync = false;
          try {
            if (Object.keys(step.set).length) {
              wroteSync = true;
              await area.set(step.set);
            }
            if (step.remove.length) {
              wroteSync = true;
              await area.remove(step.remove);
            }
          } catch (error) {
            console.warn('[HardDay] sync storage refused the write', error);
            problem = 'refused';
          }
          const next: SyncStatus = {
            on: true,
            lastSyncAt:
              changedLocal || wroteSync || !status.lastSyncAt ? now.toISOString() : status.lastSyncAt,
            ...(problem === 'newer-format' ? {} : { bytes: step.bytes, quotaBytes: area.quotaBytes }),
            ...(step.oldestMonth !== undefined
              ? { oldestMonth: step.oldestMonth, leftOut: step.leftOut }
              : {}),
            ...(problem ? { problem } : {}),
          };
          if (!sameJson(next, status)) await syncItem.set(next);
          return { ran: true, changedLocal, wroteSync, ...(problem ? { problem } : {}) };
        },
        { changedState: (run) => run.changedLocal },
      );
    },

    resetAll(): Promise<void> {
      return serialized(async () => {
        const all = [...ALL_ITEMS, ...BOOKKEEPING_ITEMS, quarantineItem] as readonly ValidatedItem<unknown>[];
        await storage.setItems(all.map((item) => ({ key: item.key, value: item.fallback })));
      });
    },
  };
  return repository;
}

export type Repository = ReturnType<typeof createRepository>;
