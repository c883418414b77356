import { describe, expect, test } from 'vitest';
import { words } from '../../utils/i18n/training-text';
import { DEFAULT_SETTINGS, planDay, type PlanInput, type Run, type Settings } from '../../utils/core';
import { english, englishAll } from '../support/english';

const settings: Settings = { ...DEFAULT_SETTINGS, level: 2, phase: 'off-season' };
const intervals: Run = {
  source: 'strava',
  id: '500',
  title: '6x800m',
  sport: 'run',
  start: '2026-06-30T16:00:00Z', // Tuesday
  elapsedS: 3600,
  distanceM: 11000,
  tags: { workout: true },
};
const easy: Run = {
  source: 'strava',
  id: '501',
  title: 'Easy jog',
  sport: 'run',
  start: '2026-06-30T06:00:00Z',
  elapsedS: 2400,
  distanceM: 6000,
};
const at = (iso: string) => new Date(iso);
const plan = (over: Partial<PlanInput>) =>
  planDay({ now: at('2026-06-30T18:00:00Z'), runs: [intervals], log: [], settings, ...over });

describe('planDay', () => {
  test('strength inside the window after a hard run, with the exact window end', () => {
    const advice = plan({});
    expect(advice.kind).toBe('strength');
    if (advice.kind !== 'strength') return;
    expect(advice.windowEnds).toBe('2026-06-30T20:00:00.000Z');
    expect(advice.session.items.length).toBeGreaterThan(3);
    expect(english(advice.reasons[0]!)).toBe('Strength fits now: the window is open until 20:00');
    expect(englishAll(advice.reasons).join(' ')).toMatch(/0 of 3/);
  });

  test('the window follows windowHours and the local clock in the reasons', () => {
    const advice = plan({ settings: { ...settings, windowHours: 4 }, timeZone: 'Europe/Berlin' });
    // Four hours would end at 23:00 in Berlin; the default evening cut-off (21:30) closes it earlier.
    expect(advice.kind === 'strength' && advice.windowEnds).toBe('2026-06-30T19:30:00.000Z');
    expect(englishAll(advice.reasons).join(' ')).toMatch(/until 21:30 \(your evening cut-off\)/);
    const late = plan({
      settings: { ...settings, windowHours: 4, latestSessionTime: '23:30' },
      timeZone: 'Europe/Berlin',
    });
    expect(late.kind === 'strength' && late.windowEnds).toBe('2026-06-30T21:00:00.000Z');
    expect(englishAll(late.reasons).join(' ')).toMatch(/until 23:00/);
  });

  test('after the window: window-missed with the time it closed', () => {
    const advice = plan({ now: at('2026-06-30T20:00:01Z') });
    expect(advice.kind).toBe('window-missed');
    expect(advice.kind === 'window-missed' && advice.windowEnded).toBe('2026-06-30T20:00:00.000Z');
  });

  test('an easy run gives an easy day, with no session', () => {
    const advice = plan({ runs: [easy], now: at('2026-06-30T07:00:00Z') });
    expect(advice.kind).toBe('easy-day');
    expect(advice).not.toHaveProperty('session');
  });

  test('the runner overrides win both ways, under either synced id', () => {
    expect(plan({ overrides: { 'strava:500': 'easy' } }).kind).toBe('easy-day');
    const hard = plan({ runs: [easy], now: at('2026-06-30T07:00:00Z'), overrides: { 'strava:501': 'hard' } });
    expect(hard.kind).toBe('strength');
    if (hard.kind === 'strength') expect(hard.session.kind).toBe('hard');
    const garminCopy: Run = {
      ...intervals,
      source: 'garmin',
      id: 'g1',
      title: 'Running',
      tags: undefined,
      avgHr: 150,
    };
    expect(plan({ runs: [intervals, garminCopy], overrides: { 'garmin:g1': 'easy' } }).kind).toBe('easy-day');
  });

  test('a double: the hard run of the day decides even if the easy one came later', () => {
    const evening: Run = { ...easy, id: '502', start: '2026-06-30T17:10:00Z', elapsedS: 1200 };
    const morningIntervals: Run = { ...intervals, start: '2026-06-30T06:00:00Z' };
    const advice = planDay({
      now: at('2026-06-30T07:30:00Z'),
      runs: [morningIntervals, { ...easy, start: '2026-06-30T07:00:00Z', elapsedS: 600, id: '503' }],
      log: [],
      settings,
    });
    expect(advice.kind).toBe('strength');
    expect(advice.kind !== 'no-run' && advice.run?.id).toBe('500');
    expect(englishAll(advice.reasons).join(' ')).toMatch(/2 runs that day; the hard one/);
    const later = planDay({
      now: at('2026-06-30T17:40:00Z'),
      runs: [morningIntervals, evening],
      log: [],
      settings,
    });
    expect(later.kind).toBe('window-missed');
  });

  test('the same run synced twice counts once', () => {
    const copy: Run = {
      ...intervals,
      source: 'garmin',
      id: 'g-500',
      start: '2026-06-30T16:02:00Z',
      title: 'Running',
    };
    const advice = plan({ runs: [intervals, copy] });
    expect(advice.kind).toBe('strength');
    expect(englishAll(advice.reasons).join(' ')).not.toMatch(/2 runs/);
  });

  test('already logged for that run: done (also when skipped)', () => {
    const log = [
      { date: '2026-06-30T18:30:00Z', sessionId: 'x', runId: 'strava:500', status: 'done' as const },
    ];
    expect(plan({ log }).kind).toBe('done');
    expect(plan({ log: [{ ...log[0]!, status: 'skipped' as const }] }).kind).toBe('done');
  });

  test('weekly target met: quota-met', () => {
    // Friday intervals; sessions on Sunday, Monday and Wednesday, each at least 48 h before the next.
    const friday: Run = { ...intervals, id: '510', start: '2026-07-03T16:00:00Z' };
    const log = ['2026-06-28', '2026-06-29', '2026-07-01'].map((date, i) => ({
      date,
      sessionId: `s${i}`,
      status: 'done' as const,
    }));
    const onFriday = (over: Partial<PlanInput>) =>
      plan({ runs: [friday], now: at('2026-07-03T17:30:00Z'), log: [log[1]!, log[2]!], ...over });
    // Monday-start week: Monday and Wednesday (target 3) → still strength
    expect(onFriday({}).kind).toBe('strength');
    // Sunday-start week: all three are in this week → quota met
    expect(onFriday({ log, settings: { ...settings, weekStartsOn: 0 } }).kind).toBe('quota-met');
    expect(onFriday({ settings: { ...settings, phase: 'build' } }).kind).toBe('quota-met');
  });

  test('taper: a light core and mobility session at most; race day and the two days before: none', () => {
    const taper = plan({ settings: { ...settings, phase: 'auto', raceDate: '2026-07-05' } });
    expect(taper.kind).toBe('taper');
    if (taper.kind === 'taper') {
      expect(taper.session?.kind).toBe('taper');
      expect(
        taper.session?.items.every((i) =>
          /plank|crunch|raise|bird|bear|swing|ankle|hip|stretch|book/.test(i.exerciseId),
        ),
      ).toBe(true);
    }
    const dayBefore = plan({ settings: { ...settings, raceDate: '2026-07-01' } });
    expect(dayBefore.kind).toBe('taper');
    expect(dayBefore.kind === 'taper' && dayBefore.session).toBeUndefined();
    expect(english(dayBefore.reasons[0]!)).toMatch(/tomorrow/);
    const twoDaysBefore = plan({ settings: { ...settings, raceDate: '2026-07-02' } });
    expect(twoDaysBefore.kind === 'taper' && twoDaysBefore.session).toBeUndefined();
    expect(english(twoDaysBefore.reasons[0]!)).toMatch(/last two days/);
  });

  test('no own run in the last 36 hours: no-run; someone else’s run never counts', () => {
    expect(plan({ now: at('2026-07-02T06:00:00Z') }).kind).toBe('no-run');
    expect(plan({ runs: [{ ...intervals, ownedByViewer: false }] }).kind).toBe('no-run');
    expect(english(plan({ runs: [] }).reasons[0]!)).toMatch(/36 hours/);
    const running = plan({ now: at('2026-06-30T16:30:00Z') });
    expect(running.kind).toBe('no-run');
    expect(englishAll(running.reasons).join(' ')).toMatch(/in progress/);
  });

  test('equipment: weights adds the coach advice', () => {
    const advice = plan({ settings: { ...settings, equipment: 'weights' } });
    expect(englishAll(advice.reasons).join(' ')).toMatch(/qualified strength and conditioning coach/);
    expect(advice.kind === 'strength' && advice.session.notes?.map(words).join(' ')).toMatch(/coach/);
  });

  test('a run that crosses midnight belongs to the day it started: too late for strength that night', () => {
    const late: Run = { ...intervals, start: '2026-06-30T21:40:00Z', elapsedS: 3600 }; // 23:40–00:40 Berlin
    const advice = planDay({
      now: at('2026-06-30T23:00:00Z'),
      runs: [late],
      log: [],
      settings,
      timeZone: 'Europe/Berlin',
    });
    expect(advice.kind).toBe('window-missed');
    expect(english(advice.reasons[0]!)).toMatch(/Too late tonight/);
  });

  test('a window across the DST change is measured in real hours', () => {
    // Berlin springs forward at 01:00 UTC on 2026-03-29; a run ending 00:30 UTC has its window to 03:30 UTC.
    const night: Run = { ...intervals, start: '2026-03-28T23:30:00Z', elapsedS: 3600 };
    const advice = planDay({
      now: at('2026-03-29T03:00:00Z'),
      runs: [night],
      log: [],
      settings,
      timeZone: 'Europe/Berlin',
    });
    expect(advice.kind === 'strength' && advice.windowEnds).toBe('2026-03-29T03:30:00.000Z');
    expect(englishAll(advice.reasons).join(' ')).toMatch(/until 5:30/);
  });

  test('focusing on one run (the open activity) advises on that run', () => {
    const advice = planDay({
      now: at('2026-06-30T18:00:00Z'),
      runs: [intervals, { ...easy, start: '2026-06-30T17:00:00Z', elapsedS: 1200, id: '777' }],
      log: [],
      settings,
      focusRunKey: 'strava:500',
    });
    expect(advice.kind).toBe('strength');
  });

  test('never throws on broken input', () => {
    const broken = planDay({
      now: new Date(Number.NaN),
      runs: null as never,
      log: undefined as never,
      settings: {} as never,
    });
    expect(broken.kind).toBe('no-run');
    const odd = planDay({
      now: at('2026-06-30T18:00:00Z'),
      runs: [intervals, null as never, { title: 5 } as never],
      log: [null as never, { date: 'garbage' } as never],
      settings: { windowHours: -1, level: 7 } as never,
    });
    expect(odd.kind).toBe('strength');
  });
});
