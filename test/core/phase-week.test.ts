import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, effectivePhase, historyWeeks, weeklyTarget, weekSummary } from '../../utils/core';
import type { Run, Settings } from '../../utils/core';
import { english, englishAll } from '../support/english';

const base: Settings = { ...DEFAULT_SETTINGS, phase: 'auto' };
const now = new Date('2026-06-30T10:00:00Z');
const race = (date: string) => ({ ...base, raceDate: date });

describe('effectivePhase', () => {
  test.each([
    [undefined, 'off-season'],
    ['2026-12-01', 'off-season'],
    ['2026-09-01', 'build'],
    ['2026-07-10', 'taper'],
    ['2026-07-07', 'race-week'],
    ['2026-07-01', 'race-week'],
    ['2026-06-30', 'race-week'],
    ['2026-06-01', 'off-season'],
  ])('race %s → %s', (raceDate, phase) => {
    const info = effectivePhase(now, raceDate ? race(raceDate) : base);
    expect(info.phase).toBe(phase);
    expect(english(info.reason).length).toBeGreaterThan(10);
  });

  test('race day and the two days before rest; a manual phase cannot override race week', () => {
    expect(effectivePhase(now, race('2026-07-01')).restForRace).toBe(true);
    expect(effectivePhase(now, race('2026-07-02')).restForRace).toBe(true);
    expect(effectivePhase(now, race('2026-07-03')).restForRace).toBe(false);
    expect(effectivePhase(now, { ...race('2026-07-01'), phase: 'off-season' }).phase).toBe('race-week');
    expect(effectivePhase(now, { ...base, phase: 'build' }).phase).toBe('build');
  });

  test('the local date decides how many days are left', () => {
    const late = new Date('2026-06-30T22:30:00Z'); // already 1 July in Berlin
    expect(effectivePhase(late, race('2026-07-02'), 'UTC').daysToRace).toBe(2);
    expect(effectivePhase(late, race('2026-07-02'), 'Europe/Berlin').daysToRace).toBe(1);
  });
});

describe('weeklyTarget', () => {
  test('defaults and ranges by phase', () => {
    expect(weeklyTarget(now, base).target).toBe(3);
    expect(weeklyTarget(now, race('2026-09-01')).target).toBe(2);
    expect(weeklyTarget(now, race('2026-07-10')).target).toBe(1);
    expect(weeklyTarget(now, race('2026-07-01')).target).toBe(0);
    expect(weeklyTarget(now, { ...base, sessionsPerWeek: 2 }).target).toBe(2);
    const capped = weeklyTarget(now, { ...race('2026-09-01'), sessionsPerWeek: 5 });
    expect(capped.target).toBe(2);
    expect(englishAll(capped.reasons).join(' ')).toMatch(/1–2/);
  });
});

const run = (id: string, start: string, title: string, elapsedS = 3000): Run => ({
  source: 'strava',
  id,
  title,
  sport: 'run',
  start,
  elapsedS,
  distanceM: 9000,
});

describe('weekSummary and historyWeeks', () => {
  const runs = [
    run('1', '2026-06-29T06:00:00Z', 'Easy'),
    run('2', '2026-06-30T06:00:00Z', '6x800'),
    run('3', '2026-06-30T17:00:00Z', 'Recovery jog', 1200),
    run('4', '2026-06-21T06:00:00Z', 'Long run', 6000),
    run('5', '2026-06-16T06:00:00Z', 'Tempo'),
    { ...run('6', '2026-06-30T07:00:00Z', 'Friend'), ownedByViewer: false },
  ];
  const log = [
    { date: '2026-06-30T08:00:00Z', sessionId: 'a', runId: 'strava:2', status: 'done' as const },
    { date: '2026-06-21', sessionId: 'b', status: 'done' as const },
    { date: '2026-06-22', sessionId: 'c', status: 'skipped' as const },
  ];

  test('this week: days, runs with effort, strength, count vs target', () => {
    const week = weekSummary({ now, runs, log, settings: base });
    expect(week.startDate).toBe('2026-06-29');
    expect(week.days.map((d) => d.runs.length)).toEqual([1, 2, 0, 0, 0, 0, 0]);
    expect(week.days[1]!.hard).toBe(true);
    expect(week.days[1]!.isToday).toBe(true);
    expect(week.days[1]!.strength).toHaveLength(1);
    expect(week.done).toBe(1);
    expect(week.target.target).toBe(3);
    expect(week.remaining).toBe(2);
  });

  test('overrides show in the summary', () => {
    const week = weekSummary({ now, runs, log, settings: base, overrides: { 'strava:1': 'hard' } });
    expect(week.days[0]!.runs[0]).toMatchObject({ effort: 'hard', overridden: true });
  });

  test('history: oldest first, per-week counts', () => {
    const weeks = historyWeeks({ now, runs, log, settings: base, weeks: 3 });
    expect(weeks.map((w) => w.startDate)).toEqual(['2026-06-15', '2026-06-22', '2026-06-29']);
    expect(weeks.map((w) => w.done)).toEqual([1, 0, 1]);
    expect(weeks.map((w) => w.skipped)).toEqual([0, 1, 0]);
    expect(weeks.map((w) => w.hardRuns)).toEqual([2, 0, 1]);
    expect(weeks.map((w) => w.runs)).toEqual([2, 0, 3]);
    expect(weeks.at(-1)!.isCurrent).toBe(true);
    expect(historyWeeks({ now, runs, log, settings: base })).toHaveLength(8);
  });
});
