// Sixteen weeks of three runners following HardDay, printed as tables (copied into the README's training section)
// and checked against the phase targets: 2–3 full sessions a week in the off-season, 1–2 in a build-up, none in the
// last two days before a race or in the recovery after it.

import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, addDays } from '../../utils/core';
import { simTable, simulate, type DayPlan, type Runner } from './simulate';

const FIRST_MONDAY = '2026-08-03';
const rest: DayPlan = { type: 'rest' };
const easy = (minutes: number, paceS = 340): DayPlan => ({ type: 'easy', minutes, paceS });

const beginner: Runner = {
  name: 'Beginner: level 1, three easy runs a week, no race',
  settings: { ...DEFAULT_SETTINGS, level: 1, phase: 'auto' },
  runAt: '18:00',
  week: () => [rest, easy(30, 420), rest, easy(30, 420), rest, easy(40, 420), rest],
};

const RACE_WEEK = 13; // 0-based: the race is on the Sunday of week 14
const raceDate = addDays(FIRST_MONDAY, RACE_WEEK * 7 + 6);
const marathoner: Runner = {
  name: '3 h marathoner: level 2, six runs a week, marathon on the Sunday of week 14',
  settings: { ...DEFAULT_SETTINGS, level: 2, phase: 'auto', raceDate, raceDistanceM: 42_195 },
  runAt: '17:30',
  week: (w) => {
    if (w < RACE_WEEK - 1)
      return [
        easy(45, 320),
        { type: 'intervals', minutes: 60 },
        easy(50, 320),
        { type: 'tempo', minutes: 50 },
        rest,
        easy(40, 320),
        { type: 'long', minutes: 120 + (w % 4) * 10, paceS: 310 },
      ];
    if (w === RACE_WEEK - 1)
      return [
        easy(40, 320),
        { type: 'intervals', minutes: 50 },
        easy(40, 320),
        easy(40, 320),
        rest,
        easy(30, 320),
        { type: 'long', minutes: 90, paceS: 310 },
      ];
    if (w === RACE_WEEK)
      return [
        easy(35, 320),
        { type: 'tempo', minutes: 40 },
        easy(30, 320),
        rest,
        easy(25, 320),
        rest,
        { type: 'race', km: 42.195, paceS: 255 },
      ];
    if (w === RACE_WEEK + 1) return [rest, rest, easy(25, 360), rest, easy(30, 350), rest, easy(40, 340)];
    return [
      easy(40, 330),
      { type: 'intervals', minutes: 50 },
      easy(40, 330),
      rest,
      easy(40, 330),
      rest,
      { type: 'long', minutes: 80, paceS: 315 },
    ];
  },
};

const masters: Runner = {
  name: 'Masters runner: level 2, born 1972, hills, intervals and a long run each week; a volume jump in week 6',
  settings: { ...DEFAULT_SETTINGS, level: 2, phase: 'off-season', birthYear: 1972 },
  runAt: '17:00',
  week: (w) =>
    w === 5
      ? [
          easy(70),
          { type: 'hills', minutes: 60 },
          easy(70),
          { type: 'intervals', minutes: 60 },
          easy(60),
          { type: 'long', minutes: 150, paceS: 340 },
          easy(60),
        ]
      : [
          easy(45),
          { type: 'hills', minutes: 60 },
          rest,
          { type: 'intervals', minutes: 60 },
          easy(40),
          { type: 'long', minutes: 100, paceS: 340 },
          rest,
        ],
};

export const SIMULATIONS = [beginner, marathoner, masters].map((runner) => ({
  runner,
  weeks: simulate(runner, FIRST_MONDAY, 16),
}));

describe('16 weeks with HardDay', () => {
  for (const { runner, weeks } of SIMULATIONS) {
    test(runner.name, () => {
      console.log(`\n${runner.name}\n\n${simTable(weeks)}\n`);
      expect(weeks).toHaveLength(16);
    });
  }

  test('the beginner without hard days gets 2–3 foundation sessions every week', () => {
    const { weeks } = SIMULATIONS[0]!;
    for (const week of weeks) {
      expect(week.hardRuns).toBe(0);
      expect(week.full).toBeGreaterThanOrEqual(2);
      expect(week.full).toBeLessThanOrEqual(3);
    }
  });

  test('the marathoner: 1–2 in the build-up, light only in the taper, none in the race recovery', () => {
    const { weeks } = SIMULATIONS[1]!;
    for (const week of weeks.slice(0, RACE_WEEK - 1)) {
      expect(week.phase).toBe('build');
      expect(week.full).toBeGreaterThanOrEqual(1);
      expect(week.full).toBeLessThanOrEqual(2);
    }
    // The last two weeks before the race are the marathon's 14-day taper: light sessions only.
    for (const week of weeks.slice(RACE_WEEK - 1, RACE_WEEK + 1)) expect(week.full).toBe(0);
    // About ten days of recovery after the race: nothing full in the week after it.
    expect(weeks[RACE_WEEK + 1]!.full).toBe(0);
    // Back to the off-season afterwards.
    expect(weeks[RACE_WEEK + 2]!.full).toBeGreaterThanOrEqual(1);
  });

  test('the masters runner: never more than two full sessions in a week (72 h apart); the volume jump lowers the target', () => {
    const { weeks } = SIMULATIONS[2]!;
    for (const week of weeks) expect(week.full).toBeLessThanOrEqual(2);
    expect(weeks.filter((w) => w.full === 2).length).toBeGreaterThanOrEqual(14);
    // Week 6 ran 80 % more than usual: the week after it starts with a lower target.
    expect(weeks[6]!.target).toBeLessThan(weeks[4]!.target);
    expect(weeks.filter((w) => w.target < 3)).toHaveLength(1);
  });
});
