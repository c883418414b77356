import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  buildSession,
  classifyRun,
  dedupeRuns,
  effectivePhase,
  isHardKind,
  overrideFor,
  planDay,
  runEnd,
  sessionById,
  weeklyTarget,
  weekSummary,
  type Lap,
  type PlanInput,
  type Run,
  type Settings,
} from '../../utils/core';

const NOW = Date.UTC(2026, 5, 30, 12);
const HOUR = 3_600_000;

const messyNumber = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 20_000 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e7, max: 1e9 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0) },
);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const lapArb: fc.Arbitrary<Lap> = fc.record(
  {
    distanceM: messyNumber,
    movingS: messyNumber,
    elevationGainM: opt(messyNumber),
    avgHr: opt(messyNumber),
    intensity: opt(fc.constantFrom('warmup', 'active', 'interval', 'recovery', 'rest', 'cooldown' as const)),
  },
  { requiredKeys: ['distanceM', 'movingS'] },
);

const titleArb = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '6x800',
    'Easy run',
    'parkrun',
    'Long run',
    'Tempo',
    'Hill repeats',
    '',
    'Morning Run',
    'Shakeout',
  ),
);

function runArb(startMin: number, startMax: number): fc.Arbitrary<Run> {
  return fc.record(
    {
      source: fc.constantFrom('strava', 'garmin', 'manual' as const),
      id: fc.string({ minLength: 1, maxLength: 4 }),
      title: titleArb,
      sport: fc.constantFrom('run', 'trail_run', 'treadmill_run', 'track_run', 'virtual_run' as const),
      start: fc.oneof(
        {
          weight: 12,
          arbitrary: fc.integer({ min: startMin, max: startMax }).map((ms) => new Date(ms).toISOString()),
        },
        { weight: 1, arbitrary: fc.constantFrom('garbage', '', '2026-13-45T99:00:00Z') },
      ),
      elapsedS: fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: 600, max: 14_000 }) },
        { weight: 1, arbitrary: messyNumber },
      ),
      movingS: opt(messyNumber),
      distanceM: opt(messyNumber),
      elevationGainM: opt(messyNumber),
      avgHr: opt(messyNumber),
      maxHr: opt(messyNumber),
      tags: opt(
        fc.record({ race: fc.boolean(), longRun: fc.boolean(), workout: fc.boolean() }, { requiredKeys: [] }),
      ),
      trainingEffect: opt(
        fc.record(
          {
            aerobic: messyNumber.map((n) => (Number.isFinite(n) ? n % 6 : n)),
            anaerobic: messyNumber.map((n) => (Number.isFinite(n) ? n % 6 : n)),
            label: opt(
              fc.oneof(
                fc.constantFrom('TEMPO', 'RECOVERY', 'AEROBIC_BASE', 'VO2MAX', 'UNKNOWN'),
                fc.string(),
              ),
            ),
          },
          { requiredKeys: [] },
        ),
      ),
      relativeEffort: opt(messyNumber),
      laps: opt(fc.array(lapArb, { maxLength: 25 })),
      ownedByViewer: opt(fc.boolean()),
    },
    { requiredKeys: ['source', 'id', 'title', 'sport', 'start', 'elapsedS'] },
  );
}

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  level: fc.constantFrom(1, 2, 3 as const),
  phase: fc.constantFrom('auto', 'off-season', 'build', 'taper' as const),
  raceDate: opt(
    fc.integer({ min: -20, max: 140 }).map((d) => new Date(NOW + d * 86_400_000).toISOString().slice(0, 10)),
  ),
  sessionsPerWeek: opt(fc.integer({ min: 0, max: 7 })),
  windowHours: fc.constantFrom(1, 2, 3, 4, 6),
  weekStartsOn: fc.constantFrom(0, 1 as const),
  equipment: fc.constantFrom('bodyweight', 'weights' as const),
});

const planInputArb: fc.Arbitrary<PlanInput> = fc
  .record({
    // Runs cluster in the hours before "now" so every branch (window open, missed, doubles) is exercised.
    nowOffset: fc.integer({ min: 0, max: 8 * 60 }),
    runs: fc.array(runArb(NOW - 40 * HOUR, NOW + 2 * HOUR), { maxLength: 6 }),
    log: fc.array(
      fc.record({
        date: fc.oneof(
          fc
            .integer({ min: NOW - 10 * 24 * HOUR, max: NOW + 14 * 24 * HOUR })
            .map((ms) => new Date(ms).toISOString()),
          fc
            .integer({ min: -10, max: 14 })
            .map((d) => new Date(NOW + d * 86_400_000).toISOString().slice(0, 10)),
        ),
        sessionId: fc.string({ maxLength: 8 }),
        runId: opt(fc.string({ maxLength: 8 })),
        status: fc.constantFrom('done', 'skipped' as const),
      }),
      { maxLength: 6 },
    ),
    settings: settingsArb,
    overrideHard: fc.array(fc.boolean(), { maxLength: 8 }),
    timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata'),
  })
  .map(({ nowOffset, runs, log, settings, overrideHard, timeZone }) => {
    const overrides: Record<string, 'hard' | 'easy'> = {};
    overrideHard.forEach((hard, i) => {
      const run = runs[i];
      if (run) overrides[`${run.source}:${run.id}`] = hard ? 'hard' : 'easy';
    });
    return { now: new Date(NOW + nowOffset * 60_000), runs, log, settings, overrides, timeZone };
  });

const RUNS = 300;

describe('classifyRun properties', () => {
  test('never throws; always a kind that matches the effort, and at least one reason', () => {
    fc.assert(
      fc.property(
        runArb(NOW - 30 * 24 * HOUR, NOW),
        fc.array(runArb(NOW - 60 * 24 * HOUR, NOW), { maxLength: 10 }),
        (run, recent) => {
          const result = classifyRun(run, recent);
          expect(['hard', 'easy']).toContain(result.effort);
          expect(isHardKind(result.kind)).toBe(result.effort === 'hard');
          expect(['high', 'medium', 'low']).toContain(result.confidence);
          expect(result.reasons.length).toBeGreaterThan(0);
          for (const reason of result.reasons) expect(reason).toMatch(/\S/);
          expect(classifyRun(structuredClone(run), structuredClone(recent))).toEqual(result);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('survives values that are not runs at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = classifyRun(value as Run);
        expect(result.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('planDay properties', () => {
  test('never throws, and strength only after an own hard run, inside the window, under the target, outside race week', () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const advice = planDay(input);
        expect(advice.reasons.length).toBeGreaterThan(0);
        if (advice.kind !== 'strength') return;
        const own = dedupeRuns(input.runs).filter((r) => r.ownedByViewer !== false);
        expect(advice.run.ownedByViewer).not.toBe(false);
        const override = overrideFor(advice.run, input.overrides);
        expect(override ?? classifyRun(advice.run, own).effort).toBe('hard');
        const windowEnds = Date.parse(advice.windowEnds);
        expect(windowEnds).toBe(runEnd(advice.run).getTime() + input.settings.windowHours * HOUR);
        expect(input.now.getTime()).toBeLessThanOrEqual(windowEnds);
        expect(runEnd(advice.run).getTime()).toBeLessThanOrEqual(input.now.getTime());
        const week = weekSummary({ ...input, runs: input.runs });
        expect(week.done).toBeLessThan(weeklyTarget(input.now, input.settings, input.timeZone).target);
        expect(['taper', 'race-week']).not.toContain(
          effectivePhase(input.now, input.settings, input.timeZone).phase,
        );
        expect(advice.session.items.length).toBeGreaterThan(0);
      }),
      // About 4 % of generated days end in a strength suggestion; 1500 runs check ~60 of them in depth.
      { numRuns: 1500 },
    );
  });

  test('an easy day never carries a session, and race day / the day before never do either', () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const advice = planDay(input);
        if (advice.kind === 'easy-day') expect(advice).not.toHaveProperty('session');
        if (effectivePhase(input.now, input.settings, input.timeZone).restForRace) {
          expect(advice.kind === 'strength' || (advice.kind === 'taper' && advice.session)).toBeFalsy();
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('deterministic: the same input always gives the same advice', () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        expect(planDay(structuredClone(input))).toEqual(planDay(input));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('session properties', () => {
  test('deterministic and rebuilt exactly from the id', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'race',
          'long',
          'intervals',
          'tempo',
          'hills',
          'easy',
          'recovery',
          'hard',
          'taper' as const,
        ),
        fc.constantFrom(1, 2, 3 as const),
        fc.constantFrom('off-season', 'build', 'taper', 'race-week' as const),
        fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2098, 11, 1) }),
        fc.constantFrom('bodyweight', 'weights' as const),
        fc.constantFrom('UTC', 'Europe/Berlin', 'Pacific/Auckland'),
        (kind, level, phase, ms, equipment, timeZone) => {
          const input = { kind, level, phase, now: new Date(ms), equipment, timeZone };
          const session = buildSession(input);
          expect(buildSession(input)).toEqual(session);
          expect(sessionById(session.id)).toEqual(session);
          expect(session.minutes).toBeGreaterThan(0);
          for (const item of session.items) expect(item.variant.dose.sets).toBeGreaterThan(0);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
