// Which training phase applies today and how many strength sessions that allows per week.

import { day, type Message, msg, nested } from './message';
import { dayNumber, isLocalDate, localDateOf, safeTimeZone } from './time';
import type { EffectivePhase, Settings } from './types';

const BUILD_DAYS = 16 * 7;
const RACE_WEEK_DAYS = 7;
/** Race day and the two days before it: no strength at all, so the legs arrive fresh. */
const REST_BEFORE_RACE_DAYS = 2;

/**
 * Days of taper before a race of this distance: about a week for a 5 K, ten days for a half, two weeks for a
 * marathon or longer. Without a distance, ten days (the middle of the usual range).
 */
export function taperDays(raceDistanceM: number | undefined): number {
  if (typeof raceDistanceM !== 'number' || !Number.isFinite(raceDistanceM) || raceDistanceM <= 0) return 10;
  const km = raceDistanceM / 1000;
  if (km <= 6) return 7;
  if (km <= 12) return 8;
  if (km <= 25) return 10;
  if (km <= 35) return 12;
  return 14;
}

/**
 * Days of post-race recovery (race day included): about one day per 4 km raced, at least 2 — ten after a marathon.
 * Without a distance, the minimum.
 */
export function raceRecoveryDays(raceDistanceM: number | undefined): number {
  if (typeof raceDistanceM !== 'number' || !Number.isFinite(raceDistanceM) || raceDistanceM <= 0) return 2;
  return Math.max(2, Math.min(21, Math.floor(raceDistanceM / 4000)));
}

export interface PhaseInfo {
  phase: EffectivePhase;
  reason: Message;
  /** Whole local days until the race (0 = race day), when a race date is set. */
  daysToRace?: number;
  /** Race day or the two days before it: no strength work at all. */
  restForRace: boolean;
}

const PHASE_NAME_KEY = {
  'off-season': 'advice.phase.name.offSeason',
  build: 'advice.phase.name.build',
  taper: 'advice.phase.name.taper',
} as const;

export function effectivePhase(now: Date, settings: Settings, timeZone = 'UTC'): PhaseInfo {
  const zone = safeTimeZone(timeZone);
  const nowMs = now.getTime();
  const raceDate =
    typeof settings.raceDate === 'string' && isLocalDate(settings.raceDate) ? settings.raceDate : null;
  const daysToRace =
    raceDate && Number.isFinite(nowMs)
      ? dayNumber(raceDate) - dayNumber(localDateOf(nowMs, zone))
      : undefined;

  // The last week before a race overrides any chosen phase: racing fresh matters more than one more session.
  if (daysToRace !== undefined && daysToRace >= 0 && daysToRace <= RACE_WEEK_DAYS) {
    const reason =
      daysToRace === 0
        ? msg('advice.phase.raceDay')
        : daysToRace === 1
          ? msg('advice.phase.raceTomorrow')
          : daysToRace <= REST_BEFORE_RACE_DAYS
            ? msg('advice.phase.freshLegs', { count: daysToRace })
            : msg('advice.phase.raceWeek', { count: daysToRace });
    return { phase: 'race-week', reason, daysToRace, restForRace: daysToRace <= REST_BEFORE_RACE_DAYS };
  }
  // Right after the race the body repairs first: no full phase target until the recovery days are over.
  if (daysToRace !== undefined && daysToRace < 0) {
    const recovery = raceRecoveryDays(settings.raceDistanceM);
    if (-daysToRace < recovery) {
      const left = recovery + daysToRace;
      return {
        phase: 'recovery',
        reason:
          -daysToRace === 1
            ? msg('advice.phase.recoveryAfterYesterday', { count: left })
            : msg('advice.phase.recovery', { ago: -daysToRace, count: left }),
        daysToRace,
        restForRace: false,
      };
    }
  }
  const manual = settings.phase;
  if (manual === 'off-season' || manual === 'build' || manual === 'taper') {
    return {
      phase: manual,
      reason: msg('advice.phase.chosen', { phase: nested(msg(PHASE_NAME_KEY[manual])) }),
      daysToRace,
      restForRace: false,
    };
  }
  if (daysToRace === undefined) {
    const reason = msg(raceDate ? 'advice.phase.noClock' : 'advice.phase.noRaceDate');
    return { phase: 'off-season', reason, restForRace: false };
  }
  if (daysToRace < 0) {
    return {
      phase: 'off-season',
      reason: msg('advice.phase.raceBehind', { day: day(raceDate ?? '') }),
      daysToRace,
      restForRace: false,
    };
  }
  const taper = taperDays(settings.raceDistanceM);
  if (daysToRace <= taper) {
    return {
      phase: 'taper',
      reason: msg('advice.phase.taper', { count: daysToRace, taper }),
      daysToRace,
      restForRace: false,
    };
  }
  if (daysToRace <= BUILD_DAYS) {
    const weeks = Math.ceil(daysToRace / 7);
    return {
      phase: 'build',
      reason: msg('advice.phase.build', { count: weeks }),
      daysToRace,
      restForRace: false,
    };
  }
  return {
    phase: 'off-season',
    reason: msg('advice.phase.farAway', { count: Math.floor(daysToRace / 7) }),
    daysToRace,
    restForRace: false,
  };
}

export interface WeeklyTarget {
  target: number;
  min: number;
  max: number;
  phase: EffectivePhase;
  reasons: Message[];
}

/** Each phase's range of sessions a week; `words` is the key of the sentence that says why. */
const RANGE: Record<EffectivePhase, { min: number; max: number; fallback: number; words: string }> = {
  'off-season': { min: 2, max: 3, fallback: 3, words: 'advice.phase.range.offSeason' },
  build: { min: 1, max: 2, fallback: 2, words: 'advice.phase.range.build' },
  taper: { min: 0, max: 1, fallback: 1, words: 'advice.phase.range.taper' },
  'race-week': { min: 0, max: 1, fallback: 1, words: 'advice.phase.range.raceWeek' },
  recovery: { min: 0, max: 0, fallback: 0, words: 'advice.phase.range.recovery' },
};

/** Strength sessions per week for the phase in force at `now`; a chosen number is kept inside the phase's range. */
export function weeklyTarget(now: Date, settings: Settings, timeZone = 'UTC'): WeeklyTarget {
  const info = effectivePhase(now, settings, timeZone);
  const range = RANGE[info.phase];
  const reasons = [info.reason];
  if (info.restForRace) {
    return {
      target: 0,
      min: 0,
      max: 0,
      phase: info.phase,
      reasons: [...reasons, msg('advice.phase.noSessionsUntilRace')],
    };
  }
  const chosen = settings.sessionsPerWeek;
  let target = range.fallback;
  const words = nested(msg(range.words));
  if (range.max === 0) {
    reasons.push(msg('advice.phase.noFullSessions', { range: words }));
  } else if (typeof chosen === 'number' && Number.isFinite(chosen)) {
    const whole = Math.round(chosen);
    target = Math.min(Math.max(whole, Math.min(1, range.max)), range.max);
    if (target !== whole)
      reasons.push(msg('advice.phase.targetClamped', { chosen: whole, range: words, target }));
    else reasons.push(msg('advice.phase.targetChosen', { target }));
  } else {
    reasons.push(msg('advice.phase.targetDefault', { target, range: words }));
  }
  return { target, min: range.min, max: range.max, phase: info.phase, reasons };
}
