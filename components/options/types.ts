import type { CardThemeChoice } from '../../utils/core/card-theme';
import type { Settings } from '../../utils/core/types';

/** The preferences the options page edits (the stored shape lives with the store; components see only this). */
export interface OptionsPrefs {
  sites: { strava: boolean; garmin: boolean };
  reminders: boolean;
  reminderMinutesBefore: number;
  units: 'auto' | 'metric' | 'imperial';
  /** Absent: like the page. */
  cardTheme?: CardThemeChoice;
  /** Who set the first day of the week: the runner here, their Garmin Connect setting, or (absent) HardDay's default. */
  weekStartFrom?: 'runner' | 'garmin';
}

/** A settings change; null clears an optional field (race date, sessions per week) back to "automatic". */
export type SettingsPatch = { [K in keyof Settings]?: Settings[K] | null };

/** `notes`: what the import adjusted on the way in (e.g. a weekly target outside 1–3), shown to the runner. */
export type ImportResult = { ok: true; notes?: string[] } | { ok: false; message: string };

/** How a file's runs, sessions or corrections relate to what HardDay holds (the store's import preview). */
export interface ItemCounts {
  new: number;
  same: number;
  conflicting: number;
  onlyMine: number;
}

/** What importing a file would change, shown before anything is written. */
export interface ImportPreview {
  exportedAt: string;
  runs: ItemCounts;
  sessions: ItemCounts;
  corrections: ItemCounts;
  /** Names of the settings and preferences that differ. */
  settingsDiffer: string[];
  /** First and last day (YYYY-MM-DD) of the file's runs and sessions. */
  range: { from: string; to: string } | null;
  notes: string[];
}

/** Until when the last import can be undone, and how full storage is (null: not measured yet). */
export interface DataStatus {
  undoUntil: string | null;
  storage: {
    bytesInUse: number;
    quotaBytes: number;
    estimated: boolean;
    nearFull: boolean;
    checkedAt: string;
  } | null;
}
/** What the runner chose in the import preview. */
export interface ImportChoice {
  mode: 'merge' | 'replace';
  settings: 'mine' | 'file';
}

/** How a section hands a change up; the page saves it and says whether that worked. */
export type SaveSettings = (patch: SettingsPatch) => void;
export type SavePrefs = (patch: Partial<OptionsPrefs>) => void;

/** Sync between the runner's browsers, as the options page shows it (the store's sync status). */
export interface SyncStatusView {
  on: boolean;
  lastSyncAt?: string;
  bytes?: number;
  quotaBytes?: number;
  /** Sessions before this month (YYYY-MM) stay in this browser only; '' none fit. */
  oldestMonth?: string;
  leftOut?: number;
  problem?: 'quota' | 'newer-format' | 'refused';
}
