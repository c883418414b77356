// The classifier's individual rules at their edges: max heart rate and zones, title words in context, the limits
// that tell strides from a short-rep session, and the days after a race.
import { describe, expect, test } from 'vitest';
import { classifyRun, titleHint, type Lap, type Run } from '../../utils/core';
import { maxHrFromAge, runnerMaxHr, zoneOf } from '../../utils/core/heart-rate';
import { runnerBaseline } from '../../utils/core/runner-baseline';
import { english, englishAll } from '../support/english';

const START = '2026-05-20T07:00:00Z';
const daysBefore = (days: number) => new Date(Date.parse(START) - days * 86_400_000).toISOString();

const plain = (extra: Partial<Run> = {}): Run => ({
  source: 'strava',
  id: 'r1',
  title: 'Morning Run',
  sport: 'run',
  start: START,
  elapsedS: 2800,
  movingS: 2700,
  distanceM: 8000,
  ...extra,
});

describe('max heart rate and zones', () => {
  test('208 − 0.7 × age, with the age in the year of the run', () => {
    expect(maxHrFromAge(1986, 2026)).toBe(180);
    expect(maxHrFromAge(2026, 2026)).toBeUndefined();
  });

  test('a set max wins; an age estimate gives way to a higher peak actually recorded, but not to a spike', () => {
    expect(runnerMaxHr(plain({ maxHr: 199 }), { maxHr: 185, birthYear: 1986 }, undefined)).toEqual({
      bpm: 185,
      source: 'profile',
    });
    expect(runnerMaxHr(plain({ maxHr: 188 }), { birthYear: 1986 }, undefined)).toEqual({
      bpm: 188,
      source: 'age',
    });
    expect(runnerMaxHr(plain({ maxHr: 215 }), { birthYear: 1986 }, undefined)).toEqual({
      bpm: 180,
      source: 'age',
    });
  });

  test('without a profile, the highest seen counts only after several runs recorded one', () => {
    const recent = [171, 176, 182].map((maxHr, i) => plain({ id: `h${i}`, start: daysBefore(i + 1), maxHr }));
    expect(runnerMaxHr(plain(), undefined, runnerBaseline(plain(), recent.slice(0, 2)))).toBeUndefined();
    expect(runnerMaxHr(plain(), undefined, runnerBaseline(plain(), recent))).toEqual({
      bpm: 182,
      source: 'history',
    });
  });

  test('zones by share of max', () => {
    expect([0.6, 0.72, 0.82, 0.88, 0.93].map(zoneOf)).toEqual([1, 2, 3, 4, 5]);
  });

  test('heart rate decides an untitled run but only asks on an easy one', () => {
    const hot = { avgHr: 165, maxHr: 176 };
    expect(classifyRun(plain(hot), undefined, { maxHr: 185 })).toMatchObject({
      effort: 'hard',
      kind: 'tempo',
    });
    const easy = classifyRun(plain({ ...hot, title: 'Easy run' }), undefined, { maxHr: 185 });
    expect(easy).toMatchObject({ effort: 'easy', kind: 'easy', askFeltHard: true });
    expect(englishAll(easy.reasons).join(' ')).toContain('If it felt hard, mark it hard');
  });
});

describe('the days after a race', () => {
  const usual = Array.from({ length: 6 }, (_, i) =>
    plain({ id: `u${i}`, start: daysBefore(12 + i), avgHr: 140, movingS: 2700 }),
  );
  const race = (days: number) =>
    plain({
      id: 'race',
      title: 'City Marathon',
      start: daysBefore(days),
      distanceM: 42_300,
      movingS: 12_600,
    });
  const drift = plain({ title: 'Morning Run', avgHr: 153, movingS: 2500 });

  test('a race within 10 days is remembered, an older one is not', () => {
    expect(runnerBaseline(drift, [...usual, race(4)])?.recentRace?.title).toBe('City Marathon');
    expect(runnerBaseline(drift, [...usual, race(11)])?.recentRace).toBeUndefined();
  });

  test('after a race, heart-rate drift does not outweigh a recovery title and is explained', () => {
    const result = classifyRun({ ...drift, title: 'Recovery' }, [...usual, race(3)]);
    expect(result).toMatchObject({ effort: 'easy', kind: 'recovery', askFeltHard: true });
    expect(englishAll(result.reasons).join(' ')).toContain('Heart rate runs high for days after a race');
  });
});

describe('title words in context', () => {
  test.each([
    ['Run with Lt. Harris', null],
    ['Vilnius, LT', null],
    ['Easy run Lt. Dan', 'easy'],
    ["2x15' LT", 'tempo'],
    ['LT intervals', 'tempo'],
    ['LT run', 'tempo'],
    ['10k @ MP', 'tempo'],
    ['MP3 on the run', null],
  ])('%s → %s', (title, kind) => {
    expect(titleHint(title)?.kind ?? null).toBe(kind);
  });

  test.each([
    'Easy + strides',
    'Steigerungen',
    'Dauerlauf mit Steigerungsläufen und Steigerungsläufe',
    'Rodaje + rectas',
    'Rodaje con progresivos',
    'Footing + lignes droites',
    'Footing + accélérations',
    'Corsa lenta + allunghi',
    'Rustig + versnellingen',
    'Easy 10k + 8x100m strides',
    'Easy + 6x30s strides',
  ])('"%s" is easy with strides', (title) => {
    const hint = titleHint(title);
    expect(hint?.kind).toBe('easy');
    expect(hint?.strides).toBeTruthy();
  });

  test('strides beside a session leave the session alone', () => {
    expect(titleHint('Tempo 20 min + strides')?.kind).toBe('tempo');
    expect(titleHint('6x800 + 4 strides')?.kind).toBe('intervals');
  });
});

describe('strides against short-rep sessions', () => {
  const withReps = (reps: number, workS: number, workM: number, restS: number, restM: number): Run => {
    const laps: Lap[] = [
      ...Array.from({ length: 6 }, () => ({ distanceM: 1000, movingS: 330 })),
      ...Array.from({ length: reps }, () => [
        { distanceM: workM, movingS: workS },
        { distanceM: restM, movingS: restS },
      ]).flat(),
      { distanceM: 500, movingS: 170 },
    ];
    const movingS = laps.reduce((s, l) => s + l.movingS, 0);
    const distanceM = laps.reduce((s, l) => s + l.distanceM, 0);
    return plain({ laps, movingS, elapsedS: movingS + 60, distanceM });
  };

  test('short reps, long recoveries, little work: strides, easy', () => {
    const result = classifyRun(withReps(8, 20, 100, 60, 150));
    expect(result.effort).toBe('easy');
    expect(english(result.reasons[0]!)).toMatch(/^8 strides of about 20 s/);
  });

  test('the same reps with recoveries as long as the reps are a session', () => {
    expect(classifyRun(withReps(8, 20, 100, 20, 50)).effort).toBe('hard');
  });

  test('6 minutes of short reps or more is a session, however long the recoveries', () => {
    expect(classifyRun(withReps(11, 30, 150, 90, 220)).effort).toBe('easy');
    expect(classifyRun(withReps(12, 30, 150, 90, 220))).toMatchObject({ effort: 'hard', kind: 'intervals' });
  });

  test('reps over 40 s and 200 m are not strides', () => {
    expect(classifyRun(withReps(5, 60, 300, 150, 350))).toMatchObject({ effort: 'hard', kind: 'intervals' });
  });
});

describe('progression runs are judged on sustained running', () => {
  test('two strides at the end of a steady run do not make its last third a progression (found by fast-check)', () => {
    const laps = [357, 357, 357, 357, 351].map((movingS) => ({ distanceM: 1000, movingS }));
    laps.push(
      { distanceM: 50, movingS: 8 },
      { distanceM: 42, movingS: 16 },
      { distanceM: 113, movingS: 18 },
      { distanceM: 142, movingS: 54 },
    );
    const movingS = laps.reduce((s, l) => s + l.movingS, 0);
    const run = {
      source: 'strava' as const,
      id: 'p1',
      title: 'Morning Run',
      sport: 'run' as const,
      start: '2026-06-30T12:00:00Z',
      laps,
      movingS,
      elapsedS: movingS + 60,
      distanceM: laps.reduce((s, l) => s + l.distanceM, 0),
    };
    expect(classifyRun(run).effort).toBe('easy');
  });
});
