// The runner's maximum heart rate and training zones, so a run can be judged from heart rate even without history.
// Zones follow the running-coach split of %HRmax (recovery, aerobic, marathon/steady, threshold, VO2 max).

import { runStartMs, sane } from './runs';
import type { RunnerBaseline } from './runner-baseline';
import type { Run, RunnerProfile } from './types';

export interface MaxHeartRate {
  bpm: number;
  /** 'profile': set by the runner; 'age': estimated from the birth year; 'history': the highest seen. */
  source: 'profile' | 'age' | 'history';
}

/** Lower bounds of zones 2–5 as a share of max HR. */
const ZONE_FLOORS = [0.72, 0.82, 0.88, 0.93] as const;
/** A recorded peak this far above an estimate is more likely a sensor spike than the runner's real maximum. */
const SPIKE_BPM = 15;
/** The highest seen is only a maximum when several runs recorded one. */
const MIN_MAX_READINGS = 3;

/** Tanaka-style estimate, 208 − 0.7 × age, with the age in the run's year. */
export function maxHrFromAge(birthYear: number, year: number): number | undefined {
  const age = year - birthYear;
  return age >= 10 && age <= 100 ? Math.round(208 - 0.7 * age) : undefined;
}

export function runnerMaxHr(
  run: Run,
  profile: RunnerProfile | undefined,
  baseline: RunnerBaseline | undefined,
): MaxHeartRate | undefined {
  const set = sane(profile?.maxHr, 120, 230);
  if (set !== undefined) return { bpm: set, source: 'profile' };
  const seen = Math.max(sane(run.maxHr, 100, 230) ?? 0, baseline?.highestMaxHr ?? 0);
  const birthYear = sane(profile?.birthYear, 1900, 2100);
  const start = runStartMs(run);
  if (birthYear !== undefined && Number.isFinite(start)) {
    const estimate = maxHrFromAge(birthYear, new Date(start).getUTCFullYear());
    if (estimate !== undefined) {
      // An age estimate is a population average; a higher peak actually recorded is this runner's own.
      const bpm = seen > estimate && seen <= estimate + SPIKE_BPM ? seen : estimate;
      return { bpm, source: 'age' };
    }
  }
  if (baseline?.highestMaxHr !== undefined && baseline.maxHrReadings >= MIN_MAX_READINGS) {
    // An average is never above the maximum, so the highest average seen is a floor for it.
    return { bpm: Math.max(seen, baseline.highestAvgHr ?? 0), source: 'history' };
  }
  return undefined;
}

/** Zone 1–5 for a heart rate as a share of max HR. */
export function zoneOf(share: number): 1 | 2 | 3 | 4 | 5 {
  let zone = 1;
  for (const floor of ZONE_FLOORS) if (share >= floor) zone += 1;
  return zone as 1 | 2 | 3 | 4 | 5;
}

/** The message key naming each zone (its words in locales/*.yml). */
export const ZONE_KEY: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'reason.zone.z1',
  2: 'reason.zone.z2',
  3: 'reason.zone.z3',
  4: 'reason.zone.z4',
  5: 'reason.zone.z5',
};
