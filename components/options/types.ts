import type { Settings } from '../../utils/core/types';

/** The preferences the options page edits (the stored shape lives with the store; components see only this). */
export interface OptionsPrefs {
  sites: { strava: boolean; garmin: boolean };
  reminders: boolean;
  reminderMinutesBefore: number;
  units: 'auto' | 'km' | 'mi';
}

/** A settings change; null clears an optional field (race date, sessions per week) back to "automatic". */
export type SettingsPatch = { [K in keyof Settings]?: Settings[K] | null };

export type ImportResult = { ok: true } | { ok: false; message: string };
