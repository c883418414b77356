import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  SITE_IDS,
  type Effort,
  type Run,
  type Settings,
  type SiteId,
  type StrengthEntry,
} from '../core/types';
import {
  DEFAULT_PREFS,
  LogSchema,
  OverridesSchema,
  PrefsSchema,
  QuarantineSchema,
  RunsSchema,
  migratePrefsToV2,
  migrateSettingsToV2,
  SettingsSchema,
  StrictLogSchema,
  StrictPrefsSchema,
  StrictRunsSchema,
  StrictSettingsSchema,
  type Prefs,
  type Quarantine,
} from './schemas';
import { migrateRunsToV2 } from './compact';
import { ImportUndoSchema, StorageStatusSchema, type ImportUndo, type StorageStatus } from './import-undo';
import type { SyncDoc } from './sync/doc';
import type { ExportedEvent } from '../core/calendar-ledger';
import { CalendarExportsSchema } from './calendar-exports';
import { SYNC_OFF, SyncBaseSchema, SyncStatusSchema, type SyncStatus } from './sync/status';

/** A stored value that is always read through its schema, so no context ever sees a broken shape. */
export interface ValidatedItem<T> {
  key: `local:${string}`;
  fallback: T;
  get(): Promise<T>;
  /** The raw value and whether it needed repair: the writer uses this to repair and keep a copy. */
  inspect(): Promise<{ value: T; raw: unknown; repaired: boolean }>;
  set(value: T): Promise<void>;
  watch(onChange: (value: T) => void): () => void;
}

/** One optional timestamp per site: a site added to SITE_IDS is kept, not stripped as an unknown key. */
const LIST_SYNC_FIELDS = Object.fromEntries(SITE_IDS.map((id) => [id, v.optional(v.string())])) as Record<
  SiteId,
  v.OptionalSchema<v.StringSchema<undefined>, undefined>
>;

function validatedItem<T>(
  key: `local:${string}`,
  schema: v.GenericSchema<unknown, T>,
  fallback: T,
  options: {
    strict?: v.GenericSchema;
    version?: number;
    migrations?: Record<number, (old: unknown) => unknown>;
  } = {},
): ValidatedItem<T> {
  const item = storage.defineItem<unknown>(key, {
    fallback,
    version: options.version ?? 1,
    migrations: options.migrations,
  });
  const parse = (raw: unknown) => {
    const result = v.safeParse(schema, raw);
    const value = result.success ? result.output : fallback;
    const repaired = !result.success || (options.strict ? !v.is(options.strict, raw) : false);
    return { value, raw, repaired };
  };
  return {
    key,
    fallback,
    get: async () => parse(await item.getValue()).value,
    inspect: async () => parse(await item.getValue()),
    set: (value) => item.setValue(value),
    watch: (onChange) => item.watch((raw) => onChange(parse(raw).value)),
  };
}

/** The keys of the runner's data (not bookkeeping): a change of one of them changes what HardDay shows. */
export const STATE_KEYS = ['settings', 'prefs', 'runs', 'strengthLog', 'overrides'] as const;

/**
 * HardDay's stored items, defined afresh. Defining an item runs its migrations (settings v1 → v2), so every context
 * defines its items once as it starts: the background through `createRepository()`, each extension page once.
 */
export function createStoredItems() {
  /** Version 2: sessions per week is 1–3 (version 1 allowed 0–7). */
  const settingsItem = validatedItem<Settings>('local:settings', SettingsSchema, DEFAULT_SETTINGS, {
    strict: StrictSettingsSchema,
    version: 2,
    migrations: { 2: migrateSettingsToV2 },
  });
  /** Version 2: units are 'auto', 'metric' or 'imperial' (version 1: 'auto', 'km' or 'mi'). */
  const prefsItem = validatedItem<Prefs>('local:prefs', PrefsSchema, DEFAULT_PREFS, {
    strict: StrictPrefsSchema,
    version: 2,
    migrations: { 2: migratePrefsToV2 },
  });
  /**
   * Runs seen on the sites or logged by hand, newest first. Version 2: the whole history (version 1 kept the newest
   * 400), runs older than 120 days compacted (no laps, titles clipped).
   */
  const runsItem = validatedItem<Run[]>('local:runs', RunsSchema, [], {
    strict: StrictRunsSchema,
    version: 2,
    migrations: { 2: (old) => migrateRunsToV2(old) },
  });
  const strengthLogItem = validatedItem<StrengthEntry[]>('local:strengthLog', LogSchema, [], {
    strict: StrictLogSchema,
  });
  /** The runner's own "this was easy/hard" corrections, by run key. */
  const overridesItem = validatedItem<Record<string, Effort>>('local:overrides', OverridesSchema, {});
  /** Unreadable values found in storage, kept so an export still carries them. */
  const quarantineItem = validatedItem<Quarantine>('local:quarantine', QuarantineSchema, []);
  /** Reminders already shown, by run key, so a restarted worker never repeats one. */
  const remindersSentItem = validatedItem<Record<string, string>>(
    'local:remindersSent',
    v.record(v.pipe(v.string(), v.maxLength(80)), v.string()),
    {},
  );
  /** When each site's recent-activity list was last read, so page reloads do not each ask for it again. */
  const listSyncItem = validatedItem<Partial<Record<SiteId, string>>>(
    'local:listSync',
    v.object(LIST_SYNC_FIELDS),
    {},
  );
  /** The state before the last import, for its undo (7 days). */
  const importUndoItem = validatedItem<ImportUndo>('local:importUndo', ImportUndoSchema, null);
  /** How full storage.local is, set by the background; the options page says so when it is near full. */
  const storageStatusItem = validatedItem<StorageStatus>('local:storageStatus', StorageStatusSchema, null);
  /** Sync between the runner's browsers: on or off (this browser only) and how the last sync went. */
  const syncItem = validatedItem<SyncStatus>('local:sync', SyncStatusSchema, SYNC_OFF);
  /** The sync doc this browser last merged (utils/store/sync/doc.ts). */
  const syncBaseItem = validatedItem<SyncDoc | null>('local:syncBase', SyncBaseSchema, null);
  /** What "Add to calendar" handed out for the days ahead, so a later file can cancel a dropped day. */
  const calendarExportsItem = validatedItem<ExportedEvent[]>(
    'local:calendarExports',
    CalendarExportsSchema,
    [],
  );
  return {
    settingsItem,
    prefsItem,
    runsItem,
    strengthLogItem,
    overridesItem,
    quarantineItem,
    remindersSentItem,
    listSyncItem,
    importUndoItem,
    storageStatusItem,
    syncItem,
    syncBaseItem,
    calendarExportsItem,
    /** Everything the runner's data consists of (STATE_KEYS): repaired on start, exported, imported and reset together. */
    ALL_ITEMS: [settingsItem, prefsItem, runsItem, strengthLogItem, overridesItem] as const,
    /** Bookkeeping that is repaired and reset with the data but never exported. */
    BOOKKEEPING_ITEMS: [
      remindersSentItem,
      listSyncItem,
      importUndoItem,
      storageStatusItem,
      // A reset turns sync off (the other browsers keep what is synced) and forgets what this browser merged.
      syncItem,
      syncBaseItem,
      calendarExportsItem,
    ] as const,
  };
}

export type StoredItems = ReturnType<typeof createStoredItems>;
