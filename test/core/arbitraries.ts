// Random but realistic inputs for the core's property tests: runs clustered around a fixed "now", messy numbers,
// titles in several languages, every setting.
import fc from 'fast-check';
import type { Lap, PlanInput, Run, Settings } from '../../utils/core';

export const NOW = Date.UTC(2026, 5, 30, 12);
export const HOUR = 3_600_000;

const messyNumber = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 20_000 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e7, max: 1e9 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0) },
);
export const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

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

export function runArb(startMin: number, startMax: number): fc.Arbitrary<Run> {
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
        fc.record(
          { race: fc.boolean(), longRun: fc.boolean(), workout: fc.boolean(), recovery: fc.boolean() },
          { requiredKeys: [] },
        ),
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

export const settingsArb: fc.Arbitrary<Settings> = fc.record({
  level: fc.constantFrom(1, 2, 3 as const),
  phase: fc.constantFrom('auto', 'off-season', 'build', 'taper' as const),
  raceDate: opt(
    fc.integer({ min: -20, max: 140 }).map((d) => new Date(NOW + d * 86_400_000).toISOString().slice(0, 10)),
  ),
  sessionsPerWeek: opt(fc.integer({ min: 0, max: 7 })),
  windowHours: fc.constantFrom(1, 2, 3, 4, 6),
  weekStartsOn: fc.constantFrom(0, 1 as const),
  equipment: fc.constantFrom('bodyweight', 'weights' as const),
  raceDistanceM: opt(fc.constantFrom(5_000, 10_000, 21_097, 42_195)),
  latestSessionTime: opt(fc.constantFrom('20:00', '21:30', '23:15')),
  birthYear: opt(fc.integer({ min: 1950, max: 2008 })),
  maxHr: opt(fc.integer({ min: 160, max: 205 })),
});

export const planInputArb: fc.Arbitrary<PlanInput> = fc
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
