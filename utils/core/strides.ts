// Strides: a handful of short, fast, relaxed bursts with long or walking recoveries, added to an easy run for form.
// They look like intervals in the laps but add almost no load, so they never make a run hard on their own. Real
// short-rep sessions (8 × 400 m, 15 × 30/30, 10 × 1'/1', 12 × 200 m) fail at least one of these limits.

import type { CleanLap } from './clean-laps';
import { median } from './stats';

/** A stride lasts up to about 30–40 s … */
export const STRIDE_MAX_S = 40;
/** … or covers up to about 200 m. */
export const STRIDE_MAX_M = 200;
/** Recoveries at least this many times the rep are "long" (30/30 is a session; 20 s on, 60 s off is strides). */
const LONG_RECOVERY_RATIO = 2;
/** Slower than 9:00/km is walking. */
const WALKING_PACE_S = 540;
/** Under 6 minutes of fast running in all. */
export const STRIDES_MAX_WORK_S = 6 * 60;
/** Most reps must be followed by a long or walking recovery (the last one often has none). */
const RECOVERED_SHARE = 0.75;

export interface StridesFinding {
  reps: number;
  /** Median rep time. */
  repS: number;
  workS: number;
  /** Median recovery time after a stride, when recorded. */
  recoveryS?: number;
  walking: boolean;
  /** Laps of the strides and their recoveries (CleanLap.index). */
  lapIndexes: number[];
}

const isShortRep = (lap: CleanLap) =>
  lap.movingS <= STRIDE_MAX_S || (lap.hasDistance && lap.distanceM <= STRIDE_MAX_M);

const isWalking = (lap: CleanLap) => lap.hasDistance && lap.pace >= WALKING_PACE_S;

/** The short reps among `work` when they are strides, with the recovery lap after each. */
export function findStrides(
  laps: readonly CleanLap[],
  work: readonly CleanLap[],
): StridesFinding | undefined {
  const workIndexes = new Set(work.map((lap) => lap.index));
  const reps = work.filter(isShortRep);
  if (reps.length < 2) return undefined;
  const workS = reps.reduce((s, l) => s + l.movingS, 0);
  if (workS >= STRIDES_MAX_WORK_S) return undefined;
  const position = new Map(laps.map((lap, i) => [lap.index, i]));
  const recoveries: CleanLap[] = [];
  let recovered = 0;
  for (const rep of reps) {
    const next = laps[position.get(rep.index)! + 1];
    if (!next || workIndexes.has(next.index)) {
      // Nothing recorded after the last stride, or reps back to back: only the former is a normal ending.
      if (!next && rep === reps[reps.length - 1]) recovered += 1;
      continue;
    }
    // A long stretch after the last stride is the rest of the run, not its recovery.
    if (next.movingS > Math.max(180, 4 * rep.movingS)) {
      if (rep === reps[reps.length - 1]) recovered += 1;
      continue;
    }
    recoveries.push(next);
    if (next.movingS >= LONG_RECOVERY_RATIO * rep.movingS || isWalking(next)) recovered += 1;
  }
  if (recovered < reps.length * RECOVERED_SHARE) return undefined;
  return {
    reps: reps.length,
    repS: median(reps.map((l) => l.movingS)),
    workS,
    recoveryS: recoveries.length > 0 ? median(recoveries.map((l) => l.movingS)) : undefined,
    walking: recoveries.length > 0 && recoveries.filter(isWalking).length >= recoveries.length / 2,
    lapIndexes: [...reps, ...recoveries].map((lap) => lap.index),
  };
}

/** Strides found in two passes (two speeds) are one set of strides. */
export function mergeStrides(a: StridesFinding, b: StridesFinding): StridesFinding {
  const reps = a.reps + b.reps;
  const recoveries = [a, b].filter((f) => f.recoveryS !== undefined);
  return {
    reps,
    repS: (a.repS * a.reps + b.repS * b.reps) / reps,
    workS: a.workS + b.workS,
    recoveryS:
      recoveries.length > 0
        ? recoveries.reduce((s, f) => s + f.recoveryS! * f.reps, 0) /
          recoveries.reduce((s, f) => s + f.reps, 0)
        : undefined,
    walking: a.walking && b.walking,
    lapIndexes: [...a.lapIndexes, ...b.lapIndexes],
  };
}

export function withoutStrides(laps: readonly CleanLap[], strides: StridesFinding): CleanLap[] {
  const skip = new Set(strides.lapIndexes);
  return laps.filter((lap) => !skip.has(lap.index));
}
