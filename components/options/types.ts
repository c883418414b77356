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

/** `notes`: what the import adjusted on the way in (e.g. a weekly target outside 1–3), shown to the runner. */
export type ImportResult = { ok: true; notes?: string[] } | { ok: false; message: string };

/** How a section hands a change up; the page saves it and says whether that worked. */
export type SaveSettings = (patch: SettingsPatch) => void;
export type SavePrefs = (patch: Partial<OptionsPrefs>) => void;
