import * as v from 'valibot';
import { RUN_KEY_PATTERN, RUN_SOURCES } from '../core/runs';
import { CARD_THEME_CHOICES, type CardThemeChoice } from '../core/card-theme';
import { isClockTime } from '../core/evening';
import { clampSessionsPerWeek } from '../core/plan';
import { USUAL_DAYS } from '../core/usual-day';
import { DEFAULT_SETTINGS, SITE_IDS, type Run, type Settings, type StrengthEntry } from '../core/types';
import { sameJson } from './same-json';

// Stored data may have been written by an older version, edited by hand or corrupted: every read goes through
// these schemas. `fallback` repairs one bad field without throwing the rest of the record away, and list items
// are checked one by one, so one bad run never costs the others.

const finite = v.pipe(v.number(), v.finite());
const nonNegative = v.pipe(finite, v.minValue(0));
const isoInstant = v.pipe(
  v.string(),
  v.check((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'not an ISO instant'),
);
const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const LevelSchema = v.picklist([1, 2, 3]);

/** Goal race distance: from a track 400 m to a 500 km ultra. */
export const RACE_DISTANCE_M = { min: 400, max: 500_000 } as const;
export const MIN_BIRTH_YEAR = 1900;
export const MAX_HR = { min: 100, max: 240 } as const;

const integerIn = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const settingsFields = {
  level: LevelSchema,
  phase: v.picklist(['auto', 'off-season', 'build', 'taper']),
  raceDate: v.optional(isoDay),
  /** 1–3 since settings version 2 (older versions kept 0–7; the item's migration clamps them). */
  sessionsPerWeek: v.optional(integerIn(1, 3)),
  windowHours: v.pipe(v.number(), v.minValue(0.5), v.maxValue(12)),
  weekStartsOn: v.picklist([0, 1]),
  equipment: v.picklist(['bodyweight', 'weights']),
  raceDistanceM: v.optional(v.pipe(finite, v.minValue(RACE_DISTANCE_M.min), v.maxValue(RACE_DISTANCE_M.max))),
  /** 'HH:MM', 24-hour local time. */
  latestSessionTime: v.optional(
    v.pipe(
      v.string(),
      v.check((s) => isClockTime(s), 'not a HH:MM time'),
    ),
  ),
  /** No one is born in the future. */
  birthYear: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(MIN_BIRTH_YEAR),
      v.check((year) => year <= new Date().getFullYear(), 'a birth year in the future'),
    ),
  ),
  maxHr: v.optional(integerIn(MAX_HR.min, MAX_HR.max)),
  /** Sunday first: the runner's usual hard, long, easy and rest days. */
  usualWeek: v.optional(v.pipe(v.array(v.picklist(USUAL_DAYS)), v.length(7))),
};

/** The exact shape: tells whether a stored value needed a repair. */
export const StrictSettingsSchema = v.object(settingsFields);

export const SettingsSchema = v.object({
  level: v.fallback(settingsFields.level, DEFAULT_SETTINGS.level),
  phase: v.fallback(settingsFields.phase, DEFAULT_SETTINGS.phase),
  raceDate: v.fallback(settingsFields.raceDate, undefined),
  // A number out of range is brought into 1–3 rather than dropped: the runner asked for a target.
  sessionsPerWeek: v.fallback(
    v.optional(
      v.pipe(
        finite,
        v.transform((n) => clampSessionsPerWeek(n)!),
      ),
    ),
    undefined,
  ),
  windowHours: v.fallback(settingsFields.windowHours, DEFAULT_SETTINGS.windowHours),
  weekStartsOn: v.fallback(settingsFields.weekStartsOn, DEFAULT_SETTINGS.weekStartsOn),
  equipment: v.fallback(settingsFields.equipment, DEFAULT_SETTINGS.equipment),
  raceDistanceM: v.fallback(settingsFields.raceDistanceM, undefined),
  latestSessionTime: v.fallback(settingsFields.latestSessionTime, undefined),
  birthYear: v.fallback(settingsFields.birthYear, undefined),
  maxHr: v.fallback(settingsFields.maxHr, undefined),
  usualWeek: v.fallback(settingsFields.usualWeek, undefined),
}) satisfies v.GenericSchema<unknown, Settings>;

/**
 * Settings as an export file may carry them: any sessions-per-week number (older versions allowed 0–7, and files
 * get edited by hand). `clampImportedSettings` brings it into 1–3 and says so.
 */
export const ImportSettingsSchema = v.object({
  ...settingsFields,
  sessionsPerWeek: v.optional(finite),
});

/**
 * Settings item version 2 keeps 1–3 sessions a week (the core never plans more or fewer). Stored numbers outside
 * that range are clamped; anything else is left for the repair, which keeps a copy. Safe to run twice.
 */
export function migrateSettingsToV2(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
  const sessions = (old as { sessionsPerWeek?: unknown }).sessionsPerWeek;
  if (typeof sessions !== 'number' || !Number.isFinite(sessions)) return old;
  return { ...old, sessionsPerWeek: clampSessionsPerWeek(sessions) };
}

/** An optional number that is dropped, not fatal, when it is negative or not a number. */
const optionalAmount = v.fallback(v.optional(nonNegative), undefined);
const optionalFinite = v.fallback(v.optional(finite), undefined);
/** Text is clipped to a length the UI can show, never rejected for being long. */
const clippedText = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((s) => s.slice(0, max)),
  );

const LapSchema = v.object({
  distanceM: nonNegative,
  movingS: nonNegative,
  elevationGainM: optionalFinite,
  avgHr: optionalAmount,
  intensity: v.fallback(
    v.optional(v.picklist(['warmup', 'active', 'interval', 'recovery', 'rest', 'cooldown'])),
    undefined,
  ),
});

export const RunKeySchema = v.pipe(v.string(), v.regex(RUN_KEY_PATTERN));

export const RunSchema = v.object({
  source: v.picklist(RUN_SOURCES),
  id: v.pipe(v.string(), v.regex(/^[\w.-]{1,64}$/)),
  url: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(300), v.url())), undefined),
  title: clippedText(300),
  sport: v.picklist(['run', 'trail_run', 'treadmill_run', 'track_run', 'virtual_run']),
  start: isoInstant,
  elapsedS: nonNegative,
  movingS: optionalAmount,
  distanceM: optionalAmount,
  elevationGainM: optionalFinite,
  avgHr: optionalAmount,
  maxHr: optionalAmount,
  tags: v.fallback(
    v.optional(
      v.object({
        race: v.optional(v.boolean()),
        longRun: v.optional(v.boolean()),
        workout: v.optional(v.boolean()),
        recovery: v.optional(v.boolean()),
      }),
    ),
    undefined,
  ),
  trainingEffect: v.fallback(
    v.optional(
      v.object({
        aerobic: optionalFinite,
        anaerobic: optionalFinite,
        label: v.optional(clippedText(60)),
      }),
    ),
    undefined,
  ),
  relativeEffort: optionalFinite,
  laps: v.fallback(v.optional(v.pipe(v.array(LapSchema), v.maxLength(500))), undefined),
  ownedByViewer: v.fallback(v.optional(v.boolean()), undefined),
  alsoKnownAs: v.fallback(v.optional(v.pipe(v.array(RunKeySchema), v.maxLength(4))), undefined),
}) satisfies v.GenericSchema<unknown, Run>;

/** How hard a session felt: 1 (very easy) to 10 (as hard as it gets). */
export const RpeSchema = integerIn(1, 10);

export const StrengthEntrySchema = v.object({
  date: v.union([isoInstant, isoDay]),
  sessionId: v.pipe(v.string(), v.maxLength(120)),
  runId: v.optional(v.pipe(v.string(), v.maxLength(140))),
  status: v.picklist(['done', 'skipped']),
  /** A rating out of range is dropped, never the entry with it. */
  rpe: v.fallback(v.optional(RpeSchema), undefined),
}) satisfies v.GenericSchema<unknown, StrengthEntry>;

export const EffortSchema = v.picklist(['hard', 'easy']);

/** The whole history (old runs compacted, utils/store/compact.ts): about 12 years of doubles, well within the quota. */
export const MAX_STORED_RUNS = 10_000;
export const MAX_LOG_ENTRIES = 2000;
export const MAX_OVERRIDES = 2000;

/** A list read item by item: unreadable items are dropped and the list is kept to its limit. */
function lenientList<T>(item: v.GenericSchema<unknown, T>, max: number) {
  return v.pipe(
    v.array(v.unknown()),
    v.transform((items) => {
      const kept: T[] = [];
      for (const candidate of items) {
        const parsed = v.safeParse(item, candidate);
        if (parsed.success) kept.push(parsed.output);
        if (kept.length === max) break;
      }
      return kept;
    }),
  );
}

/** A list whose every item is already valid and within the limit. */
const strictList = (item: v.GenericSchema, max: number) =>
  v.pipe(
    v.array(v.unknown()),
    v.maxLength(max),
    v.check((items) => items.every((candidate) => v.is(item, candidate) && sameAfterParse(item, candidate))),
  );

/** True when parsing changes nothing (no field needed a fallback or clipping). */
export function sameAfterParse(schema: v.GenericSchema, value: unknown): boolean {
  const parsed = v.safeParse(schema, value);
  return parsed.success && sameJson(parsed.output, value);
}

export const RunsSchema = lenientList(RunSchema, MAX_STORED_RUNS);
export const StrictRunsSchema = strictList(RunSchema, MAX_STORED_RUNS);
export const LogSchema = lenientList(StrengthEntrySchema, MAX_LOG_ENTRIES);
export const StrictLogSchema = strictList(StrengthEntrySchema, MAX_LOG_ENTRIES);
export const OverridesSchema = v.pipe(
  v.record(RunKeySchema, EffortSchema),
  v.check((record) => Object.keys(record).length <= MAX_OVERRIDES, 'too many corrections'),
);

/** The runner's units: 'auto' follows the site's own setting (see utils/views/units.ts). */
export const UNITS_CHOICES = ['auto', 'metric', 'imperial'] as const;
export type UnitsChoice = (typeof UNITS_CHOICES)[number];
/** Before version 2 the choice was a distance unit; the same choice in systems. */
const OLD_UNITS: Record<string, UnitsChoice> = { km: 'metric', mi: 'imperial' };
const UnitsSchema = v.union([
  v.picklist(UNITS_CHOICES),
  v.pipe(
    v.picklist(['km', 'mi']),
    v.transform((old) => OLD_UNITS[old]!),
  ),
]);

/** Prefs version 2: units are a system (metric / imperial), no longer a distance unit (km / mi). */
export function migratePrefsToV2(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
  const units = (old as { units?: unknown }).units;
  return typeof units === 'string' && units in OLD_UNITS ? { ...old, units: OLD_UNITS[units] } : old;
}

/** The unit system a site says the runner uses, remembered when a page of that site told it. */
const SiteUnitsSchema = v.object({ site: v.picklist(SITE_IDS), units: v.picklist(['metric', 'imperial']) });

const prefsFields = {
  onboarded: v.boolean(),
  sites: v.object({ strava: v.boolean(), garmin: v.boolean() }),
  reminders: v.boolean(),
  reminderMinutesBefore: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(120)),
  units: v.picklist(UNITS_CHOICES),
  /** The units the runner chose on Strava or Garmin Connect, as last read there ('auto' follows it). */
  siteUnits: v.optional(SiteUnitsSchema),
  cardCollapsed: v.boolean(),
  /** The level suggestion the runner dismissed in the popup (`levelSuggestionKey`), so it stays away. */
  dismissedLevelSuggestion: v.optional(v.pipe(v.string(), v.maxLength(80))),
  /** The session player's countdown beeps (its mute switch); absent means on (`soundIsOn`). */
  soundOn: v.optional(v.boolean()),
  /**
   * Who set the first day of the week: the runner in the options (`runner`: no site changes it any more) or the
   * runner's own Garmin Connect setting (`garmin`). Absent: HardDay's default, which a site's setting replaces.
   */
  weekStartFrom: v.optional(v.picklist(['runner', 'garmin'])),
  /** The in-page card's colours: like the page it sits on, or always light or dark; absent means like the page. */
  cardTheme: v.optional(v.picklist(CARD_THEME_CHOICES)),
};
export const StrictPrefsSchema = v.object(prefsFields);
export const PrefsSchema = v.object({
  onboarded: v.fallback(prefsFields.onboarded, false),
  sites: v.fallback(prefsFields.sites, { strava: true, garmin: true }),
  reminders: v.fallback(prefsFields.reminders, true),
  reminderMinutesBefore: v.fallback(prefsFields.reminderMinutesBefore, 30),
  units: v.fallback(UnitsSchema, 'auto'),
  siteUnits: v.fallback(prefsFields.siteUnits, undefined),
  cardCollapsed: v.fallback(prefsFields.cardCollapsed, false),
  dismissedLevelSuggestion: v.fallback(prefsFields.dismissedLevelSuggestion, undefined),
  soundOn: v.fallback(prefsFields.soundOn, undefined),
  weekStartFrom: v.fallback(prefsFields.weekStartFrom, undefined),
  cardTheme: v.fallback(prefsFields.cardTheme, undefined),
});
export type Prefs = v.InferOutput<typeof PrefsSchema>;
export const DEFAULT_PREFS: Prefs = v.parse(PrefsSchema, {});

/** The session player beeps unless the runner switched them off. */
export function soundIsOn(prefs: Pick<Prefs, 'soundOn'>): boolean {
  return prefs.soundOn ?? true;
}

/** The card matches the page unless the runner chose light or dark. */
export function cardThemeChoice(prefs: Pick<Prefs, 'cardTheme'>): CardThemeChoice {
  return prefs.cardTheme ?? 'page';
}

/** Unreadable values found in storage, kept so an export still carries them. */
export const MAX_QUARANTINE = 20;
export const QuarantineSchema = v.pipe(
  v.array(v.object({ key: v.pipe(v.string(), v.maxLength(64)), at: v.string(), value: v.unknown() })),
  v.maxLength(MAX_QUARANTINE),
);
export type Quarantine = v.InferOutput<typeof QuarantineSchema>;
