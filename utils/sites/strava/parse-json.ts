import * as v from 'valibot';
import type { Lap, Run } from '../../core/types';
import { notRun, unreadable, type SiteReadResult } from '../shared/read-result';
import {
  finiteOrUndefined,
  optionalBoolean,
  optionalNumber,
  optionalString,
  siteId,
  withoutUndefined,
} from '../shared/schemas';
import { isoFromMs, localWallToIso, parseTimestampMs } from '../shared/time';
import {
  stravaActivityUrl,
  stravaDeclaredTags,
  stravaMeasurementPreference,
  stravaRunSport,
  type StravaMeasurementPreference,
} from './sport';

/** `tags` (2026): an object keyed by tag id; anything else is dropped. */
const optionalTagMap = v.fallback(
  v.optional(v.pipe(v.record(v.string(), v.unknown()), v.maxEntries(64))),
  undefined,
);

/**
 * One model of `/athlete/training_activities[/ID]` (2024-11 shape: `sport_type`; `type` before 2024-10-30; the
 * declared type in `workout_type` until 2026, then in `selected_tag_type` and `tags`). Only the viewer's own
 * activities are served there, so every run read from it is the viewer's.
 */
const TrainingActivitySchema = v.object({
  id: siteId,
  name: optionalString,
  sport_type: optionalString,
  type: optionalString,
  workout_type: optionalNumber,
  selected_tag_type: optionalString,
  tags: optionalTagMap,
  start_time: optionalString,
  start_date_local_raw: optionalNumber,
  elapsed_time_raw: optionalNumber,
  moving_time_raw: optionalNumber,
  distance_raw: optionalNumber,
  elevation_gain_raw: optionalNumber,
  trainer: optionalBoolean,
  suffer_score: optionalNumber,
});

function positive(value: number | undefined): number | undefined {
  return value !== undefined && value > 0 ? value : undefined;
}

/**
 * `/athlete/training_activities/ID` JSON → run (true UTC start, elapsed time, sport and workout type, relative
 * effort), not-run, or unreadable. Pure; never throws.
 */
export function parseStravaTrainingActivity(json: unknown): SiteReadResult {
  try {
    const parsed = v.safeParse(TrainingActivitySchema, json);
    if (!parsed.success) return unreadable('Unexpected training activity JSON.');
    const model = parsed.output;
    const sportType = model.sport_type ?? model.type;
    if (!sportType) return unreadable('The activity has no sport type.');
    const sport = stravaRunSport(sportType, model.trainer);
    if (!sport) return notRun(sportType);
    const exactMs = model.start_time === undefined ? undefined : parseTimestampMs(model.start_time);
    const exactStart = exactMs === undefined ? undefined : isoFromMs(exactMs);
    const start =
      exactStart ??
      (model.start_date_local_raw === undefined ? undefined : localWallToIso(model.start_date_local_raw));
    if (!start) return unreadable('The activity has no start time.');
    const elapsedS = positive(model.elapsed_time_raw) ?? positive(model.moving_time_raw);
    if (elapsedS === undefined) return unreadable('The activity has no duration.');
    const run: Run = withoutUndefined({
      source: 'strava' as const,
      id: model.id,
      url: stravaActivityUrl(model.id),
      title: model.name?.trim() || 'Run',
      sport,
      start,
      elapsedS,
      movingS: finiteOrUndefined(model.moving_time_raw),
      distanceM: finiteOrUndefined(model.distance_raw),
      elevationGainM: finiteOrUndefined(model.elevation_gain_raw),
      tags: stravaDeclaredTags({
        selectedTagType: model.selected_tag_type,
        tags: model.tags,
        workoutType: model.workout_type,
      }),
      relativeEffort: finiteOrUndefined(model.suffer_score),
      ownedByViewer: true,
    });
    return exactStart ? { status: 'run', run } : { status: 'run', run, startIsLocal: true };
  } catch {
    return unreadable('The training activity could not be read.');
  }
}

const TrainingListSchema = v.object({
  models: v.array(v.unknown()),
  page: optionalNumber,
  perPage: optionalNumber,
  total: optionalNumber,
});
const UnitSchema = v.object({ short_unit: optionalString });

/** One page of the viewer's activities, with the paging the server chose (it may serve fewer than asked). */
export interface StravaTrainingPage {
  /** The runs on the page, newest first. */
  runs: Run[];
  /** How many models the page held (runs and other sports): fewer than `perPage` means the last page. */
  modelCount: number;
  page?: number;
  /** The page size the server used (20 in every answer on record, whatever was asked). */
  perPage?: number;
  /** All the viewer's activities. */
  total?: number;
  /** The athlete's unit setting, inferred from the models' display unit (`short_unit` "km"/"mi"). */
  measurementPreference?: StravaMeasurementPreference;
}

const wholeCount = (value: number | undefined, min: number) =>
  value !== undefined && Number.isSafeInteger(value) && value >= min ? value : undefined;

/**
 * One page of `/athlete/training_activities` (`{models, page, perPage, total}`) → its runs and paging. The paging
 * fields are kept only when they are whole numbers (page and perPage from 1). Null for anything but a models page.
 * Pure; never throws.
 */
export function parseStravaTrainingPage(json: unknown): StravaTrainingPage | null {
  try {
    const parsed = v.safeParse(TrainingListSchema, json);
    if (!parsed.success) return null;
    const runs: Run[] = [];
    let measurementPreference: StravaMeasurementPreference | undefined;
    for (const model of parsed.output.models) {
      const result = parseStravaTrainingActivity(model);
      if (result.status === 'run') runs.push(result.run);
      const unit = v.safeParse(UnitSchema, model);
      if (unit.success) measurementPreference ??= stravaMeasurementPreference(unit.output.short_unit);
    }
    const { page, perPage, total, models } = parsed.output;
    return withoutUndefined({
      runs,
      modelCount: models.length,
      page: wholeCount(page, 1),
      perPage: wholeCount(perPage, 1),
      total: wholeCount(total, 0),
      measurementPreference,
    });
  } catch {
    return null;
  }
}

/** One page of `/athlete/training_activities` (`{models, page, perPage, total}`) → the runs on it, newest first. */
export function parseStravaTrainingList(json: unknown): Run[] {
  return parseStravaTrainingPage(json)?.runs ?? [];
}

/** One lap of `/activities/ID/lap_efforts` (field names from 2017 and 2026 scrapers). */
const LapEffortSchema = v.object({
  distance: optionalNumber,
  moving_time: v.pipe(v.number(), v.finite(), v.minValue(0)),
  avg_moving_speed: optionalNumber,
  elapsed_time: optionalNumber,
  elev_difference: optionalNumber,
  avg_hr: optionalNumber,
});

/**
 * The lap's distance: `distance` when given, else rebuilt from `avg_moving_speed × moving_time` (m/s × s, as Sauce
 * does in 2026, which no longer reads `distance`), to the centimetre. Undefined when neither gives a distance.
 */
function lapDistance(lap: v.InferOutput<typeof LapEffortSchema>): number | undefined {
  if (lap.distance !== undefined) return lap.distance >= 0 ? lap.distance : undefined;
  const speed = lap.avg_moving_speed;
  if (speed === undefined || speed < 0) return undefined;
  const metres = Math.round(speed * lap.moving_time * 100) / 100;
  return Number.isFinite(metres) ? metres : undefined;
}

/**
 * `/activities/ID/lap_efforts` JSON array → laps in order. A lap without `distance` gets it from its moving speed
 * and time; laps without a distance either way, or without a moving time, are skipped.
 */
export function parseStravaLapEfforts(json: unknown): Lap[] {
  try {
    if (!Array.isArray(json)) return [];
    const laps: Lap[] = [];
    for (const item of json) {
      const parsed = v.safeParse(LapEffortSchema, item);
      if (!parsed.success) continue;
      const lap = parsed.output;
      const distanceM = lapDistance(lap);
      if (distanceM === undefined) continue;
      laps.push(
        withoutUndefined({
          distanceM,
          movingS: lap.moving_time,
          // elev_difference is net (end minus start); only a rise counts as gain.
          elevationGainM:
            lap.elev_difference !== undefined && lap.elev_difference > 0 ? lap.elev_difference : undefined,
          avgHr: finiteOrUndefined(lap.avg_hr),
        }),
      );
    }
    return laps;
  } catch {
    return [];
  }
}
