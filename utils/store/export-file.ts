// The export file: its schema, and the checks an imported file passes before anything is written. Pure (no storage):
// the repository writes a checked file in one step.
import * as v from 'valibot';
import { clampSessionsPerWeek } from '../core/plan';
import type { Settings } from '../core/types';
import {
  ImportSettingsSchema,
  MAX_LOG_ENTRIES,
  MAX_STORED_RUNS,
  OverridesSchema,
  PrefsSchema,
  QuarantineSchema,
  RunSchema,
  StrengthEntrySchema,
} from './schemas';

export const EXPORT_FORMAT = 'hardday-export';
/**
 * Version 2: the whole history (up to MAX_STORED_RUNS runs, old ones compacted); version 1 held at most 400 runs. A
 * version-1 file reads as version 2 unchanged (its runs are compacted as they are imported); an older HardDay refuses
 * a version-2 file rather than dropping runs beyond its 400.
 */
export const EXPORT_VERSION = 2;

export const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(EXPORT_VERSION)),
  exportedAt: v.string(),
  settings: ImportSettingsSchema,
  prefs: PrefsSchema,
  // An import is all or nothing: one unreadable run or entry rejects the file rather than vanishing quietly. (The
  // lengths are checked before any item is read: see `validateImport`.)
  runs: v.pipe(v.array(RunSchema), v.maxLength(MAX_STORED_RUNS)),
  strengthLog: v.pipe(v.array(StrengthEntrySchema), v.maxLength(MAX_LOG_ENTRIES)),
  overrides: OverridesSchema,
  quarantine: v.optional(QuarantineSchema),
});
export type ExportFile = v.InferOutput<typeof ExportSchema>;

const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** More values than a full export of HardDay's limits can hold: such a file is refused unread. */
const MAX_IMPORT_NODES = 1_000_000;

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
  const { runs, strengthLog } = data as { runs?: unknown; strengthLog?: unknown };
  if (
    (Array.isArray(runs) && runs.length > MAX_STORED_RUNS) ||
    (Array.isArray(strengthLog) && strengthLog.length > MAX_LOG_ENTRIES)
  ) {
    return {
      ok: false,
      message: `This export holds more than HardDay keeps (${MAX_STORED_RUNS} runs, ${MAX_LOG_ENTRIES} strength sessions). Nothing was changed.`,
    };
  }
  const result = v.safeParse(ExportSchema, data);
  if (result.success)
    return { ok: true, file: result.output, ...clampImportedSettings(result.output.settings) };
  const where = v.getDotPath(result.issues[0]) ?? 'the file';
  return { ok: false, message: `This export cannot be read (problem at ${where}). Nothing was changed.` };
}
