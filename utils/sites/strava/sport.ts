import type { Run, RunSport, UnitSystem } from '../../core/types';
import { RUN_SPORT_TYPES, STRAVA_TAG_NAMES, WORKOUT_TYPE } from './site';

/** Strava sport type (and trainer flag) → HardDay sport, or null when it is not a run. */
export function stravaRunSport(sportType: string, trainer?: boolean): RunSport | null {
  const sport = Object.hasOwn(RUN_SPORT_TYPES, sportType) ? RUN_SPORT_TYPES[sportType] : undefined;
  if (!sport) return null;
  return sport === 'run' && trainer === true ? 'treadmill_run' : sport;
}

/** The athlete's own declaration on the activity (workout_type), as Run tags; undefined for the default. */
export function stravaTags(workoutType: number | null | undefined): Run['tags'] {
  if (workoutType === WORKOUT_TYPE.race) return { race: true };
  if (workoutType === WORKOUT_TYPE.longRun) return { longRun: true };
  if (workoutType === WORKOUT_TYPE.workout) return { workout: true };
  return undefined;
}

function tagFromName(name: string): Run['tags'] {
  const key = name.toLowerCase().replace(/[\s_-]+/g, '');
  const tag = Object.hasOwn(STRAVA_TAG_NAMES, key) ? STRAVA_TAG_NAMES[key] : undefined;
  return tag ? { [tag]: true } : undefined;
}

export interface StravaDeclaration {
  /** 2026: the one primary tag's name, or null when untagged. */
  selectedTagType?: string;
  /** 2026: tag id → set. The ids are unpublished, so only keys that are tag names count. */
  tags?: Record<string, unknown>;
  /** Before 2026: 0 default, 1 race, 2 long run, 3 workout. */
  workoutType?: number;
}

/**
 * The athlete's declaration from whichever fields the answer has: `selected_tag_type` when it names a tag (it is
 * the current, single primary tag, so a context tag such as Commute declares no effort), else a `tags` key that is a
 * tag name set to true, else the older `workout_type`. Undefined when nothing is declared.
 */
export function stravaDeclaredTags({ selectedTagType, tags, workoutType }: StravaDeclaration): Run['tags'] {
  const selected = selectedTagType?.trim();
  if (selected) return tagFromName(selected);
  for (const [key, value] of Object.entries(tags ?? {})) {
    const tag = value === true ? tagFromName(key) : undefined;
    if (tag) return tag;
  }
  return stravaTags(workoutType);
}

/** Strava's athlete unit setting: `meters` (metric) or `feet` (imperial). */
export type StravaMeasurementPreference = 'meters' | 'feet';

/** `measurement_preference` text, or a list model's `short_unit` ("km" / "mi"), → the setting; else undefined. */
export function stravaMeasurementPreference(
  text: string | undefined,
): StravaMeasurementPreference | undefined {
  const key = text?.trim().toLowerCase();
  if (key === 'meters' || key === 'metres' || key === 'km') return 'meters';
  if (key === 'feet' || key === 'mi') return 'feet';
  return undefined;
}

/** The setting as a unit system: `feet` is Strava's imperial (miles, per mile, feet). */
export function stravaUnitSystem(
  preference: StravaMeasurementPreference | undefined,
): UnitSystem | undefined {
  return preference === 'feet' ? 'imperial' : preference === 'meters' ? 'metric' : undefined;
}

export function stravaActivityUrl(id: string): string {
  return `https://www.strava.com/activities/${id}`;
}
