// Training volume and its trend. The source article's point: how much a runner runs — and how fast that rises — is
// what predicts injury, more than any single session. Weekly distance and time, and the acute:chronic ratio (the last
// 7 days against the weekly average of the last 28).

import { type Message, msg, percent, ratio as times, volume } from './message';
import { dedupeRuns, isOwnRun, MAX_RUN_M, MAX_RUN_S, runStartMs, sane } from './runs';
import { addDays, localDateOf, safeTimeZone, startOfLocalDay, weekBounds, weekOfDate } from './time';
import type { Run } from './types';

/** Above this acute:chronic ratio the injury risk rises clearly (Gabbett's "sweet spot" ends near 1.3). */
export const SPIKE_RATIO = 1.3;
/** A week-on-week rise above this share counts as a jump (the old "10 % rule" is too strict; 25 % is a clear jump). */
export const WEEK_JUMP = 0.25;
/** Below this weekly base a ratio says little (one extra run doubles it). */
const MIN_BASE_M = 15_000;
const MIN_BASE_S = 90 * 60;
const HISTORY_WEEKS = 6;

export interface LoadWeek {
  /** Local date the week starts on. */
  start: string;
  distanceM: number;
  movingS: number;
  runs: number;
}

export interface LoadTrend {
  /** Oldest first; the last entry is the week containing `now`. */
  weeks: LoadWeek[];
  /** Last 7 local days ÷ the weekly average of the last 28, by distance (time when distance is missing); null without a base. */
  acuteChronic: number | null;
  /** The last 7 days and the 7 before them, for the week-on-week rise. */
  last7: { distanceM: number; movingS: number };
  previous7: { distanceM: number; movingS: number };
}

export interface VolumeSpike {
  /** 'ratio': acute:chronic above SPIKE_RATIO; 'jump': last 7 days more than WEEK_JUMP above the 7 before. */
  cause: 'ratio' | 'jump';
  ratio: number;
  reason: Message;
}

interface Volume {
  distanceM: number;
  movingS: number;
  runs: number;
}

function runVolume(run: Run): { distanceM: number; movingS: number } {
  return {
    distanceM: sane(run.distanceM, 0, MAX_RUN_M) ?? 0,
    movingS: sane(run.movingS, 1, MAX_RUN_S) ?? sane(run.elapsedS, 0, MAX_RUN_S) ?? 0,
  };
}

function volumeBetween(own: readonly Run[], fromMs: number, toMs: number): Volume {
  const out: Volume = { distanceM: 0, movingS: 0, runs: 0 };
  for (const run of own) {
    const start = runStartMs(run);
    if (!(start >= fromMs && start < toMs)) continue;
    const v = runVolume(run);
    out.distanceM += v.distanceM;
    out.movingS += v.movingS;
    out.runs += 1;
  }
  return out;
}

/** Weekly volume of the runner's own runs and the acute:chronic ratio at `now`. Pure; never throws on bad runs. */
export function loadTrend(runs: Run[], now: Date, timeZone: string, weekStartsOn: 0 | 1): LoadTrend {
  const zone = safeTimeZone(timeZone);
  const own = ownDatedRuns(runs);
  const current = weekBounds(now, weekStartsOn, zone);
  const weeks: LoadWeek[] = [];
  for (let back = HISTORY_WEEKS - 1; back >= 0; back -= 1) {
    const week = weekOfDate(addDays(current.startDate, -7 * back), weekStartsOn, zone);
    const v = volumeBetween(own, week.start.getTime(), week.end.getTime());
    weeks.push({ start: week.startDate, ...v });
  }
  return { weeks, ...recentLoadOf(own, now, zone) };
}

/** Only the figures a spike is judged on (no weekly history): what the planner needs on every call. */
export function recentLoad(runs: Run[], now: Date, timeZone: string): Omit<LoadTrend, 'weeks'> {
  return recentLoadOf(ownDatedRuns(runs), now, safeTimeZone(timeZone));
}

function ownDatedRuns(runs: Run[]): Run[] {
  return dedupeRuns(Array.isArray(runs) ? runs : []).filter(
    (run) => isOwnRun(run) && Number.isFinite(runStartMs(run)),
  );
}

function recentLoadOf(own: readonly Run[], now: Date, zone: string): Omit<LoadTrend, 'weeks'> {
  // Whole local days (today and the 6 before it), so the figures change at midnight, not at the hour of an old run.
  const today = localDateOf(now.getTime(), zone);
  const dayStart = (back: number) => startOfLocalDay(addDays(today, -back), zone).getTime();
  const end = dayStart(-1);
  const last7 = volumeBetween(own, dayStart(6), end);
  const previous7 = volumeBetween(own, dayStart(13), dayStart(6));
  const last28 = volumeBetween(own, dayStart(27), end);
  // A ratio needs a base: with less than three weeks of history, every week looks like a spike.
  const hasBase = own.some((run) => runStartMs(run) < dayStart(20));
  return {
    acuteChronic: hasBase ? acuteChronicOf(last7, last28) : null,
    last7: { distanceM: last7.distanceM, movingS: last7.movingS },
    previous7: { distanceM: previous7.distanceM, movingS: previous7.movingS },
  };
}

function acuteChronicOf(last7: Volume, last28: Volume): number | null {
  // Distance when the runs carry it (most do); time for treadmill or manual logs without distance.
  const byDistance = last28.distanceM / 4 >= MIN_BASE_M;
  const byTime = last28.movingS / 4 >= MIN_BASE_S;
  if (last28.runs < 4) return null;
  if (byDistance) return last7.distanceM / (last28.distanceM / 4);
  if (byTime) return last7.movingS / (last28.movingS / 4);
  return null;
}

/** A rise in volume worth naming, with its risk; null when the load is steady or there is no base yet. */
export function volumeSpike(trend: Omit<LoadTrend, 'weeks'>): VolumeSpike | null {
  const ratio = trend.acuteChronic;
  if (ratio !== null && ratio > SPIKE_RATIO) {
    return {
      cause: 'ratio',
      ratio,
      reason: msg('advice.spikeRatio', { volume: volume(trend.last7.distanceM), ratio: times(ratio) }),
    };
  }
  const { last7, previous7 } = trend;
  const base = previous7.distanceM >= MIN_BASE_M;
  if (base && last7.distanceM > previous7.distanceM * (1 + WEEK_JUMP)) {
    const rise = Math.round((last7.distanceM / previous7.distanceM - 1) * 100) / 100;
    return {
      cause: 'jump',
      ratio: last7.distanceM / previous7.distanceM,
      reason: msg('advice.spikeJump', {
        rise: percent(rise),
        volume: volume(last7.distanceM),
        before: volume(previous7.distanceM),
      }),
    };
  }
  return null;
}
