import * as v from 'valibot';
import type { Lap } from '../../core/types';
import { finiteOrUndefined, optionalNumber, optionalString, withoutUndefined } from '../shared/schemas';
import { LAP_INTENSITY } from './site';

/** One lap of `/activity-service/activity/{id}/splits` → `lapDTOs[]` (fit-check fixture, 2026). */
const LapSchema = v.object({
  distance: v.pipe(v.number(), v.finite(), v.minValue(0)),
  duration: optionalNumber,
  movingDuration: optionalNumber,
  elapsedDuration: optionalNumber,
  elevationGain: optionalNumber,
  averageHR: optionalNumber,
  intensityType: optionalString,
});
const SplitsSchema = v.object({ lapDTOs: v.array(v.unknown()) });

/** Splits JSON → laps in order, with the watch's intensity (WARMUP, ACTIVE, RECOVERY, …) mapped. */
export function parseGarminSplits(json: unknown): Lap[] {
  try {
    const parsed = v.safeParse(SplitsSchema, json);
    if (!parsed.success) return [];
    const laps: Lap[] = [];
    for (const item of parsed.output.lapDTOs) {
      const lap = v.safeParse(LapSchema, item);
      if (!lap.success) continue;
      const { distance, movingDuration, duration, elapsedDuration, elevationGain, averageHR, intensityType } =
        lap.output;
      const movingS = movingDuration ?? duration ?? elapsedDuration;
      if (movingS === undefined || movingS < 0) continue;
      const key = intensityType?.toUpperCase() ?? '';
      laps.push(
        withoutUndefined({
          distanceM: distance,
          movingS,
          elevationGainM: finiteOrUndefined(elevationGain),
          avgHr: finiteOrUndefined(averageHR),
          intensity: Object.hasOwn(LAP_INTENSITY, key) ? LAP_INTENSITY[key] : undefined,
        }),
      );
    }
    return laps;
  } catch {
    return [];
  }
}
