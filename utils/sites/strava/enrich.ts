import type { Lap, Run } from '../../core/types';
import { withoutUndefined } from '../shared/schemas';

/**
 * Combines what the page showed with the owner-only JSON: the training activity's true start, elapsed time,
 * sport, declared workout type and relative effort win; the page keeps the title it shows and its heart rate.
 * Laps are attached when given. Pure.
 */
export function enrichStravaRun(pageRun: Run, training?: Run, laps?: Lap[]): Run {
  const merged: Run = training
    ? withoutUndefined({
        ...pageRun,
        sport: training.sport,
        start: training.start,
        elapsedS: training.elapsedS,
        movingS: training.movingS ?? pageRun.movingS,
        distanceM: training.distanceM ?? pageRun.distanceM,
        elevationGainM: training.elevationGainM ?? pageRun.elevationGainM,
        tags: training.tags ?? pageRun.tags,
        relativeEffort: training.relativeEffort ?? pageRun.relativeEffort,
        title: pageRun.title || training.title,
        ownedByViewer: true,
      })
    : { ...pageRun };
  if (laps && laps.length > 0) merged.laps = laps;
  return merged;
}
