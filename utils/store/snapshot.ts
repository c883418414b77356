import type { Effort, Run, Settings, StrengthEntry } from '../core/types';
import { ALL_ITEMS, overridesItem, prefsItem, runsItem, settingsItem, strengthLogItem } from './items';
import type { Prefs } from './schemas';

/** Everything HardDay keeps, as one read-only value for the UI contexts. */
export interface StoredState {
  settings: Settings;
  prefs: Prefs;
  runs: Run[];
  log: StrengthEntry[];
  overrides: Record<string, Effort>;
}

export async function readStoredState(): Promise<StoredState> {
  const [settings, prefs, runs, log, overrides] = await Promise.all([
    settingsItem.get(),
    prefsItem.get(),
    runsItem.get(),
    strengthLogItem.get(),
    overridesItem.get(),
  ]);
  return { settings, prefs, runs, log, overrides };
}

/** Calls back with the whole new state whenever any part of it changes; returns the unwatch function. */
export function watchStoredState(state: StoredState, onChange: (next: StoredState) => void): () => void {
  let current = state;
  const update = (patch: Partial<StoredState>) => {
    current = { ...current, ...patch };
    onChange(current);
  };
  const unwatchers = [
    settingsItem.watch((settings) => update({ settings })),
    prefsItem.watch((prefs) => update({ prefs })),
    runsItem.watch((runs) => update({ runs })),
    strengthLogItem.watch((log) => update({ log })),
    overridesItem.watch((overrides) => update({ overrides })),
  ];
  return () => unwatchers.forEach((unwatch) => unwatch());
}

const STATE_KEYS = new Set<string>(ALL_ITEMS.map((item) => item.key.replace(/^local:/, '')));

/** Whether a storage.onChanged report for the local area touches the stored state (not bookkeeping only). */
export function touchesStoredState(changes: Record<string, unknown>): boolean {
  return Object.keys(changes).some((key) => STATE_KEYS.has(key));
}
