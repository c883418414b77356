// Reads a run's lap structure: intervals (fast work laps alternating with recoveries), a sustained tempo block
// between slower running, and repeated climbs. Laps from the sites are untrusted: bad ones are dropped and counted.

import { sane } from './runs';
import type { Lap, LapIntensity } from './types';

/** Any pace slower than this (s/km) is standing or walking; capping keeps averages meaningful. */
const SLOWEST_PACE_S = 1800;
/** Faster than 1:40/km over 200 m or more is a GPS glitch, not a runner. */
const FASTEST_PACE_S = 100;
/** Interval work laps must be at least this much faster than recoveries (ratio of paces). */
const INTERVAL_SEPARATION = 0.88;
const TEMPO_SEPARATION = 0.9;
const TEMPO_MIN_BLOCK_S = 15 * 60;
const CLIMB_MIN_GRADE = 0.05;
const CLIMB_MIN_GAIN_M = 15;

export interface CleanLap {
  index: number;
  distanceM: number;
  movingS: number;
  gainM: number;
  /** Seconds per km, capped at SLOWEST_PACE_S. */
  pace: number;
  /** Pace adjusted for climbing (about 3.3 % per 1 % of grade), so uphill reps count as fast. */
  effortPace: number;
  grade: number;
  avgHr?: number;
  intensity?: LapIntensity;
}

export interface IntervalFinding {
  workLaps: number;
  workPace: number;
  recoveryPace: number;
  /** Recoveries were mostly standing still (too little distance for a pace). */
  standingRecoveries: boolean;
  /** Work laps climbed (average grade ≥ 4 %): hill repeats. */
  uphill: boolean;
  workGradePct: number;
  /** Found from the watch's own work/recovery labels rather than paces. */
  fromLabels: boolean;
}

export interface TempoFinding {
  blockS: number;
  blockPace: number;
  otherPace: number;
  hrDelta?: number;
}

export interface ClimbFinding {
  climbs: number;
  averageGainM: number;
}

export interface LapFindings {
  usable: CleanLap[];
  dropped: number;
  intervals?: IntervalFinding;
  tempo?: TempoFinding;
  climbs?: ClimbFinding;
}

const WORK_LABELS: ReadonlySet<string> = new Set(['active', 'interval']);
const RECOVERY_LABELS: ReadonlySet<string> = new Set(['recovery', 'rest']);

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
      avgHr: sane(lap.avgHr, 25, 250),
      intensity,
    });
  });
  return { usable, dropped };
}

/** Distance-weighted pace of a group of laps (total time over total distance), capped. */
function groupPace(laps: readonly CleanLap[], pick: (lap: CleanLap) => number = (lap) => lap.pace): number {
  let seconds = 0;
  let km = 0;
  for (const lap of laps) {
    const lapKm = Math.max(lap.distanceM, 1) / 1000;
    seconds += pick(lap) * lapKm;
    km += lapKm;
  }
  return km > 0 ? seconds / km : SLOWEST_PACE_S;
}

function groupHr(laps: readonly CleanLap[]): number | undefined {
  const withHr = laps.filter((lap) => lap.avgHr !== undefined);
  if (withHr.length === 0 || withHr.length < laps.length / 2) return undefined;
  const time = withHr.reduce((sum, lap) => sum + lap.movingS, 0);
  return withHr.reduce((sum, lap) => sum + lap.avgHr! * lap.movingS, 0) / time;
}

function coefficientOfVariation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return Math.sqrt(variance) / mean;
}

/** Runs of consecutive laps in the same group: [true, true, false, true] → 2 "true" segments. */
function segments(flags: readonly boolean[]): { value: boolean; length: number }[] {
  const out: { value: boolean; length: number }[] = [];
  for (const flag of flags) {
    const last = out[out.length - 1];
    if (last && last.value === flag) last.length += 1;
    else out.push({ value: flag, length: 1 });
  }
  return out;
}

function intervalsFromLabels(laps: readonly CleanLap[]): IntervalFinding | undefined {
  const labelled = laps.filter(
    (lap) => lap.intensity && (WORK_LABELS.has(lap.intensity) || RECOVERY_LABELS.has(lap.intensity)),
  );
  if (!labelled.some((lap) => RECOVERY_LABELS.has(lap.intensity!))) return undefined;
  const flags = labelled.map((lap) => WORK_LABELS.has(lap.intensity!));
  const segs = segments(flags);
  const workSegments = segs.filter((s) => s.value).length;
  const recoverySegments = segs.length - workSegments;
  if (workSegments < 3 || recoverySegments < 2) return undefined;
  const work = labelled.filter((lap) => WORK_LABELS.has(lap.intensity!));
  const recovery = labelled.filter((lap) => RECOVERY_LABELS.has(lap.intensity!));
  return describeIntervals(work, recovery, true);
}

function describeIntervals(work: CleanLap[], recovery: CleanLap[], fromLabels: boolean): IntervalFinding {
  const workGrade =
    work.reduce((s, l) => s + l.gainM, 0) /
    Math.max(
      1,
      work.reduce((s, l) => s + l.distanceM, 0),
    );
  const recoveryMetres = recovery.reduce((s, l) => s + l.distanceM, 0);
  return {
    workLaps: work.length,
    workPace: groupPace(work),
    recoveryPace: groupPace(recovery),
    standingRecoveries: recoveryMetres < 50 * recovery.length,
    uphill: workGrade >= 0.04,
    workGradePct: workGrade * 100,
    fromLabels,
  };
}

/** Candidate split points between sorted effort paces; each gives a fast group and a slow group. */
function thresholds(laps: readonly CleanLap[]): number[] {
  const paces = [...new Set(laps.map((lap) => lap.effortPace))].sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0; i < paces.length - 1; i += 1) out.push((paces[i]! + paces[i + 1]!) / 2);
  return out;
}

function intervalsFromPaces(laps: readonly CleanLap[]): IntervalFinding | undefined {
  if (laps.length < 5) return undefined;
  let best: { segments: number; separation: number; work: CleanLap[]; recovery: CleanLap[] } | undefined;
  for (const threshold of thresholds(laps)) {
    const flags = laps.map((lap) => lap.effortPace <= threshold);
    const workSegments = segments(flags).filter((s) => s.value).length;
    if (workSegments < 3) continue;
    const work = laps.filter((lap) => lap.effortPace <= threshold);
    const recovery = laps.filter((lap) => lap.effortPace > threshold);
    const separation = groupPace(work, (l) => l.effortPace) / groupPace(recovery, (l) => l.effortPace);
    if (separation > INTERVAL_SEPARATION) continue;
    if (coefficientOfVariation(work.map((lap) => lap.effortPace)) > 0.12) continue;
    if (
      !best ||
      workSegments > best.segments ||
      (workSegments === best.segments && separation < best.separation)
    ) {
      best = { segments: workSegments, separation, work, recovery };
    }
  }
  if (!best) return undefined;
  // Recoveries are the slow laps between the first and last rep, not the warm-up and cool-down.
  const firstWork = best.work[0]!.index;
  const lastWork = best.work[best.work.length - 1]!.index;
  const between = best.recovery.filter((lap) => lap.index > firstWork && lap.index < lastWork);
  return describeIntervals(best.work, between.length > 0 ? between : best.recovery, false);
}

function tempoFromPaces(laps: readonly CleanLap[]): TempoFinding | undefined {
  if (laps.length < 3) return undefined;
  const first = laps[0]!;
  const last = laps[laps.length - 1]!;
  let best: TempoFinding | undefined;
  for (const threshold of thresholds(laps)) {
    if (first.effortPace <= threshold || last.effortPace <= threshold) continue; // needs a warm-up and cool-down
    const flags = laps.map((lap) => lap.effortPace <= threshold);
    const blocks = segments(flags).filter((s) => s.value).length;
    if (blocks < 1 || blocks > 2) continue;
    const block = laps.filter((lap) => lap.effortPace <= threshold);
    const other = laps.filter((lap) => lap.effortPace > threshold);
    const blockS = block.reduce((s, l) => s + l.movingS, 0);
    if (blockS < TEMPO_MIN_BLOCK_S) continue;
    const blockPace = groupPace(block);
    const otherPace = groupPace(other);
    if (groupPace(block, (l) => l.effortPace) / groupPace(other, (l) => l.effortPace) > TEMPO_SEPARATION)
      continue;
    if (coefficientOfVariation(block.map((lap) => lap.effortPace)) > 0.06) continue;
    const blockHr = groupHr(block);
    const otherHr = groupHr(other);
    const hrDelta = blockHr !== undefined && otherHr !== undefined ? blockHr - otherHr : undefined;
    // With heart rate present, a real tempo block also shows up as clearly harder work.
    if (hrDelta !== undefined && hrDelta < 5) continue;
    if (!best || blockS > best.blockS) best = { blockS, blockPace, otherPace, hrDelta };
  }
  return best;
}

function repeatedClimbs(laps: readonly CleanLap[]): ClimbFinding | undefined {
  const flags = laps.map((lap) => lap.grade >= CLIMB_MIN_GRADE && lap.gainM >= CLIMB_MIN_GAIN_M);
  const climbs = segments(flags).filter((s) => s.value).length;
  if (climbs < 3) return undefined;
  const climbing = laps.filter((_, i) => flags[i]);
  return { climbs, averageGainM: climbing.reduce((s, l) => s + l.gainM, 0) / climbs };
}

export function analyzeLaps(laps: unknown): LapFindings {
  const { usable, dropped } = cleanLaps(laps);
  const findings: LapFindings = { usable, dropped };
  if (usable.length < 3) return findings;
  findings.intervals = intervalsFromLabels(usable) ?? intervalsFromPaces(usable);
  if (!findings.intervals) findings.tempo = tempoFromPaces(usable);
  findings.climbs = repeatedClimbs(usable);
  return findings;
}
