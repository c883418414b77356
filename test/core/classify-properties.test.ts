// Properties of the classifier a coach would insist on, over many generated runs: strides never make an easy run
// hard, the classifier never throws (with or without a runner profile), and reasons never show a made-up pace.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyRun, type Lap, type Run, type RunnerProfile } from '../../utils/core';
import { HOUR, NOW, opt, runArb } from './arbitraries';
import { englishAll } from '../support/english';

const RUNS = Number(process.env.PROP_RUNS ?? 300);
const START = new Date(NOW).toISOString();

const sum = (laps: Lap[], key: 'distanceM' | 'movingS') => laps.reduce((s, l) => s + l[key], 0);

function withLaps(base: Omit<Run, 'elapsedS' | 'movingS' | 'distanceM' | 'laps'>, laps: Lap[]): Run {
  const movingS = sum(laps, 'movingS');
  return { ...base, laps, movingS, elapsedS: movingS + 60, distanceM: sum(laps, 'distanceM') };
}

/** An easy steady run on 1 km auto-laps: 5–15 km at 5:00–7:00/km with a few percent of wobble. */
const easyRunArb = fc.record({
  source: fc.constantFrom('strava', 'garmin' as const),
  title: fc.constantFrom('Morning Run', 'Running', 'Easy run', 'Lockerer Dauerlauf', 'Footing', 'Rodaje', ''),
  paceS: fc.integer({ min: 300, max: 420 }),
  wobble: fc.array(fc.double({ min: -0.03, max: 0.03, noNaN: true }), { minLength: 5, maxLength: 15 }),
  hr: opt(fc.integer({ min: 120, max: 150 })),
  aerobicTe: opt(fc.double({ min: 1, max: 2.9, noNaN: true })),
  /** Whether the runner has a history of runs at this pace (so pace is judged against their usual). */
  history: fc.boolean(),
});

/** Six earlier runs as long as this one at the runner's easy pace, so the pace is judged against their usual. */
function historyAt(paceS: number, distanceM: number, hr: number | undefined): Run[] {
  return Array.from({ length: 6 }, (_, i) => ({
    source: 'strava' as const,
    id: `h${i}`,
    title: 'Morning Run',
    sport: 'run' as const,
    start: new Date(NOW - (i + 1) * 36 * HOUR).toISOString(),
    distanceM,
    movingS: Math.round((distanceM / 1000) * paceS * (1 + 0.01 * (i - 2.5))),
    elapsedS: Math.round((distanceM / 1000) * paceS) + 120,
    ...(hr ? { avgHr: hr } : {}),
  }));
}

/** 2–10 strides of 8–20 s, each followed by a recovery of at least twice the rep (jogged or walked). */
const stridesArb = fc.record({
  labels: fc.boolean(),
  reps: fc.array(
    fc.record({
      seconds: fc.integer({ min: 8, max: 20 }),
      paceS: fc.integer({ min: 160, max: 240 }),
      recoveryFactor: fc.double({ min: 2, max: 6, noNaN: true }),
      recoveryPaceS: fc.integer({ min: 380, max: 1500 }),
    }),
    { minLength: 2, maxLength: 10 },
  ),
});

type Value<A> = A extends fc.Arbitrary<infer T> ? T : never;

function easyLaps(e: Value<typeof easyRunArb>): Lap[] {
  return e.wobble.map((w) => ({
    distanceM: 1000,
    movingS: Math.round(e.paceS * (1 + w)),
    ...(e.hr ? { avgHr: e.hr } : {}),
  }));
}

function strideLaps(s: Value<typeof stridesArb>): Lap[] {
  return s.reps.flatMap((rep) => {
    const recoveryS = Math.round(rep.seconds * rep.recoveryFactor);
    return [
      {
        distanceM: Math.round((rep.seconds / rep.paceS) * 1000),
        movingS: rep.seconds,
        ...(s.labels ? { intensity: 'active' as const } : {}),
      },
      {
        distanceM: Math.round((recoveryS / rep.recoveryPaceS) * 1000),
        movingS: recoveryS,
        ...(s.labels ? { intensity: 'recovery' as const } : {}),
      },
    ];
  });
}

const profileArb: fc.Arbitrary<RunnerProfile | undefined> = opt(
  fc.record(
    {
      birthYear: fc.oneof(fc.integer({ min: 1930, max: 2015 }), fc.constantFrom(Number.NaN, -1, 3000)),
      maxHr: fc.oneof(fc.integer({ min: 140, max: 215 }), fc.constantFrom(Number.NaN, 0, 999)),
    },
    { requiredKeys: [] },
  ),
);

describe('classifyRun: strides', () => {
  test('short strides with long recoveries added to an easy steady run never make it hard', () => {
    fc.assert(
      fc.property(easyRunArb, stridesArb, profileArb, (e, s, profile) => {
        const base = {
          source: e.source,
          id: 'p1',
          title: e.title,
          sport: 'run' as const,
          start: START,
          ...(e.hr ? { avgHr: e.hr } : {}),
          ...(e.aerobicTe ? { trainingEffect: { aerobic: e.aerobicTe } } : {}),
        };
        const withStrides = withLaps(base, [...easyLaps(e), ...strideLaps(s)]);
        // The strides' minutes can carry a run past the 90-minute mark, and that makes it a long run: not their doing.
        fc.pre(withStrides.movingS! < 90 * 60);
        const recent = e.history ? historyAt(e.paceS, withStrides.distanceM!, e.hr) : undefined;
        const before = classifyRun(withLaps(base, easyLaps(e)), recent, profile);
        fc.pre(before.effort === 'easy');
        const after = classifyRun(withStrides, recent, profile);
        expect(after.effort).toBe('easy');
      }),
      { numRuns: RUNS },
    );
  });

  test('the same reps with short recoveries and over 6 minutes of work are a session', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 20 }), fc.boolean(), (reps, labels) => {
        const work: Lap = {
          distanceM: 150,
          movingS: 30,
          ...(labels ? { intensity: 'active' as const } : {}),
        };
        const rest: Lap = {
          distanceM: 80,
          movingS: 30,
          ...(labels ? { intensity: 'recovery' as const } : {}),
        };
        const laps: Lap[] = [
          { distanceM: 2000, movingS: 680 },
          ...Array.from({ length: reps }, () => [work, rest]).flat(),
          { distanceM: 1500, movingS: 520 },
        ];
        const result = classifyRun(
          withLaps({ source: 'strava', id: 'p2', title: 'Lunch Run', sport: 'run', start: START }, laps),
        );
        expect(result).toMatchObject({ effort: 'hard', kind: 'intervals' });
      }),
      { numRuns: 50 },
    );
  });
});

describe('classifyRun: robustness and honest reasons', () => {
  test('never throws with any profile; always at least one non-empty reason; askFeltHard only on easy runs', () => {
    fc.assert(
      fc.property(
        runArb(NOW - 30 * 24 * HOUR, NOW),
        fc.array(runArb(NOW - 60 * 24 * HOUR, NOW), { maxLength: 10 }),
        profileArb,
        (run, recent, profile) => {
          const result = classifyRun(run, recent, profile);
          expect(result.reasons.length).toBeGreaterThan(0);
          for (const reason of englishAll(result.reasons)) expect(reason).toMatch(/\S/);
          if (result.askFeltHard) expect(result.effort).toBe('easy');
          expect(
            classifyRun(structuredClone(run), structuredClone(recent), structuredClone(profile)),
          ).toEqual(result);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('survives a profile that is not one', () => {
    fc.assert(
      fc.property(runArb(NOW - 30 * 24 * HOUR, NOW), fc.anything(), (run, profile) => {
        expect(classifyRun(run, [], profile as RunnerProfile).reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  test('laps without distance never show a pace: no "30:00/km" made up from zero metres', () => {
    const lapArb: fc.Arbitrary<Lap> = fc.record(
      {
        distanceM: fc.oneof(
          { weight: 3, arbitrary: fc.constant(0) },
          { weight: 1, arbitrary: fc.integer({ min: 0, max: 30 }) },
        ),
        movingS: fc.integer({ min: 20, max: 900 }),
        avgHr: opt(fc.integer({ min: 100, max: 190 })),
        intensity: opt(
          fc.constantFrom('warmup', 'active', 'interval', 'recovery', 'rest', 'cooldown' as const),
        ),
      },
      { requiredKeys: ['distanceM', 'movingS'] },
    );
    fc.assert(
      fc.property(
        fc.array(lapArb, { minLength: 3, maxLength: 25 }),
        opt(fc.integer({ min: 3000, max: 15000 })),
        (laps, distanceM) => {
          const movingS = sum(laps, 'movingS');
          const run: Run = {
            source: 'garmin',
            id: 'p3',
            title: 'Treadmill Running',
            sport: 'treadmill_run',
            start: START,
            elapsedS: movingS,
            movingS,
            ...(distanceM ? { distanceM } : {}),
            laps,
          };
          const text = englishAll(classifyRun(run).reasons).join('\n');
          expect(text).not.toMatch(/30:00\/km/);
          // Without a run distance there is no pace to show at all.
          if (!distanceM) expect(text).not.toMatch(/\/km/);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('recoveries are only described with a pace when it is slower than the work', () => {
    fc.assert(
      fc.property(runArb(NOW - 30 * 24 * HOUR, NOW), (run) => {
        for (const reason of englishAll(classifyRun(run).reasons)) {
          const match = /at (\d+):(\d\d)\/km, recoveries at (\d+):(\d\d)\/km/.exec(reason);
          if (!match) continue;
          const work = Number(match[1]) * 60 + Number(match[2]);
          const recovery = Number(match[3]) * 60 + Number(match[4]);
          expect(recovery).toBeGreaterThan(work);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
