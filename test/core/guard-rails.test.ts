// The planner's guard rails, one table row per rule a coach would check, each with a control that shows the rule
// does not fire where it should not.

import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  buildSession,
  normalizeSettings,
  planDay,
  raceRecoveryDays,
  strengthTarget,
  taperDays,
  effectivePhase,
  weekSummary,
  type Advice,
  type PlanInput,
  type Run,
  type Settings,
  type StrengthEntry,
} from '../../utils/core';
import { english, englishAll } from '../support/english';
import { ago, msg } from '../../utils/core/message';

const ZONE = 'Europe/Berlin';
const settings: Settings = { ...DEFAULT_SETTINGS, level: 2, phase: 'off-season' };
/** A local Berlin wall time in summer (UTC+2) as an instant. */
const at = (date: string, clock: string) => new Date(`${date}T${clock}:00+02:00`);
const hardRun = (id: string, date: string, clock: string, extra: Partial<Run> = {}): Run => ({
  source: 'strava',
  id,
  title: '6x800',
  sport: 'run',
  start: at(date, clock).toISOString(),
  elapsedS: 3600,
  distanceM: 11_000,
  tags: { workout: true },
  ...extra,
});
const easyRun = (id: string, date: string, clock: string, extra: Partial<Run> = {}): Run => ({
  source: 'strava',
  id,
  title: 'Easy run',
  sport: 'run',
  start: at(date, clock).toISOString(),
  elapsedS: 2400,
  distanceM: 6500,
  ...extra,
});
const fullSession = (date: string, clock: string): StrengthEntry => ({
  date: at(date, clock).toISOString(),
  sessionId: buildSession({ kind: 'intervals', level: 2, phase: 'off-season', now: at(date, clock) }).id,
  status: 'done',
});
const mobilitySession = (date: string, clock: string): StrengthEntry => ({
  date: at(date, clock).toISOString(),
  sessionId: buildSession({ kind: 'mobility', level: 2, phase: 'off-season', now: at(date, clock) }).id,
  status: 'done',
});
const plan = (input: Partial<PlanInput> & Pick<PlanInput, 'now' | 'runs'>): Advice =>
  planDay({ log: [], settings, timeZone: ZONE, ...input });
const text = (advice: Advice) => englishAll(advice.reasons).join(' ');

// 2026-07-07 is a Tuesday.
describe('spacing: 48 h between full sessions, 72 h from 45, whatever the calendar week says', () => {
  test.each([
    // [case, log, run day, expected]
    ['Tuesday session, Wednesday intervals', [fullSession('2026-07-07', '19:00')], '2026-07-08', 'spacing'],
    [
      'Tuesday session, Thursday intervals after 48 h',
      [fullSession('2026-07-07', '18:00')],
      '2026-07-09',
      'strength',
    ],
    [
      'Sunday session, Monday intervals (week boundary)',
      [fullSession('2026-07-05', '19:00')],
      '2026-07-06',
      'spacing',
    ],
    [
      'only a mobility routine yesterday (control)',
      [mobilitySession('2026-07-07', '19:00')],
      '2026-07-08',
      'strength',
    ],
    [
      'a skipped session yesterday (control)',
      [{ ...fullSession('2026-07-07', '19:00'), status: 'skipped' as const }],
      '2026-07-08',
      'strength',
    ],
  ])('%s → %s', (_name, log, day, expected) => {
    const advice = plan({
      now: at(day as string, '19:15'),
      runs: [hardRun('1', day as string, '17:45')],
      log: log as StrengthEntry[],
    });
    expect(advice.kind).toBe(expected);
  });

  test('the spacing advice says when the next session fits and why', () => {
    const advice = plan({
      now: at('2026-07-08', '19:15'),
      runs: [hardRun('1', '2026-07-08', '17:45')],
      log: [fullSession('2026-07-07', '19:00')],
    });
    expect(advice.kind).toBe('spacing');
    if (advice.kind !== 'spacing') return;
    expect(advice.nextFullSession).toBe(at('2026-07-09', '19:00').toISOString());
    expect(text(advice)).toMatch(/yesterday at 19:00: leave 48 h between sessions/);
    expect(advice.mobility?.weight).toBe('mobility');
  });

  test('from 45: 72 h, said so', () => {
    const masters = { ...settings, birthYear: 1978 };
    const log = [fullSession('2026-07-07', '18:00')];
    const thursday = plan({
      now: at('2026-07-09', '19:15'),
      runs: [hardRun('1', '2026-07-09', '17:45')],
      log,
      settings: masters,
    });
    expect(thursday.kind).toBe('spacing');
    expect(text(thursday)).toMatch(/72 h between sessions \(72 h from age 45\)/);
    const friday = plan({
      now: at('2026-07-10', '19:15'),
      runs: [hardRun('1', '2026-07-10', '17:45')],
      log,
      settings: masters,
    });
    expect(friday.kind).toBe('strength');
  });

  test('when spacing ends inside the window, strength opens then', () => {
    const runs = [hardRun('1', '2026-07-09', '16:30')];
    const log = [fullSession('2026-07-07', '18:30')];
    expect(plan({ now: at('2026-07-09', '18:00'), runs, log }).kind).toBe('spacing');
    expect(plan({ now: at('2026-07-09', '18:31'), runs, log }).kind).toBe('strength');
  });
});

describe('evenings: no window past latestSessionTime', () => {
  test('intervals ending 21:30 are too late tonight, and nothing moves to the easy day after', () => {
    const runs = [hardRun('1', '2026-07-07', '20:30')];
    const advice = plan({ now: at('2026-07-07', '21:40'), runs });
    expect(advice.kind).toBe('window-missed');
    expect(text(advice)).toMatch(/Too late tonight/);
    const nextMorning = plan({ now: at('2026-07-08', '08:00'), runs });
    expect(nextMorning.kind).toBe('window-missed');
  });

  test('a window that would run past the cut-off is cut short, and says so', () => {
    const advice = plan({ now: at('2026-07-07', '20:00'), runs: [hardRun('1', '2026-07-07', '18:30')] });
    expect(advice.kind).toBe('strength');
    if (advice.kind !== 'strength') return;
    expect(advice.windowEnds).toBe(at('2026-07-07', '21:30').toISOString());
    expect(text(advice)).toMatch(/until 21:30 \(your evening cut-off\)/);
  });

  test('the cut-off is the runner’s own setting', () => {
    const late = { ...settings, latestSessionTime: '23:00' };
    const advice = plan({
      now: at('2026-07-07', '21:40'),
      runs: [hardRun('1', '2026-07-07', '20:30')],
      settings: late,
    });
    expect(advice.kind).toBe('strength');
    expect(advice.kind === 'strength' && advice.windowEnds).toBe(at('2026-07-07', '23:00').toISOString());
  });
});

describe('recovery after a race: light mobility and core only, about a day per 4 km', () => {
  const marathon = hardRun('m', '2026-07-05', '09:00', {
    title: 'Berlin Marathon',
    elapsedS: 3 * 3600,
    distanceM: 42_195,
    tags: { race: true },
  });

  test.each([
    [42_195, 10],
    [21_097, 5],
    [10_000, 2],
    [5_000, 2],
    [undefined, 2],
  ])('%s m → %i days', (distance, days) => {
    expect(raceRecoveryDays(distance)).toBe(days);
  });

  test('two days after a marathon, a recovery jog with heart-rate drift gets recovery advice, not strength', () => {
    const jog = easyRun('j', '2026-07-07', '18:00', { title: 'Recovery jog', avgHr: 152, maxHr: 165 });
    const advice = plan({ now: at('2026-07-07', '19:00'), runs: [marathon, jog] });
    expect(advice.kind).toBe('race-recovery');
    if (advice.kind !== 'race-recovery') return;
    expect(advice.recoveryEnds).toBe('2026-07-15');
    expect(advice.session.weight).toBe('light');
    expect(advice.session.items.some((i) => i.exerciseId === 'jump-squat')).toBe(false);
    expect(text(advice)).toMatch(/42 km race on Sunday 5 July: 10 days/);
  });

  test('even a hard run inside the recovery gets only light work; the day the recovery ends, strength is back', () => {
    const inside = plan({
      now: at('2026-07-14', '19:00'),
      runs: [marathon, hardRun('i', '2026-07-14', '17:30')],
    });
    expect(inside.kind).toBe('race-recovery');
    const after = plan({
      now: at('2026-07-15', '19:00'),
      runs: [marathon, hardRun('i', '2026-07-15', '17:30')],
    });
    expect(after.kind).toBe('strength');
  });

  test('a race the day before the next one: no recovery session, the legs rest for tomorrow', () => {
    const tenK = hardRun('r', '2026-07-11', '09:00', {
      title: 'Parkrun 10K',
      elapsedS: 2400,
      distanceM: 10_000,
      tags: { race: true },
    });
    const racing: Settings = { ...settings, phase: 'auto', raceDate: '2026-07-12', raceDistanceM: 21_097 };
    const advice = plan({ now: at('2026-07-11', '12:00'), runs: [tenK], settings: racing });
    expect(advice.kind).toBe('taper');
    expect(advice.kind === 'taper' && advice.session).toBeUndefined();
    // Without the next race, the same race gets its recovery routine.
    expect(plan({ now: at('2026-07-11', '12:00'), runs: [tenK] }).kind).toBe('race-recovery');
  });

  test('the week in the popup counts no full sessions during the recovery, and says why', () => {
    const week = weekSummary({
      now: at('2026-07-07', '19:00'),
      runs: [marathon],
      log: [],
      settings,
      timeZone: ZONE,
    });
    expect(week.target.target).toBe(0);
    expect(english(week.target.reasons[0]!)).toMatch(/After your 42 km race/);
  });

  test('the phase does not jump to a full off-season target the day after race day', () => {
    const auto: Settings = { ...settings, phase: 'auto', raceDate: '2026-07-05', raceDistanceM: 42_195 };
    const monday = effectivePhase(at('2026-07-06', '12:00'), auto, ZONE);
    expect(monday.phase).toBe('recovery');
    expect(strengthTarget(at('2026-07-06', '12:00'), auto, ZONE, []).target).toBe(0);
    expect(effectivePhase(at('2026-07-15', '12:00'), auto, ZONE).phase).toBe('off-season');
  });
});

describe('taper by race distance; nothing in the last 2 days', () => {
  test.each([
    [5_000, 7],
    [10_000, 8],
    [21_097, 10],
    [42_195, 14],
    [undefined, 10],
  ])('%s m → %i days of taper', (distance, days) => {
    expect(taperDays(distance)).toBe(days);
  });

  test('13 days before a marathon is taper; 13 days before a 5 K is not', () => {
    const now = at('2026-07-07', '12:00');
    const race = (raceDistanceM: number): Settings => ({
      ...settings,
      phase: 'auto',
      raceDate: '2026-07-20',
      raceDistanceM,
    });
    expect(effectivePhase(now, race(42_195), ZONE).phase).toBe('taper');
    expect(effectivePhase(now, race(5_000), ZONE).phase).toBe('build');
  });

  test('two days before the race: no session at all', () => {
    const advice = plan({
      now: at('2026-07-07', '19:00'),
      runs: [hardRun('1', '2026-07-07', '17:30')],
      settings: { ...settings, phase: 'auto', raceDate: '2026-07-09' },
    });
    expect(advice.kind).toBe('taper');
    expect(advice.kind === 'taper' && advice.session).toBeUndefined();
    expect(text(advice)).toMatch(/last two days/);
  });
});

describe('runners without hard days still train', () => {
  const beginner: Settings = { ...settings, level: 1 };
  const easyWeek = [easyRun('a', '2026-07-04', '18:00'), easyRun('b', '2026-07-06', '18:00')];

  test('an easy day carries the mobility routine, never counted as strength', () => {
    const advice = plan({ now: at('2026-07-06', '19:00'), runs: easyWeek, settings: beginner });
    expect(advice.kind).toBe('easy-day');
    expect(advice.mobility?.weight).toBe('mobility');
    expect(advice.mobility!.minutes).toBeGreaterThanOrEqual(5);
    expect(advice.mobility!.minutes).toBeLessThanOrEqual(10);
  });

  test('a level-1 runner below target gets the foundation session on a rest day, with the reason', () => {
    const advice = plan({ now: at('2026-07-07', '10:00'), runs: easyWeek, settings: beginner });
    expect(advice.kind).toBe('foundation');
    if (advice.kind !== 'foundation') return;
    expect(advice.session.weight).toBe('full');
    expect(advice.until).toBe(at('2026-07-07', '21:30').toISOString());
    expect(text(advice)).toMatch(/No hard run this week/);
  });

  test.each([
    ['a session 30 h ago (spacing)', { log: [fullSession('2026-07-06', '04:00')] }],
    ['a run today (not a rest day)', { runs: [...easyWeek, easyRun('c', '2026-07-07', '07:00')] }],
    ['after the evening cut-off', { now: at('2026-07-07', '21:45') }],
    ['level 2 who runs regularly', { settings }],
    ['a hard run this week', { runs: [...easyWeek, hardRun('h', '2026-07-05', '17:00')] }],
  ])('no foundation session with %s', (_name, over) => {
    const advice = plan({ now: at('2026-07-07', '10:00'), runs: easyWeek, settings: beginner, ...over });
    expect(advice.kind).not.toBe('foundation');
    expect(advice.kind).not.toBe('strength');
  });

  test('any level not running for a while still gets foundation work', () => {
    const advice = plan({ now: at('2026-07-07', '10:00'), runs: [easyRun('old', '2026-06-20', '18:00')] });
    expect(advice.kind).toBe('foundation');
    expect(text(advice)).toMatch(/No runs in the last 7 days/);
  });
});

describe('volume: a spike lowers the week’s target and says why', () => {
  const weekOf = (monday: string, km: number, prefix: string): Run[] =>
    [0, 2, 4].map((d) => {
      const date = new Date(Date.parse(`${monday}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
      return easyRun(`${prefix}${d}`, date, '07:00', {
        distanceM: Math.round((km * 1000) / 3),
        elapsedS: Math.round((km * 330) / 3),
      });
    });
  const steady = [
    ...weekOf('2026-06-08', 30, 'a'),
    ...weekOf('2026-06-15', 30, 'b'),
    ...weekOf('2026-06-22', 30, 'c'),
  ];

  test('30 km weeks then 50 km: the ratio and the jump are named with the injury risk; target 3 → 2', () => {
    const runs = [...steady, ...weekOf('2026-06-29', 50, 'd')];
    const target = strengthTarget(at('2026-07-05', '12:00'), settings, ZONE, runs);
    expect(target.spike).not.toBeNull();
    expect(target.target).toBe(2);
    expect(englishAll(target.reasons).join(' ')).toMatch(/injur/);
  });

  test('steady weeks (control): the target stays', () => {
    const runs = [...steady, ...weekOf('2026-06-29', 31, 'd')];
    expect(strengthTarget(at('2026-07-05', '12:00'), settings, ZONE, runs)).toMatchObject({
      target: 3,
      spike: null,
    });
  });

  test('no history yet (control): no ratio, no spike', () => {
    expect(
      strengthTarget(at('2026-07-05', '12:00'), settings, ZONE, weekOf('2026-06-29', 50, 'd')).spike,
    ).toBeNull();
  });
});

describe('words people use', () => {
  test('durations read like people say them', () => {
    const now = at('2026-07-11', '10:00').getTime();
    const said = (then: Date) => english(msg('advice.lastRunEnded', { ago: ago(then.getTime(), now, ZONE) }));
    expect(said(at('2026-07-01', '08:15'))).toBe('Your last run ended 10 days ago');
    expect(said(at('2026-07-10', '18:10'))).toBe('Your last run ended yesterday at 18:10');
    expect(said(at('2026-07-11', '07:00'))).toBe('Your last run ended 3 hours ago');
    const advice = plan({ now: new Date(now), runs: [easyRun('old', '2026-07-01', '07:00')] });
    expect(text(advice)).toMatch(/Your last run ended 10 days ago/);
  });

  test('sessionsPerWeek outside 1–3 is clamped', () => {
    expect(normalizeSettings({ ...settings, sessionsPerWeek: 0 }).sessionsPerWeek).toBe(1);
    expect(normalizeSettings({ ...settings, sessionsPerWeek: 9 }).sessionsPerWeek).toBe(3);
    expect(normalizeSettings({ ...settings, sessionsPerWeek: 2 }).sessionsPerWeek).toBe(2);
  });
});
