import * as v from 'valibot';
import { readAssignedJson, type AssignedForm } from '../shared/js-literal';
import { optionalNumber, optionalString, siteId, withoutUndefined } from '../shared/schemas';
import type { GarminPageSnapshot } from './read-page';
import type { Settings } from '../../core/types';
import { GARMIN_DAY_NAMES, VIEWER_PREFERENCES_MARKER, VIEWER_PROFILE_MARKER } from './site';
import { garminActivityId } from './urls';
import type { UnitSystem } from '../../core/types';

export interface GarminViewer {
  /** Compare with the activity's userProfileId / the list's ownerId. */
  profileId: string;
  displayName?: string;
  fullName?: string;
}

/** Garmin's measurement settings: metric; statute_us (miles, feet, pounds); statute_uk (miles, metric otherwise). */
export type GarminMeasurementSystem = 'metric' | 'statute_us' | 'statute_uk';
export const GARMIN_MEASUREMENT_SYSTEMS: readonly GarminMeasurementSystem[] = [
  'metric',
  'statute_us',
  'statute_uk',
];

/**
 * Garmin's setting as a unit system. `statute_uk` keeps miles like `statute_us`; HardDay has two systems (as Strava
 * has), so British runners on miles see climbs in feet with them (decided in utils/views/units.ts).
 */
export function garminUnitSystem(system: GarminMeasurementSystem | undefined): UnitSystem | undefined {
  if (system === 'metric') return 'metric';
  return system === 'statute_us' || system === 'statute_uk' ? 'imperial' : undefined;
}

/** The runner's own Garmin settings, as defaults for HardDay's. */
export interface GarminPreferences {
  measurementSystem?: GarminMeasurementSystem;
  /** The first day of the week, 0 = Sunday … 6 = Saturday (as `Date#getDay`). */
  weekStartsOn?: number;
  /** Which shape held them: top-level fields (2019–2023) or the user-settings `userData` block (2026). */
  shape: 'flat' | 'userData';
}

const SocialProfileSchema = v.object({
  profileId: siteId,
  displayName: optionalString,
  fullName: optionalString,
});

/** `/gc-api/userprofile-service/socialProfile` JSON (or VIEWER_SOCIAL_PROFILE) → the viewer, or null. */
export function parseGarminSocialProfile(json: unknown): GarminViewer | null {
  try {
    const parsed = v.safeParse(SocialProfileSchema, json);
    return parsed.success ? withoutUndefined(parsed.output) : null;
  } catch {
    return null;
  }
}

function readViewer(scriptText: string): { viewer: GarminViewer; form: AssignedForm } | null {
  const assigned = readAssignedJson(scriptText, VIEWER_PROFILE_MARKER);
  const viewer = assigned ? parseGarminSocialProfile(assigned.value) : null;
  return assigned && viewer ? { viewer, form: assigned.form } : null;
}

/**
 * Inline script text → the viewer from `window.VIEWER_SOCIAL_PROFILE`, written as a plain object literal (2026,
 * minified among other globals) or as `JSON.parse("…")` (older shells); null when neither reads.
 */
export function parseGarminViewerScript(scriptText: string): GarminViewer | null {
  try {
    return typeof scriptText === 'string' ? (readViewer(scriptText)?.viewer ?? null) : null;
  } catch {
    return null;
  }
}

const MeasurementSchema = v.fallback(
  v.optional(
    v.pipe(
      v.string(),
      v.transform((text) => text.trim().toLowerCase()),
      v.picklist(GARMIN_MEASUREMENT_SYSTEMS),
    ),
  ),
  undefined,
);
const lenientObject = <T extends v.ObjectEntries>(entries: T) =>
  v.fallback(v.nullish(v.object(entries)), undefined);
/** `{ dayId: 2, dayName: "monday", sortOrder: 2, isPossibleFirstDay: true }` (dayId: 1 = Sunday … 7 = Saturday). */
const FirstDaySchema = lenientObject({ dayId: optionalNumber, dayName: optionalString });
const SettingsSchema = v.object({
  measurementSystem: MeasurementSchema,
  firstDayOfWeek: FirstDaySchema,
});
const PreferencesSchema = v.object({
  ...SettingsSchema.entries,
  userData: lenientObject(SettingsSchema.entries),
});

function weekStart(day: v.InferOutput<typeof FirstDaySchema>): number | undefined {
  const byName = GARMIN_DAY_NAMES.indexOf(day?.dayName?.trim().toLowerCase() ?? '');
  if (byName >= 0) return byName;
  const id = day?.dayId;
  return id !== undefined && Number.isInteger(id) && id >= 1 && id <= 7 ? id - 1 : undefined;
}

/**
 * `VIEWER_USERPREFERENCES` (or `/userprofile-service/userprofile/user-settings`) JSON → units and first day of the
 * week. Accepts the flat shape (`measurementSystem` at the top) and the nested one (`userData.measurementSystem`);
 * the top level wins field by field. Null when neither is there. Pure; never throws.
 */
export function parseGarminPreferences(json: unknown): GarminPreferences | null {
  try {
    const parsed = v.safeParse(PreferencesSchema, json);
    if (!parsed.success) return null;
    const top = parsed.output;
    const nested = top.userData;
    const flat = withoutUndefined({
      measurementSystem: top.measurementSystem,
      weekStartsOn: weekStart(top.firstDayOfWeek),
    });
    const inner = withoutUndefined({
      measurementSystem: nested?.measurementSystem,
      weekStartsOn: weekStart(nested?.firstDayOfWeek),
    });
    if (Object.keys(flat).length === 0 && Object.keys(inner).length === 0) return null;
    return {
      ...inner,
      ...flat,
      shape: Object.keys(flat).length > 0 ? 'flat' : 'userData',
    };
  } catch {
    return null;
  }
}

/**
 * The runner's Garmin first day of the week (0 = Sunday … 6 = Saturday) as HardDay's week start, which is Sunday or
 * Monday: Sunday and Monday as they are; Saturday (a choice in some regions) as Sunday, the week that shares six of
 * its seven days; any other day, or none, gives no default (HardDay's own stays).
 */
export function garminWeekStart(day: number | undefined): Settings['weekStartsOn'] | undefined {
  if (day === 1) return 1;
  if (day === 0 || day === 6) return 0;
  return undefined;
}

export interface GarminPageInfo {
  /** From the URL. */
  activityId: string | null;
  csrfToken: string | null;
  viewer: GarminViewer | null;
  /** How the page wrote the viewer, when it was read: drift shows here before it shows as a missing card. */
  viewerForm?: AssignedForm;
  /** The runner's units and first day of the week from `VIEWER_USERPREFERENCES`, when the page has them. */
  preferences?: GarminPreferences;
}

/** Garmin page snapshot → viewer, preferences and csrf token. Pure; never throws. */
export function parseGarminPage(snapshot: GarminPageSnapshot): GarminPageInfo {
  try {
    let viewer: ReturnType<typeof readViewer> = null;
    let preferences: GarminPreferences | null = null;
    for (const script of Array.isArray(snapshot.viewerScripts) ? snapshot.viewerScripts : []) {
      if (typeof script !== 'string') continue;
      viewer ??= readViewer(script);
      if (!preferences) {
        const assigned = readAssignedJson(script, VIEWER_PREFERENCES_MARKER);
        preferences = assigned ? parseGarminPreferences(assigned.value) : null;
      }
      if (viewer && preferences) break;
    }
    return withoutUndefined({
      activityId: typeof snapshot.url === 'string' ? garminActivityId(snapshot.url) : null,
      csrfToken: typeof snapshot.csrfToken === 'string' && snapshot.csrfToken ? snapshot.csrfToken : null,
      viewer: viewer?.viewer ?? null,
      viewerForm: viewer?.form,
      preferences: preferences ?? undefined,
    });
  } catch {
    return { activityId: null, csrfToken: null, viewer: null };
  }
}
