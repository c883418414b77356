import * as v from 'valibot';
import { DEFAULT_SETTINGS, type Run, type Settings, type StrengthEntry } from '../core/types';

// Stored data may have been written by an older version, edited by hand or corrupted: every read goes through
// these schemas. `fallback` repairs one bad field without throwing the rest of the record away.

const finite = v.pipe(v.number(), v.finite());
const nonNegative = v.pipe(finite, v.minValue(0));
const isoInstant = v.pipe(
  v.string(),
  v.check((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'not an ISO instant'),
);
const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const LevelSchema = v.picklist([1, 2, 3]);

export const SettingsSchema = v.object({
  level: v.fallback(LevelSchema, DEFAULT_SETTINGS.level),
  phase: v.fallback(v.picklist(['auto', 'off-season', 'build', 'taper']), DEFAULT_SETTINGS.phase),
  raceDate: v.fallback(v.optional(isoDay), undefined),
  sessionsPerWeek: v.fallback(
    v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7))),
    undefined,
  ),
  windowHours: v.fallback(v.pipe(v.number(), v.minValue(0.5), v.maxValue(12)), DEFAULT_SETTINGS.windowHours),
  weekStartsOn: v.fallback(v.picklist([0, 1]), DEFAULT_SETTINGS.weekStartsOn),
  equipment: v.fallback(v.picklist(['bodyweight', 'weights']), DEFAULT_SETTINGS.equipment),
}) satisfies v.GenericSchema<unknown, Settings>;

/** The same shape without repairs: tells whether a stored value needed one. */
export const StrictSettingsSchema = v.object({
  level: LevelSchema,
  phase: v.picklist(['auto', 'off-season', 'build', 'taper']),
  raceDate: v.optional(isoDay),
  sessionsPerWeek: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7))),
  windowHours: v.pipe(v.number(), v.minValue(0.5), v.maxValue(12)),
  weekStartsOn: v.picklist([0, 1]),
  equipment: v.picklist(['bodyweight', 'weights']),
});

const LapSchema = v.object({
  distanceM: nonNegative,
  movingS: nonNegative,
  elevationGainM: v.optional(finite),
  avgHr: v.optional(nonNegative),
  intensity: v.optional(v.picklist(['warmup', 'active', 'interval', 'recovery', 'rest', 'cooldown'])),
});

const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const RunSchema = v.object({
  source: v.picklist(['strava', 'garmin', 'manual']),
  id: v.pipe(shortText(64), v.minLength(1)),
  url: v.optional(v.pipe(shortText(300), v.url())),
  title: shortText(300),
  sport: v.picklist(['run', 'trail_run', 'treadmill_run', 'track_run', 'virtual_run']),
  start: isoInstant,
  elapsedS: nonNegative,
  movingS: v.optional(nonNegative),
  distanceM: v.optional(nonNegative),
  elevationGainM: v.optional(finite),
  avgHr: v.optional(nonNegative),
  maxHr: v.optional(nonNegative),
  tags: v.optional(
    v.object({
      race: v.optional(v.boolean()),
      longRun: v.optional(v.boolean()),
      workout: v.optional(v.boolean()),
    }),
  ),
  trainingEffect: v.optional(
    v.object({
      aerobic: v.optional(finite),
      anaerobic: v.optional(finite),
      label: v.optional(shortText(60)),
    }),
  ),
  relativeEffort: v.optional(finite),
  laps: v.optional(v.pipe(v.array(LapSchema), v.maxLength(500))),
  ownedByViewer: v.optional(v.boolean()),
}) satisfies v.GenericSchema<unknown, Run>;

export const StrengthEntrySchema = v.object({
  date: v.union([isoInstant, isoDay]),
  sessionId: shortText(120),
  runId: v.optional(shortText(140)),
  status: v.picklist(['done', 'skipped']),
}) satisfies v.GenericSchema<unknown, StrengthEntry>;

export const EffortSchema = v.picklist(['hard', 'easy']);
export const RunKeySchema = v.pipe(v.string(), v.regex(/^(strava|garmin|manual):[\w.-]{1,64}$/));

export const MAX_STORED_RUNS = 400;
export const MAX_LOG_ENTRIES = 2000;

export const RunsSchema = v.pipe(v.array(RunSchema), v.maxLength(MAX_STORED_RUNS * 2));
export const LogSchema = v.pipe(v.array(StrengthEntrySchema), v.maxLength(MAX_LOG_ENTRIES * 2));
export const OverridesSchema = v.record(RunKeySchema, EffortSchema);

export const PrefsSchema = v.object({
  onboarded: v.fallback(v.boolean(), false),
  sites: v.fallback(v.object({ strava: v.boolean(), garmin: v.boolean() }), { strava: true, garmin: true }),
  reminders: v.fallback(v.boolean(), true),
  reminderMinutesBefore: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(120)), 30),
  units: v.fallback(v.picklist(['auto', 'km', 'mi']), 'auto'),
  cardCollapsed: v.fallback(v.boolean(), false),
});
export type Prefs = v.InferOutput<typeof PrefsSchema>;
export const DEFAULT_PREFS: Prefs = v.parse(PrefsSchema, {});
