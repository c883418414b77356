import type { Effort, Run, Settings, StrengthEntry } from '../core/types';
import { STATE_KEYS, type StoredItems } from './items';
import type { Prefs } from './schemas';

/** Everything HardDay keeps, as one read-only value for the UI contexts. */
export interface StoredState {
  settings: Settings;
  prefs: Prefs;
  runs: Run[];
  log: StrengthEntry[];
  overrides: Record<string, Effort>;
}

export async function readStoredState(items: StoredItems): Promise<StoredState> {
  const [settings, prefs, runs, log, overrides] = await Promise.all([
    items.settingsItem.get(),
    items.prefsItem.get(),
    items.runsItem.get(),
    items.strengthLogItem.get(),
    items.overridesItem.get(),
  ]);
  return { settings, prefs, runs, log, overrides };
}

/** Calls back with the whole new state whenever any part of it changes; returns the unwatch function. */
export function watchStoredState(
  items: StoredItems,
  state: StoredState,
  onChange: (next: StoredState) => void,
): () => void {
  let current = state;
  const update = (patch: Partial<StoredState>) => {
    current = { ...current, ...patch };
    onChange(current);
  };
  const unwatchers = [
    items.settingsItem.watch((settings) => update({ settings })),
    items.prefsItem.watch((prefs) => update({ prefs })),
    items.runsItem.watch((runs) => update({ runs })),
    items.strengthLogItem.watch((log) => update({ log })),
    items.overridesItem.watch((overrides) => update({ overrides })),
  ];
  return () => unwatchers.forEach((unwatch) => unwatch());
}

const STATE_KEY_SET = new Set<string>(STATE_KEYS);

/** Whether a storage.onChanged report for the local area touches the stored state (not bookkeeping only). */
export function touchesStoredState(changes: Record<string, unknown>): boolean {
  return Object.keys(changes).some((key) => STATE_KEY_SET.has(key));
}
