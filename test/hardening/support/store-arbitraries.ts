// Generators of valid stored states (what HardDay itself would write) and of raw storage garbage.
import fc from 'fast-check';
import type { Run, Settings, StrengthEntry } from '../../../utils/core/types';
import type { Prefs } from '../../../utils/store/schemas';

/** Finite, JSON-representable numbers (no -0: an export file is JSON, which has no negative zero). */
const finite = (min = -1e9, max = 1e9) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const instant = fc
  .integer({ min: Date.UTC(2015, 0), max: Date.UTC(2035, 0) })
  .map((ms) => new Date(ms).toISOString());
const day = instant.map((iso) => iso.slice(0, 10));
const text = (max: number) => fc.string({ unit: 'binary', maxLength: max }).filter((s) => s.length <= max);
const keyId = fc.stringMatching(/^[\w.-]{1,20}$/);

export const validSettings: fc.Arbitrary<Settings> = fc
  .record(
    {
      level: fc.constantFrom(1, 2, 3),
      phase: fc.constantFrom('auto', 'off-season', 'build', 'taper'),
      raceDate: day,
      sessionsPerWeek: fc.integer({ min: 1, max: 3 }),
      windowHours: fc.double({ min: 0.5, max: 12, noNaN: true }),
      weekStartsOn: fc.constantFrom(0, 1),
      equipment: fc.constantFrom('bodyweight', 'weights'),
      raceDistanceM: fc.integer({ min: 400, max: 500_000 }),
      latestSessionTime: fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      birthYear: fc.integer({ min: 1930, max: 2015 }),
      maxHr: fc.integer({ min: 100, max: 240 }),
    },
    { requiredKeys: ['level', 'phase', 'windowHours', 'weekStartsOn', 'equipment'] },
  )
  .map((s) => s as Settings);

export const validPrefs: fc.Arbitrary<Prefs> = fc.record({
  onboarded: fc.boolean(),
  sites: fc.record({ strava: fc.boolean(), garmin: fc.boolean() }),
  reminders: fc.boolean(),
  reminderMinutesBefore: fc.integer({ min: 5, max: 120 }),
  units: fc.constantFrom('auto', 'metric', 'imperial'),
  cardCollapsed: fc.boolean(),
});

const lap = fc.record(
  {
    distanceM: finite(0, 1e5),
    movingS: finite(0, 1e5),
    elevationGainM: finite(),
    avgHr: finite(0, 250),
    intensity: fc.constantFrom('warmup', 'active', 'interval', 'recovery', 'rest', 'cooldown'),
  },
  { requiredKeys: ['distanceM', 'movingS'] },
);

export const validRun = (source?: Run['source']): fc.Arbitrary<Run> =>
  fc
    .record(
      {
        source: source ? fc.constant(source) : fc.constantFrom('strava', 'garmin', 'manual'),
        id: keyId,
        url: fc.webUrl().filter((u) => u.length <= 300),
        title: text(300),
        sport: fc.constantFrom('run', 'trail_run', 'treadmill_run', 'track_run', 'virtual_run'),
        start: instant,
        elapsedS: finite(0, 1e6),
        movingS: finite(0, 1e6),
        distanceM: finite(0, 1e6),
        elevationGainM: finite(),
        avgHr: finite(0, 250),
        maxHr: finite(0, 250),
        tags: fc.record(
          { race: fc.boolean(), longRun: fc.boolean(), workout: fc.boolean(), recovery: fc.boolean() },
          { requiredKeys: [] },
        ),
        trainingEffect: fc.record(
          { aerobic: finite(0, 5), anaerobic: finite(0, 5), label: text(60) },
          { requiredKeys: [] },
        ),
        relativeEffort: finite(),
        laps: fc.array(lap, { maxLength: 6 }),
        ownedByViewer: fc.boolean(),
      },
      { requiredKeys: ['source', 'id', 'title', 'sport', 'start', 'elapsedS'] },
    )
    .map((r) => r as Run);

export const validRuns = fc.uniqueArray(validRun(), {
  maxLength: 25,
  selector: (run) => `${run.source}:${run.id}`,
});

export const validEntry: fc.Arbitrary<StrengthEntry> = fc.record(
  {
    date: fc.oneof(instant, day),
    sessionId: text(120),
    runId: fc.tuple(fc.constantFrom('strava', 'garmin', 'manual'), keyId).map(([s, id]) => `${s}:${id}`),
    status: fc.constantFrom('done', 'skipped'),
    rpe: fc.integer({ min: 1, max: 10 }),
  },
  { requiredKeys: ['date', 'sessionId', 'status'] },
);

export const runKey = fc
  .tuple(fc.constantFrom('strava', 'garmin', 'manual'), keyId)
  .map(([s, id]) => `${s}:${id}`);
export const validOverrides = fc.dictionary(runKey, fc.constantFrom('hard' as const, 'easy' as const), {
  maxKeys: 10,
});

export const validState = fc.record({
  settings: validSettings,
  prefs: validPrefs,
  runs: validRuns,
  strengthLog: fc.array(validEntry, { maxLength: 20 }),
  overrides: validOverrides,
});
export type ValidState = typeof validState extends fc.Arbitrary<infer T> ? T : never;

/** Whatever another extension version, a hand edit or a disk error could leave under a key. */
export const storedGarbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>('', 0, -1, true, [], {}, [null], 'null', '{"level":2}', [{}], { level: '3' }),
  // A valid-looking record with one field broken.
  fc
    .tuple(
      validState,
      fc.constantFrom('settings', 'prefs', 'runs', 'strengthLog', 'overrides'),
      fc.jsonValue({ maxDepth: 1 }),
    )
    .map(([state, key, value]) => {
      const base = state[key as keyof typeof state] as unknown;
      if (Array.isArray(base)) return base.length ? [...base.slice(1), value] : [value];
      if (base && typeof base === 'object') {
        const keys = Object.keys(base);
        const field = keys[Math.abs(JSON.stringify(value)?.length ?? 0) % Math.max(keys.length, 1)] ?? 'x';
        return { ...base, [field]: value };
      }
      return value;
    }),
);
