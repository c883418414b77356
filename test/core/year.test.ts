import { describe, expect, test } from 'vitest';
import { classifyRun, DEFAULT_SETTINGS, dedupeRuns, planDay } from '../../utils/core';
import { yearOfLog, yearOfRuns, YEAR_START_MS } from './year';

describe('a year of history', () => {
  const runs = yearOfRuns();
  const log = yearOfLog(runs);

  test('is about 400 runs, with the synced copies merged', () => {
    expect(runs.length).toBeGreaterThanOrEqual(380);
    expect(dedupeRuns(runs).length).toBe(runs.length - 52);
  });

  test('weekly pattern classifies as expected', () => {
    const kinds = new Map<string, number>();
    for (const run of dedupeRuns(runs)) {
      const { kind } = classifyRun(run, runs);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    expect(kinds.get('intervals')).toBe(52);
    expect(kinds.get('tempo')).toBe(52);
    expect(kinds.get('long')).toBe(52);
    expect(kinds.get('recovery')).toBeGreaterThan(20);
  });

  test('every day gets an answer; strength only on hard days', () => {
    for (let day = 0; day < 365; day += 1) {
      const now = new Date(YEAR_START_MS + day * 86_400_000 + 2 * 3_600_000);
      const advice = planDay({ now, runs, log: [], settings: DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' });
      const weekday = day % 7;
      if (weekday === 1 || weekday === 3 || weekday === 6) expect(advice.kind).toBe('strength');
      if (weekday === 0 || weekday === 2) expect(advice.kind).toBe('easy-day');
    }
    expect(log.length).toBeGreaterThan(100);
    // 365 full plans over a year of history: a few seconds on a busy 2-core machine.
  }, 30_000);
});
