// Properties of the planner's guard rails over random runners and weeks: whatever the runs, the log and the
// settings, HardDay never offers a full session too soon after the last one, inside a race recovery or past the
// evening cut-off; mobility never counts; a volume spike never raises the target.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  buildSession,
  eveningCutoffMs,
  localDateOf,
  minGapHours,
  planDay,
  raceRecoveryOn,
  strengthTarget,
  strengthWindow,
  weeklyTarget,
  classifyRun,
  normalizeSettings,
  type Run,
  type Settings,
  type StrengthEntry,
} from '../../utils/core';
import { runStartMs } from '../../utils/core/runs';
import { isFullSessionEntry } from '../../utils/core/spacing';
import { NOW, planInputArb, runArb, settingsArb } from './arbitraries';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Auckland'] as const;

/** A runner's three weeks: a run most days at a random hour, some hard, maybe a race. */
const weeksArb = fc.record({
  settings: settingsArb,
  birthYear: fc.option(fc.integer({ min: 1950, max: 2005 }), { nil: undefined }),
  latestSessionTime: fc.option(fc.constantFrom('20:00', '21:30', '23:00'), { nil: undefined }),
  timeZone: fc.constantFrom(...ZONES),
  days: fc.array(
    fc.record({
      runs: fc.boolean(),
      hour: fc.integer({ min: 5, max: 22 }),
      kind: fc.constantFrom('easy', 'intervals', 'long', 'race', 'tempo'),
      km: fc.integer({ min: 4, max: 42 }),
    }),
    { minLength: 21, maxLength: 21 },
  ),
});

function runOf(day: number, plan: { hour: number; kind: string; km: number }): Run {
  const start = NOW - 21 * DAY + day * DAY + plan.hour * HOUR;
  const pace = plan.kind === 'easy' ? 360 : 270;
  return {
    source: 'strava',
    id: `r${day}`,
    title:
      plan.kind === 'easy'
        ? 'Easy run'
        : plan.kind === 'race'
          ? '10K race'
          : plan.kind === 'long'
            ? 'Long run'
            : 'Tempo 3x10',
    sport: 'run',
    start: new Date(start).toISOString(),
    elapsedS: Math.round(plan.km * pace),
    distanceM: plan.km * 1000,
    tags:
      plan.kind === 'race'
        ? { race: true }
        : plan.kind === 'long'
          ? { longRun: true }
          : plan.kind === 'easy'
            ? {}
            : { workout: true },
  };
}

type WeeksInput = typeof weeksArb extends fc.Arbitrary<infer T> ? T : never;

/** Lives the three weeks, asking after every run and every morning, doing each session offered. */
function live(input: WeeksInput) {
  const settings: Settings = {
    ...input.settings,
    ...(input.birthYear ? { birthYear: input.birthYear } : {}),
    ...(input.latestSessionTime ? { latestSessionTime: input.latestSessionTime } : {}),
  };
  const runs: Run[] = [];
  const log: StrengthEntry[] = [];
  const offers: { at: number; kind: string; runs: Run[]; log: StrengthEntry[] }[] = [];
  input.days.forEach((day, i) => {
    const moments = [NOW - 21 * DAY + i * DAY + 7 * HOUR];
    if (day.runs) {
      const run = runOf(i, day);
      runs.push(run);
      moments.push(runStartMs(run) + run.elapsedS * 1000 + 20 * 60_000);
    }
    for (const at of moments) {
      const advice = planDay({ now: new Date(at), runs, log, settings, timeZone: input.timeZone });
      offers.push({ at, kind: advice.kind, runs: [...runs], log: [...log] });
      if ((advice.kind === 'strength' || advice.kind === 'foundation') && advice.session.weight === 'full') {
        log.push({ date: new Date(at).toISOString(), sessionId: advice.session.id, status: 'done' });
      }
    }
  });
  return { settings, runs, log, offers };
}

describe('guard rails over random weeks', () => {
  test('never two full sessions within 48 h (72 h from 45), never in a race recovery, never past the cut-off', () => {
    let sessions = 0;
    fc.assert(
      fc.property(weeksArb, (input) => {
        const { settings, runs, log, offers } = live(input);
        const normal = normalizeSettings(settings);
        const full = log.filter(isFullSessionEntry).map((e) => Date.parse(e.date));
        sessions += full.length;
        const gap = minGapHours(normal.birthYear, new Date(NOW)) * HOUR;
        for (let i = 1; i < full.length; i += 1) expect(full[i]! - full[i - 1]!).toBeGreaterThanOrEqual(gap);
        const own = runs;
        for (const at of full) {
          const day = localDateOf(at, input.timeZone);
          const judge = (run: Run) => classifyRun(run, own, normal);
          const recovery = raceRecoveryOn(
            day,
            own.filter((r) => runStartMs(r) <= at),
            judge,
            normal,
            input.timeZone,
          );
          expect(recovery).toBeNull();
          expect(at).toBeLessThan(eveningCutoffMs(day, normal.latestSessionTime, input.timeZone));
        }
        expect(offers.length).toBeGreaterThan(20);
      }),
      { numRuns: 60 },
    );
    // The runners did train: the rules were checked against real offers, not an empty log.
    expect(sessions).toBeGreaterThan(60);
  }, 30_000);

  test('mobility never counts as strength: logging mobility routines changes no advice', () => {
    fc.assert(
      fc.property(
        planInputArb,
        fc.array(fc.integer({ min: -5 * 24, max: 2 }), { maxLength: 4 }),
        (input, hours) => {
          const mobility = hours.map((h) => {
            const at = new Date(NOW + h * HOUR);
            return {
              date: at.toISOString(),
              sessionId: buildSession({ kind: 'mobility', level: 1, phase: 'off-season', now: at }).id,
              status: 'done' as const,
            };
          });
          expect(planDay({ ...input, log: [...input.log, ...mobility] })).toEqual(planDay(input));
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  test('a volume spike never raises the target', () => {
    fc.assert(
      fc.property(
        fc.array(runArb(NOW - 35 * DAY, NOW), { maxLength: 30 }),
        settingsArb,
        fc.constantFrom(...ZONES),
        (runs, settings, zone) => {
          const now = new Date(NOW);
          expect(strengthTarget(now, settings, zone, runs).target).toBeLessThanOrEqual(
            weeklyTarget(now, settings, zone).target,
          );
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  test('a strength offer always sits inside the run’s window, before the cut-off of the run’s day', () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const advice = planDay(input);
        if (advice.kind !== 'strength') return;
        const settings = normalizeSettings(input.settings);
        const window = strengthWindow(advice.run, settings, input.timeZone ?? 'UTC');
        expect(Date.parse(advice.windowEnds)).toBe(window.endMs);
        expect(input.now.getTime()).toBeLessThanOrEqual(window.endMs);
        expect(window.tooLate).toBe(false);
      }),
      { numRuns: 800 },
    );
  }, 30_000);
});
