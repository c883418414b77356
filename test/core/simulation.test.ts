// Sixteen weeks of three runners following HardDay, printed as tables (copied into the README's training section)
// and checked against the phase targets: 2–3 full sessions a week in the off-season, 1–2 in a build-up, none in the
// last two days before a race or in the recovery after it.

import { describe, expect, test } from 'vitest';
import { simTable, simulate } from './simulate';
import { beginner, FIRST_MONDAY, marathoner, masters, RACE_WEEK } from './sim-runners';

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
