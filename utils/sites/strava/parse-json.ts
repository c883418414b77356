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
import { stravaActivityUrl, stravaRunSport, stravaTags } from './sport';

/**
 * One model of `/athlete/training_activities[/ID]` (2024-11 shape: `sport_type`; `type` before 2024-10-30).
 * Only the viewer's own activities are served there, so every run read from it is the viewer's.
 */
const TrainingActivitySchema = v.object({
  id: siteId,
  name: optionalString,
  sport_type: optionalString,
  type: optionalString,
  workout_type: optionalNumber,
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
      tags: stravaTags(model.workout_type),
      relativeEffort: finiteOrUndefined(model.suffer_score),
      ownedByViewer: true,
    });
    return exactStart ? { status: 'run', run } : { status: 'run', run, startIsLocal: true };
  } catch {
    return unreadable('The training activity could not be read.');
  }
}

const TrainingListSchema = v.object({ models: v.array(v.unknown()) });

/** One page of `/athlete/training_activities` (`{models, page, perPage, total}`) → the runs on it, newest first. */
export function parseStravaTrainingList(json: unknown): Run[] {
  try {
    const parsed = v.safeParse(TrainingListSchema, json);
    if (!parsed.success) return [];
    const runs: Run[] = [];
    for (const model of parsed.output.models) {
      const result = parseStravaTrainingActivity(model);
      if (result.status === 'run') runs.push(result.run);
    }
    return runs;
  } catch {
    return [];
  }
}

/** One lap of `/activities/ID/lap_efforts` (field names from 2017 and 2026 scrapers). */
const LapEffortSchema = v.object({
  distance: v.pipe(v.number(), v.finite(), v.minValue(0)),
  moving_time: v.pipe(v.number(), v.finite(), v.minValue(0)),
  elapsed_time: optionalNumber,
  elev_difference: optionalNumber,
  avg_hr: optionalNumber,
});

/** `/activities/ID/lap_efforts` JSON array → laps in order. Laps without distance and time are skipped. */
export function parseStravaLapEfforts(json: unknown): Lap[] {
  try {
    if (!Array.isArray(json)) return [];
    const laps: Lap[] = [];
    for (const item of json) {
      const parsed = v.safeParse(LapEffortSchema, item);
      if (!parsed.success) continue;
      const lap = parsed.output;
      laps.push(
        withoutUndefined({
          distanceM: lap.distance,
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
