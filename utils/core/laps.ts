// Reads a run's lap structure: intervals (fast work laps alternating with recoveries), strides (a few short fast
// bursts with long recoveries, which belong to an easy run), a sustained tempo block between slower running, a
// progression, and repeated climbs. Laps from the sites are untrusted: bad ones are dropped and counted.

import {
  findStrides,
  mergeStrides,
  STRIDES_MAX_WORK_S,
  withoutStrides,
  type StridesFinding,
} from './strides';
import { cleanLaps, SLOWEST_PACE_S, type CleanLap } from './clean-laps';
import { median } from './stats';

/** Interval work laps must be at least this much faster than the recoveries between them (ratio of paces). */
const INTERVAL_SEPARATION = 0.88;
/** Work laps must beat the recoveries between them by this much heart rate when the laps carry no distance. */
const INTERVAL_HR_GAP = 8;
/** A recovery is only described as one when it is clearly slower than the work (ratio of paces). */
const SLOWER_RECOVERY = 1.05;
const TEMPO_SEPARATION = 0.9;
const TEMPO_MIN_BLOCK_S = 15 * 60;
/** A progression's last third must be this much faster than its first (ratio of paces). */
const PROGRESSION_RATIO = 0.93;
const PROGRESSION_MIN_S = 25 * 60;
const CLIMB_MIN_GRADE = 0.05;
const CLIMB_MIN_GAIN_M = 15;

export interface IntervalFinding {
  workLaps: number;
  /** Median length of a work lap (time, and distance when the laps have one). */
  repS: number;
  repM?: number;
  /** Work laps of about the same distance (not a pyramid), so "8 × 400 m" reads true. */
  evenReps: boolean;
  workS: number;
  /** Only when the work laps have a distance. */
  workPace?: number;
  /** Only when the recoveries have a distance and are clearly slower than the work. */
  recoveryPace?: number;
  /** Median recovery time between reps. */
  recoveryS?: number;
  /** Recoveries were mostly standing still (too little distance for a pace). */
  standingRecoveries: boolean;
  workHr?: number;
  recoveryHr?: number;
  /** Work laps climbed (average grade ≥ 4 %): hill repeats. */
  uphill: boolean;
  workGradePct: number;
  /** Found from the watch's own work/recovery labels rather than paces. */
  fromLabels: boolean;
  /** Found from heart rate alone (laps without distance). */
  fromHeartRate: boolean;
}

export interface TempoFinding {
  blockS: number;
  blockPace: number;
  otherPace: number;
  hrDelta?: number;
}

export interface ProgressionFinding {
  firstPace: number;
  lastPace: number;
  durationS: number;
}

export interface ClimbFinding {
  climbs: number;
  averageGainM: number;
}

export interface LapFindings {
  usable: CleanLap[];
  dropped: number;
  intervals?: IntervalFinding;
  strides?: StridesFinding;
  /** Pace of the run apart from the strides and their recoveries, when strides were found. */
  paceWithoutStrides?: number;
  tempo?: TempoFinding;
  progression?: ProgressionFinding;
  climbs?: ClimbFinding;
}

/** Work and recovery laps before they are described; strides are looked for among these. */
export interface IntervalCandidate {
  work: CleanLap[];
  /** Recoveries between the first and the last rep (not the warm-up or cool-down). */
  between: CleanLap[];
  fromLabels: boolean;
  fromHeartRate: boolean;
}

const WORK_LABELS: ReadonlySet<string> = new Set(['active', 'interval']);
const RECOVERY_LABELS: ReadonlySet<string> = new Set(['recovery', 'rest']);

/** Distance-weighted pace of a group of laps (total time over total distance), capped. */
export function groupPace(
  laps: readonly CleanLap[],
  pick: (lap: CleanLap) => number = (lap) => lap.pace,
): number {
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

const workSegmentCount = (flags: readonly boolean[]) => segments(flags).filter((s) => s.value).length;

function between(laps: readonly CleanLap[], work: readonly CleanLap[], isWork: (lap: CleanLap) => boolean) {
  const first = work[0]!.index;
  const last = work[work.length - 1]!.index;
  return laps.filter((lap) => !isWork(lap) && lap.index > first && lap.index < last);
}

/** Recoveries as fast as the work mean the watch's labels were not what was run. */
function recoveriesAreEasier(work: readonly CleanLap[], recovery: readonly CleanLap[]): boolean {
  if (recovery.length === 0) return false;
  const paced = work.every((l) => l.paced) && recovery.some((l) => l.hasDistance);
  if (paced) return groupPace(recovery) >= groupPace(work) * SLOWER_RECOVERY;
  const workHr = groupHr(work);
  const recoveryHr = groupHr(recovery);
  return workHr === undefined || recoveryHr === undefined || recoveryHr < workHr;
}

function intervalsFromLabels(laps: readonly CleanLap[]): IntervalCandidate | undefined {
  const isWork = (lap: CleanLap) => lap.intensity !== undefined && WORK_LABELS.has(lap.intensity);
  const isRecovery = (lap: CleanLap) => lap.intensity !== undefined && RECOVERY_LABELS.has(lap.intensity);
  const labelled = laps.filter((lap) => isWork(lap) || isRecovery(lap));
  if (!labelled.some(isRecovery)) return undefined;
  const segs = segments(labelled.map(isWork));
  const workSegments = segs.filter((s) => s.value).length;
  if (workSegments < 3 || segs.length - workSegments < 2) return undefined;
  const work = labelled.filter(isWork);
  const recovery = labelled.filter(isRecovery);
  if (!recoveriesAreEasier(work, recovery)) return undefined;
  return { work, between: between(labelled, work, isWork), fromLabels: true, fromHeartRate: false };
}

/** Candidate split points between sorted values; each gives a fast group and a slow group. */
function thresholds(values: readonly number[]): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0; i < sorted.length - 1; i += 1) out.push((sorted[i]! + sorted[i + 1]!) / 2);
  return out;
}

function intervalsFromPaces(laps: readonly CleanLap[]): IntervalCandidate | undefined {
  if (laps.length < 5 || laps.filter((l) => l.hasDistance).length < laps.length / 2) return undefined;
  let best: { segments: number; separation: number; candidate: IntervalCandidate } | undefined;
  for (const threshold of thresholds(laps.map((lap) => lap.effortPace))) {
    const isWork = (lap: CleanLap) => lap.paced && lap.effortPace <= threshold;
    const workSegments = workSegmentCount(laps.map(isWork));
    if (workSegments < 3) continue;
    const work = laps.filter(isWork);
    // Only the recoveries between reps count: a slow warm-up must not make 1 km auto-laps that differ by a few
    // seconds look like work and rest.
    const rest = between(laps, work, isWork);
    if (rest.length < 2) continue;
    const separation = groupPace(work, (l) => l.effortPace) / groupPace(rest, (l) => l.effortPace);
    if (separation > INTERVAL_SEPARATION) continue;
    if (coefficientOfVariation(work.map((lap) => lap.effortPace)) > 0.12) continue;
    if (
      !best ||
      workSegments > best.segments ||
      (workSegments === best.segments && separation < best.separation)
    ) {
      best = {
        segments: workSegments,
        separation,
        candidate: { work, between: rest, fromLabels: false, fromHeartRate: false },
      };
    }
  }
  return best?.candidate;
}

/** Treadmill laps without distance: the reps show as laps with clearly higher heart rate. */
function intervalsFromHeartRate(laps: readonly CleanLap[]): IntervalCandidate | undefined {
  if (laps.length < 5 || laps.filter((l) => !l.hasDistance).length < laps.length / 2) return undefined;
  if (laps.filter((l) => l.avgHr !== undefined).length < laps.length * 0.8) return undefined;
  let best: { segments: number; gap: number; candidate: IntervalCandidate } | undefined;
  for (const threshold of thresholds(laps.flatMap((lap) => (lap.avgHr === undefined ? [] : [lap.avgHr])))) {
    const isWork = (lap: CleanLap) => lap.avgHr !== undefined && lap.avgHr >= threshold;
    const workSegments = workSegmentCount(laps.map(isWork));
    if (workSegments < 3) continue;
    const work = laps.filter(isWork);
    const rest = between(laps, work, isWork);
    if (rest.length < 2) continue;
    const gap = groupHr(work)! - (groupHr(rest) ?? Infinity);
    if (!(gap >= INTERVAL_HR_GAP)) continue;
    if (coefficientOfVariation(work.map((lap) => lap.movingS)) > 0.5) continue;
    if (!best || workSegments > best.segments || (workSegments === best.segments && gap > best.gap)) {
      best = {
        segments: workSegments,
        gap,
        candidate: { work, between: rest, fromLabels: false, fromHeartRate: true },
      };
    }
  }
  return best?.candidate;
}

function findIntervals(laps: readonly CleanLap[]): IntervalCandidate | undefined {
  return intervalsFromLabels(laps) ?? intervalsFromPaces(laps) ?? intervalsFromHeartRate(laps);
}

function describeIntervals(candidate: IntervalCandidate): IntervalFinding {
  const { work, between: recovery } = candidate;
  const workMetres = work.reduce((s, l) => s + l.distanceM, 0);
  const workGrade = work.reduce((s, l) => s + l.gainM, 0) / Math.max(1, workMetres);
  const paced = work.every((l) => l.paced);
  const workPace = paced ? groupPace(work) : undefined;
  const recoveryPaced = recovery.length > 0 && recovery.every((l) => l.hasDistance);
  const recoveryPace = recoveryPaced ? groupPace(recovery) : undefined;
  // Slower than the pace cap is standing still (a walk is about 12:00/km), and a capped pace is no pace to show.
  const standingRecoveries =
    recoveryPaced &&
    recovery.reduce((s, l) => s + l.distanceM, 0) * SLOWEST_PACE_S <
      recovery.reduce((s, l) => s + l.movingS, 0) * 1000;
  return {
    workLaps: work.length,
    repS: median(work.map((l) => l.movingS)),
    repM: paced ? median(work.map((l) => l.distanceM)) : undefined,
    evenReps: paced && coefficientOfVariation(work.map((l) => l.distanceM)) <= 0.1,
    workS: work.reduce((s, l) => s + l.movingS, 0),
    workPace,
    recoveryPace:
      workPace !== undefined && recoveryPace !== undefined && recoveryPace >= workPace * SLOWER_RECOVERY
        ? recoveryPace
        : undefined,
    recoveryS: recovery.length > 0 ? median(recovery.map((l) => l.movingS)) : undefined,
    standingRecoveries,
    workHr: groupHr(work),
    recoveryHr: groupHr(recovery),
    uphill: workGrade >= 0.04,
    workGradePct: workGrade * 100,
    fromLabels: candidate.fromLabels,
    fromHeartRate: candidate.fromHeartRate,
  };
}

function tempoFromPaces(laps: readonly CleanLap[]): TempoFinding | undefined {
  if (laps.length < 3 || !laps.every((l) => l.hasDistance)) return undefined;
  const first = laps[0]!;
  const last = laps[laps.length - 1]!;
  let best: TempoFinding | undefined;
  for (const threshold of thresholds(laps.map((lap) => lap.effortPace))) {
    if (first.effortPace <= threshold || last.effortPace <= threshold) continue; // needs a warm-up and cool-down
    const flags = laps.map((lap) => lap.effortPace <= threshold);
    const blocks = workSegmentCount(flags);
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

/**
 * Thirds by time: each lap counts toward the third its midpoint falls in. A progression gets faster from third to
 * third, and the last third is clearly faster than the first (a natural negative split is a few percent).
 */
/** A progression is judged on sustained running: short bursts and the jogs between them say nothing about it. */
const PROGRESSION_MIN_LAP_S = 60;
const PROGRESSION_MIN_LAP_M = 300;

function progressionFromPaces(all: readonly CleanLap[]): ProgressionFinding | undefined {
  const laps = all.filter((l) => l.movingS >= PROGRESSION_MIN_LAP_S || l.distanceM >= PROGRESSION_MIN_LAP_M);
  if (laps.length < 5 || !laps.every((l) => l.hasDistance)) return undefined;
  const durationS = laps.reduce((s, l) => s + l.movingS, 0);
  if (durationS < PROGRESSION_MIN_S) return undefined;
  const thirds: CleanLap[][] = [[], [], []];
  let elapsed = 0;
  for (const lap of laps) {
    const third = Math.min(2, Math.floor(((elapsed + lap.movingS / 2) / durationS) * 3));
    thirds[third]!.push(lap);
    elapsed += lap.movingS;
  }
  if (thirds.some((t) => t.length === 0) || thirds[2]!.length < 2) return undefined;
  const [first, middle, last] = thirds.map((t) => groupPace(t, (l) => l.effortPace)) as [
    number,
    number,
    number,
  ];
  if (last > first * PROGRESSION_RATIO) return undefined;
  if (middle > first * 1.01 || middle < last * 0.99) return undefined;
  return { firstPace: groupPace(thirds[0]!), lastPace: groupPace(thirds[2]!), durationS };
}

function repeatedClimbs(laps: readonly CleanLap[]): ClimbFinding | undefined {
  const flags = laps.map((lap) => lap.grade >= CLIMB_MIN_GRADE && lap.gainM >= CLIMB_MIN_GAIN_M);
  const climbs = workSegmentCount(flags);
  if (climbs < 3) return undefined;
  const climbing = laps.filter((_, i) => flags[i]);
  return { climbs, averageGainM: climbing.reduce((s, l) => s + l.gainM, 0) / climbs };
}

export function analyzeLaps(laps: unknown): LapFindings {
  const { usable, dropped } = cleanLaps(laps);
  const findings: LapFindings = { usable, dropped };
  if (usable.length < 3) return findings;
  let rest: readonly CleanLap[] = usable;
  let candidate = findIntervals(usable);
  let strides: StridesFinding | undefined;
  // Strides ride on another run: set them and their recoveries aside and look again at what is left. Strides of
  // two speeds show up one speed at a time, so this repeats; their total work still has to stay small.
  for (let round = 0; candidate && round < 4; round += 1) {
    const found = findStrides(rest, candidate.work);
    if (!found) break;
    strides = strides ? mergeStrides(strides, found) : found;
    rest = withoutStrides(rest, found);
    candidate = rest.length >= 3 ? findIntervals(rest) : undefined;
  }
  if (strides && strides.workS >= STRIDES_MAX_WORK_S) {
    strides = undefined;
    rest = usable;
    candidate = findIntervals(usable);
  }
  findings.strides = strides;
  if (strides && rest.length > 0 && rest.every((l) => l.hasDistance))
    findings.paceWithoutStrides = groupPace(rest);
  if (candidate) findings.intervals = describeIntervals(candidate);
  else {
    findings.tempo = tempoFromPaces(rest);
    if (!findings.tempo) findings.progression = progressionFromPaces(rest);
  }
  findings.climbs = repeatedClimbs(usable);
  return findings;
}
