// A week-by-week simulation of a runner following HardDay: the runner runs their usual week, opens the popup after
// each run and on rest-day mornings, and does every full or foundation session offered. Pure, deterministic.

import {
  addDays,
  effectivePhase,
  isFullSessionEntry,
  planDay,
  startOfLocalDay,
  strengthTarget,
  type Advice,
  type Run,
  type Settings,
  type StrengthEntry,
  type Lap,
} from '../../utils/core';
import { steadyLaps, intervalLaps } from './corpus';

export type DayPlan =
  | { type: 'rest' }
  | { type: 'easy'; minutes: number; paceS: number }
  | { type: 'intervals' | 'tempo' | 'hills'; minutes: number }
  | { type: 'long'; minutes: number; paceS: number }
  | { type: 'race'; km: number; paceS: number };

export interface Runner {
  name: string;
  settings: Settings;
  /** Monday first. */
  week: (weekIndex: number) => DayPlan[];
  /** Local clock the runs start at, 'HH:MM'. */
  runAt: string;
}

export interface SimWeek {
  week: number;
  start: string;
  phase: string;
  runs: number;
  hardRuns: number;
  km: number;
  full: number;
  light: number;
  target: number;
  advice: string[];
}

export const ZONE = 'Europe/Berlin';
const MIN = 60_000;

/** A run made of its laps: distance and time are the laps' totals. */
function fromLaps(laps: Lap[]) {
  return {
    laps,
    distanceM: laps.reduce((sum, lap) => sum + lap.distanceM, 0),
    elapsedS: laps.reduce((sum, lap) => sum + lap.movingS, 0),
  };
}

/** A steady run of `minutes` at `paceS`, in 1 km laps. */
function steady(minutes: number, paceS: number, avgHr: number) {
  const km = (minutes * 60) / paceS;
  return {
    elapsedS: minutes * 60,
    distanceM: Math.round(km * 1000),
    avgHr,
    laps: steadyLaps(km, paceS, avgHr),
  };
}

function makeRun(day: string, plan: Exclude<DayPlan, { type: 'rest' }>, startMs: number, id: string): Run {
  const base = {
    source: 'strava' as const,
    id,
    sport: 'run' as const,
    start: new Date(startMs).toISOString(),
  };
  const workout = { workout: true };
  switch (plan.type) {
    case 'easy':
      return { ...base, title: 'Easy run', ...steady(plan.minutes, plan.paceS, 138) };
    case 'long':
      return {
        ...base,
        title: 'Long run',
        tags: { longRun: true },
        ...steady(plan.minutes, plan.paceS, 148),
      };
    case 'intervals': {
      const laps = intervalLaps({ reps: 6, workM: 800, workPace: 225, recoveryS: 120 });
      return { ...base, title: '6x800', avgHr: 158, tags: workout, ...fromLaps(laps) };
    }
    case 'hills': {
      const laps = intervalLaps({ reps: 8, workM: 250, workPace: 330, recoveryS: 120, workGainM: 18 });
      return {
        ...base,
        title: 'Hill repeats 8x',
        elevationGainM: 160,
        avgHr: 156,
        tags: workout,
        ...fromLaps(laps),
      };
    }
    case 'tempo':
      return {
        ...base,
        title: 'Tempo 3x10 min',
        elapsedS: plan.minutes * 60,
        distanceM: Math.round((plan.minutes * 60 * 1000) / 280),
        avgHr: 160,
        tags: { workout: true },
      };
    case 'race': {
      const elapsedS = Math.round(plan.km * plan.paceS);
      return {
        ...base,
        title: day + ' race',
        elapsedS,
        distanceM: Math.round(plan.km * 1000),
        avgHr: 168,
        tags: { race: true },
      };
    }
  }
}

const clockMs = (day: string, clock: string) => {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return startOfLocalDay(day, ZONE).getTime() + (h * 60 + m) * MIN;
};

export function simulate(runner: Runner, firstMonday: string, weeks: number): SimWeek[] {
  return simulateHistory(runner, firstMonday, weeks).weeks;
}

/** The simulation with the runs and the strength log it produced (a history to plan the next week from). */
export function simulateHistory(
  runner: Runner,
  firstMonday: string,
  weeks: number,
): { weeks: SimWeek[]; runs: Run[]; log: StrengthEntry[] } {
  const runs: Run[] = [];
  const log: StrengthEntry[] = [];
  const out: SimWeek[] = [];
  const ask = (nowMs: number): Advice =>
    planDay({ now: new Date(nowMs), runs, log, settings: runner.settings, timeZone: ZONE });
  const act = (advice: Advice, nowMs: number) => {
    if ('session' in advice && advice.session) {
      log.push({
        date: new Date(nowMs).toISOString(),
        sessionId: advice.session.id,
        ...(advice.run ? { runId: `${advice.run.source}:${advice.run.id}` } : {}),
        status: 'done',
      });
    }
    return advice.kind;
  };
  for (let w = 0; w < weeks; w += 1) {
    const monday = addDays(firstMonday, 7 * w);
    const plans = runner.week(w);
    const week: SimWeek = {
      week: w + 1,
      start: monday,
      phase: effectivePhase(new Date(clockMs(monday, '12:00')), runner.settings, ZONE).phase,
      runs: 0,
      hardRuns: 0,
      km: 0,
      full: 0,
      light: 0,
      target: strengthTarget(new Date(clockMs(monday, '12:00')), runner.settings, ZONE, runs).target,
      advice: [],
    };
    const before = log.length;
    plans.forEach((plan, d) => {
      const day = addDays(monday, d);
      // Rest-day or morning check first: the popup opened at breakfast.
      week.advice.push(act(ask(clockMs(day, '08:00')), clockMs(day, '08:00')));
      if (plan.type === 'rest') return;
      const startMs = clockMs(day, runner.runAt);
      const run = makeRun(day, plan, startMs, `${w}-${d}`);
      runs.push(run);
      week.runs += 1;
      week.km += (run.distanceM ?? 0) / 1000;
      if (plan.type !== 'easy') week.hardRuns += 1;
      const after = startMs + run.elapsedS * 1000 + 30 * MIN;
      const advice = ask(after);
      // Told the next session fits later in this window, the runner waits for it.
      if (advice.kind === 'spacing' && Date.parse(advice.nextFullSession) <= after + 150 * MIN) {
        const later = Date.parse(advice.nextFullSession) + MIN;
        week.advice.push(act(ask(later), later));
      } else {
        week.advice.push(act(advice, after));
      }
    });
    const added = log.slice(before);
    week.full = added.filter(isFullSessionEntry).length;
    week.light = added.length - week.full;
    week.km = Math.round(week.km);
    out.push(week);
  }
  return { weeks: out, runs, log };
}

export function simTable(weeks: SimWeek[]): string {
  const header = '| week | phase | runs (hard) | km | full sessions | light | target |';
  const rule = '| ---: | --- | ---: | ---: | ---: | ---: | ---: |';
  const rows = weeks.map(
    (w) =>
      `| ${w.week} | ${w.phase} | ${w.runs} (${w.hardRuns}) | ${w.km} | ${w.full} | ${w.light} | ${w.target} |`,
  );
  return [header, rule, ...rows].join('\n');
}
