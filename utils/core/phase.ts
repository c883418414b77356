// Which training phase applies today and how many strength sessions that allows per week.

import { dayNumber, isLocalDate, localDateOf, safeTimeZone } from './time';
import type { EffectivePhase, Settings } from './types';

const BUILD_DAYS = 16 * 7;
const TAPER_DAYS = 10;
const RACE_WEEK_DAYS = 7;

export interface PhaseInfo {
  phase: EffectivePhase;
  reason: string;
  /** Whole local days until the race (0 = race day), when a race date is set. */
  daysToRace?: number;
  /** Race day or the day before: no strength work at all. */
  restForRace: boolean;
}

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
        ? 'Race day: no strength work today'
        : daysToRace === 1
          ? 'Your race is tomorrow: no strength work today'
          : `Your race is in ${daysToRace} days: race week, light core and mobility at most`;
    return { phase: 'race-week', reason, daysToRace, restForRace: daysToRace <= 1 };
  }
  const manual = settings.phase;
  if (manual === 'off-season' || manual === 'build' || manual === 'taper') {
    const names = { 'off-season': 'off-season', build: 'race build-up', taper: 'taper' } as const;
    return {
      phase: manual,
      reason: `Phase set to ${names[manual]} in your settings`,
      daysToRace,
      restForRace: false,
    };
  }
  if (daysToRace === undefined) {
    const reason = raceDate
      ? 'The clock is unreadable, so no race phase applies'
      : 'No race date set: off-season';
    return { phase: 'off-season', reason, restForRace: false };
  }
  if (daysToRace < 0) {
    return {
      phase: 'off-season',
      reason: `Your race on ${raceDate} is behind you: off-season`,
      daysToRace,
      restForRace: false,
    };
  }
  if (daysToRace <= TAPER_DAYS) {
    return {
      phase: 'taper',
      reason: `Your race is in ${daysToRace} days: taper, light core and mobility only`,
      daysToRace,
      restForRace: false,
    };
  }
  if (daysToRace <= BUILD_DAYS) {
    const weeks = Math.ceil(daysToRace / 7);
    return {
      phase: 'build',
      reason: `Your race is ${weeks} weeks away: race build-up`,
      daysToRace,
      restForRace: false,
    };
  }
  return {
    phase: 'off-season',
    reason: `Your race is ${Math.floor(daysToRace / 7)} weeks away, more than 16: still off-season`,
    daysToRace,
    restForRace: false,
  };
}

export interface WeeklyTarget {
  target: number;
  min: number;
  max: number;
  phase: EffectivePhase;
  reasons: string[];
}

const RANGE: Record<EffectivePhase, { min: number; max: number; fallback: number; words: string }> = {
  'off-season': { min: 2, max: 3, fallback: 3, words: 'the off-season calls for 2–3' },
  build: { min: 1, max: 2, fallback: 2, words: 'a race build-up calls for 1–2' },
  taper: { min: 0, max: 1, fallback: 1, words: 'a taper allows one light session at most' },
  'race-week': { min: 0, max: 1, fallback: 1, words: 'race week allows one light session at most' },
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
      reasons: [...reasons, 'No sessions until after the race'],
    };
  }
  const chosen = settings.sessionsPerWeek;
  let target = range.fallback;
  if (typeof chosen === 'number' && Number.isFinite(chosen)) {
    const whole = Math.round(chosen);
    target = Math.min(Math.max(whole, Math.min(1, range.max)), range.max);
    if (target !== whole)
      reasons.push(`You chose ${whole} a week; ${range.words}, so the target is ${target}`);
    else reasons.push(`Target: ${target} a week, as you chose`);
  } else {
    reasons.push(`Target: ${target} a week (${range.words})`);
  }
  return { target, min: range.min, max: range.max, phase: info.phase, reasons };
}
