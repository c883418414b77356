// The week plan for the three simulated runners of the coaching work after six weeks of following HardDay: the usual
// week HardDay learns from their runs, where strength fits in the next 7 days, and what moves when a week goes
// differently.

import { describe, expect, test } from 'vitest';
import {
  addDays,
  planWeek,
  startOfLocalDay,
  suggestUsualWeek,
  type Run,
  type Settings,
  type StrengthEntry,
  type WeekPlan,
} from '../../utils/core';
import { simulateHistory, ZONE } from './simulate';
import { beginner, FIRST_MONDAY, marathoner, masters, RACE_WEEK } from './sim-runners';
import type { Runner } from './simulate';
import { english, englishAll } from '../support/english';

const at = (date: string, hour: number, minute = 0) =>
  new Date(startOfLocalDay(date, ZONE).getTime() + (hour * 60 + minute) * 60_000);

function history(runner: Runner, weeks = 6) {
  return simulateHistory(runner, FIRST_MONDAY, weeks);
}

/** One line per day: "Mon hard → strength 18:18–21:18". */
function table(plan: WeekPlan): string[] {
  const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const clock = (iso?: string) =>
    iso
      ? new Date(iso).toLocaleTimeString('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' })
      : '';
  return plan.days.map(
    (d) =>
      `${names[d.weekday]} ${d.usual ?? '-'} → ${d.slot}${d.from ? ` ${clock(d.from)}–${clock(d.until)}` : ''}`,
  );
}

function plan(
  runner: Runner,
  now: Date,
  runs: Run[],
  log: StrengthEntry[],
  settings: Settings = runner.settings,
) {
  const p = planWeek({ now, runs, log, settings, timeZone: ZONE });
  console.log(
    `\n${runner.name} — ${now.toISOString()}\n${table(p).join('\n')}\n${englishAll(p.moved).join('\n')}`,
  );
  return p;
}

const WEEK_7 = addDays(FIRST_MONDAY, 42);

describe('the usual week learned from six weeks of runs (Sunday first)', () => {
  test.each([
    [beginner, ['rest', 'rest', 'easy', 'rest', 'easy', 'rest', 'easy']],
    [marathoner, ['long', 'easy', 'hard', 'easy', 'hard', 'rest', 'easy']],
    [masters, ['rest', 'easy', 'hard', 'rest', 'hard', 'easy', 'long']],
  ])('%s', (runner, days) => {
    const { runs } = history(runner as Runner);
    const suggestion = suggestUsualWeek(runs, at(WEEK_7, 8), ZONE);
    expect(suggestion.days).toEqual(days);
    expect(suggestion.weeks).toBe(6);
  });

  test('three weeks of history are three weeks to learn from, not six with three empty', () => {
    const { runs } = history(masters, 3);
    const suggestion = suggestUsualWeek(runs, at(addDays(FIRST_MONDAY, 21), 8), ZONE);
    expect(suggestion.weeks).toBe(3);
    expect(suggestion.days[2]).toBe('hard');
  });

  test('no runs: nothing to learn from', () => {
    expect(suggestUsualWeek([], at(WEEK_7, 8), ZONE).weeks).toBe(0);
  });

  test('a correction counts: a usual hard day marked easy every week stops being hard', () => {
    const { runs } = history(masters);
    const overrides = Object.fromEntries(
      runs.filter((r) => r.title.startsWith('Hill')).map((r) => [`strava:${r.id}`, 'easy' as const]),
    );
    expect(suggestUsualWeek(runs, at(WEEK_7, 8), ZONE, { overrides }).days[2]).toBe('easy');
  });
});

describe('the next 7 days, Monday morning of week 7', () => {
  test('beginner (level 1, easy runs only): the foundation session on three rest days, 48 h apart', () => {
    const { runs, log } = history(beginner);
    const p = plan(beginner, at(WEEK_7, 8), runs, log);
    expect(p.usual.source).toBe('suggested');
    expect(table(p)).toEqual([
      'Mon rest → foundation 08:00–21:30',
      'Tue easy → mobility',
      'Wed rest → foundation 18:30–21:30',
      'Thu easy → mobility',
      'Fri rest → foundation 18:30–21:30',
      'Sat easy → mobility',
      'Sun rest → mobility',
    ]);
    expect(englishAll(p.days[6]!.reasons).join(' ')).toContain('This week already holds 3 of 3');
  });

  test('marathoner in build-up: strength after Tuesday’s intervals and Thursday’s tempo, the long run rests', () => {
    const { runs, log } = history(marathoner);
    const p = plan(marathoner, at(WEEK_7, 8), runs, log);
    expect(table(p)).toEqual([
      'Mon easy → mobility',
      'Tue hard → strength 18:18–21:18',
      'Wed easy → mobility',
      'Thu hard → strength 18:20–21:20',
      'Fri rest → mobility',
      'Sat easy → mobility',
      'Sun long → mobility',
    ]);
    expect(p.days[1]!.after).toEqual({ source: 'usual', day: 'hard' });
    expect(english(p.days[6]!.reasons[0]!)).toBe(
      'This week already holds 2 of 2 strength sessions: rest counts as training then',
    );
  });

  test('masters runner in the off-season: 72 h apart, and the volume jump of week 6 takes one session off', () => {
    const { runs, log } = history(masters);
    const p = plan(masters, at(WEEK_7, 8), runs, log);
    expect(table(p)).toEqual([
      'Mon easy → mobility',
      'Tue hard → strength 20:00–20:45',
      'Wed rest → mobility',
      'Thu hard → mobility',
      'Fri easy → mobility',
      'Sat long → strength 18:40–21:30',
      'Sun rest → mobility',
    ]);
    expect(english(p.days[3]!.reasons[0]!)).toContain('leave 72 h between sessions');
    expect(englishAll(p.days[1]!.reasons).join(' ')).toContain('this week’s target drops from 3 to 2');
  });

  test('the runner’s own usual week wins over the suggestion', () => {
    const { runs, log } = history(marathoner);
    const usualWeek: Settings['usualWeek'] = ['long', 'rest', 'easy', 'hard', 'easy', 'hard', 'easy'];
    const p = plan(marathoner, at(WEEK_7, 8), runs, log, { ...marathoner.settings, usualWeek });
    expect(p.usual).toEqual({ days: usualWeek, source: 'settings' });
    expect(p.days.filter((d) => d.slot === 'strength').map((d) => d.weekday)).toEqual([3, 5]);
  });

  test('without runs or a usual week: today as planDay says, then only mobility, and the plan says how to get more', () => {
    const p = planWeek({
      now: at(WEEK_7, 8),
      runs: [],
      log: [],
      settings: beginner.settings,
      timeZone: ZONE,
    });
    expect(p.usual.source).toBe('none');
    // A newcomer's first session is planDay's foundation session today.
    expect(p.days[0]!.slot).toBe('foundation');
    expect(p.days.slice(1).every((d) => d.slot === 'mobility')).toBe(true);
    expect(english(p.days[1]!.reasons[0]!)).toContain('mark your usual hard, long, easy and rest days');
  });
});

describe('what moves', () => {
  test('the marathoner’s Tuesday intervals turned into an easy run: strength moves to Sunday', () => {
    const { runs, log } = history(marathoner);
    const tuesday = addDays(WEEK_7, 1);
    const easy: Run = {
      source: 'strava',
      id: 'w7-tue',
      title: 'Easy run',
      sport: 'run',
      start: at(tuesday, 17, 30).toISOString(),
      elapsedS: 45 * 60,
      distanceM: 8400,
      avgHr: 138,
    };
    const p = plan(marathoner, at(addDays(WEEK_7, 2), 8), [...runs, easy], log);
    expect(englishAll(p.moved)).toEqual([
      'Tuesday is usually your hard day, but the run was easy: no strength after it',
      'So strength comes on Sunday instead of yesterday',
    ]);
    expect(table(p)).toContain('Sun long → strength 19:40–21:30');
  });

  test('an extra hard run on the masters runner’s easy Monday, with a session after it: the week’s sessions move to Monday and Thursday', () => {
    const { runs, log } = history(masters);
    const monday = WEEK_7;
    const tempo: Run = {
      source: 'strava',
      id: 'w7-mon',
      title: 'Tempo 3x10',
      sport: 'run',
      start: at(monday, 17).toISOString(),
      elapsedS: 50 * 60,
      distanceM: 11_000,
      avgHr: 160,
      tags: { workout: true },
    };
    const session = {
      date: at(monday, 18, 10).toISOString(),
      sessionId: log.at(-1)!.sessionId,
      status: 'done' as const,
    };
    const p = plan(masters, at(addDays(monday, 1), 8), [...runs, tempo], [...log, session]);
    expect(english(p.moved[0]!)).toBe(
      'Monday is usually easy, but you ran hard (intervals): strength fits after that run instead',
    );
    // 72 h from Monday's session rule out Tuesday; Thursday fits, and the week's target of 2 is then reached.
    expect(english(p.moved[1]!)).toBe(
      'So strength comes yesterday and on Thursday instead of today and on Saturday',
    );
    expect(p.days[0]!.slot).toBe('mobility');
  });

  test('a week that goes as usual moves nothing', () => {
    const { runs, log } = history(marathoner, 7);
    const p = plan(marathoner, at(addDays(WEEK_7, 7), 8), runs, log);
    expect(englishAll(p.moved)).toEqual([]);
  });
});

describe('taper, race week and recovery', () => {
  const raceMonday = addDays(FIRST_MONDAY, RACE_WEEK * 7);

  test('race week: one light session at most, nothing in the last two days', () => {
    const { runs, log } = history(marathoner, RACE_WEEK);
    const p = plan(marathoner, at(raceMonday, 8), runs, log);
    expect(p.days.some((d) => d.slot === 'strength' || d.slot === 'foundation')).toBe(false);
    expect(p.days.filter((d) => d.slot === 'light').length).toBeLessThanOrEqual(1);
    expect(p.days.slice(4).every((d) => d.slot === 'mobility')).toBe(true);
  });

  test('the week after the marathon: recovery, no full session', () => {
    const { runs, log } = history(marathoner, RACE_WEEK + 1);
    const p = plan(marathoner, at(addDays(raceMonday, 7), 8), runs, log);
    expect(p.days.some((d) => d.slot === 'strength')).toBe(false);
    expect(english(p.days[1]!.reasons[0]!)).toMatch(/^After your 42 km race/);
  });
});
