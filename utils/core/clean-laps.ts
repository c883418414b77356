// Laps from the sites are untrusted: each becomes a clean lap with a capped pace, a climb-adjusted pace and a flag
// for laps without distance (treadmills), or is dropped and counted.

import { sane } from './runs';
import type { Lap, LapIntensity } from './types';

/** Any pace slower than this (s/km) is standing or walking; capping keeps averages meaningful. */
export const SLOWEST_PACE_S = 1800;
/** Faster than 1:40/km over 200 m or more is a GPS glitch, not a runner. */
const FASTEST_PACE_S = 100;

export interface CleanLap {
  index: number;
  distanceM: number;
  movingS: number;
  gainM: number;
  /** Seconds per km, capped at SLOWEST_PACE_S; meaningless when `hasDistance` is false. */
  pace: number;
  /** Pace adjusted for climbing (about 3.3 % per 1 % of grade), so uphill reps count as fast. */
  effortPace: number;
  grade: number;
  /** Treadmills and some watches record laps with time but no distance. */
  hasDistance: boolean;
  /** Enough distance for a real pace (not capped): only such laps ever show a pace. */
  paced: boolean;
  avgHr?: number;
  intensity?: LapIntensity;
}

export function cleanLaps(laps: unknown): { usable: CleanLap[]; dropped: number } {
  if (!Array.isArray(laps)) return { usable: [], dropped: 0 };
  const usable: CleanLap[] = [];
  let dropped = 0;
  laps.forEach((raw: unknown, index) => {
    const lap = (raw && typeof raw === 'object' ? raw : {}) as Partial<Lap>;
    const distanceM = sane(lap.distanceM, 0, 200_000);
    const movingS = sane(lap.movingS, 0, 86_400);
    if (distanceM === undefined || movingS === undefined || movingS === 0) {
      dropped += 1;
      return;
    }
    const rawPace = distanceM > 0 ? movingS / (distanceM / 1000) : SLOWEST_PACE_S;
    if (distanceM >= 200 && rawPace < FASTEST_PACE_S) {
      dropped += 1;
      return;
    }
    const gainM = sane(lap.elevationGainM, 0, 5000) ?? 0;
    const grade = distanceM > 0 ? Math.min(gainM / distanceM, 0.3) : 0;
    const pace = Math.min(rawPace, SLOWEST_PACE_S);
    const intensity = typeof lap.intensity === 'string' ? lap.intensity : undefined;
    usable.push({
      index,
      distanceM,
      movingS,
      gainM,
      pace,
      effortPace: pace / (1 + 3.3 * grade),
      grade,
      hasDistance: distanceM > 0,
      paced: rawPace < SLOWEST_PACE_S,
      avgHr: sane(lap.avgHr, 25, 250),
      intensity,
    });
  });
  return { usable, dropped };
}
