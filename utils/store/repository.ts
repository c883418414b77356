import * as v from 'valibot';
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
import { createStoredItems, type ValidatedItem } from './items';
import { sameJson } from './same-json';
import {
  MAX_LOG_ENTRIES,
  MAX_QUARANTINE,
  MAX_STORED_RUNS,
  OverridesSchema,
  PrefsSchema,
  SettingsSchema,
  StrictSettingsSchema,
  type Prefs,
} from './schemas';
import { readStoredState, type StoredState } from './snapshot';

export type { ExportFile, ImportOutcome } from './export-file';

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

  return {
    /** The stored items, for reading (bookkeeping such as list syncs and reminders sent, and watching). */
    items,

    /** The stored state after every write queued so far, read and validated once until something changes it. */
    readSnapshot: (): Promise<StoredState> => queue.then(currentState),

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

    /** `null` in a patch clears an optional setting (race date, sessions per week): messages cannot carry undefined. */
    updateSettings(patch: { [K in keyof Settings]?: Settings[K] | null }): Promise<Settings> {
      return serialized(async () => {
        const merged: Record<string, unknown> = { ...(await settingsItem.get()), ...patch };
        for (const key of Object.keys(merged))
          if (merged[key] === null || merged[key] === undefined) delete merged[key];
        if (!v.is(StrictSettingsSchema, merged)) throw new Error('Those settings are not valid.');
        const next = v.parse(SettingsSchema, merged);
        await settingsItem.set(next);
        return next;
      });
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
    recordRuns(incoming: Run[]): Promise<boolean> {
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

    importAll(data: unknown): Promise<ImportOutcome> {
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
    },

    resetAll(): Promise<void> {
      return serialized(async () => {
        const all = [...ALL_ITEMS, ...BOOKKEEPING_ITEMS, quarantineItem] as readonly ValidatedItem<unknown>[];
        await storage.setItems(all.map((item) => ({ key: item.key, value: item.fallback })));
      });
    },
  };
}

export type Repository = ReturnType<typeof createRepository>;
