import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureJson } from '../../test/fixtures/load';
import {
  parseGarminActivity,
  parseGarminActivityList,
  parseGarminPage,
  parseGarminPreferences,
  parseGarminSocialProfile,
  parseGarminSplits,
  parseGarminViewerScript,
} from './garmin/parse';
import { readGarminPage } from './garmin/read-page';
import { garminActivityId, isGarminActivityList } from './garmin/urls';
import {
  balancedLiteralAt,
  decodeJsStringLiteral,
  readAssignedJson,
  readTopLevelScalars,
} from './shared/js-literal';
import {
  parseStravaLapEfforts,
  parseStravaPage,
  parseStravaTrainingActivity,
  parseStravaTrainingList,
  parseStravaTrainingPage,
} from './strava/parse';
import { readStravaPage, type StravaPageSnapshot } from './strava/read-page';
import { stravaDeclaredTags } from './strava/sport';
import { isStravaDashboard, stravaActivityId } from './strava/urls';

const jsonParsers: [string, (json: unknown) => unknown][] = [
  ['parseStravaTrainingActivity', parseStravaTrainingActivity],
  ['parseStravaTrainingList', parseStravaTrainingList],
  ['parseStravaTrainingPage', parseStravaTrainingPage],
  ['parseStravaLapEfforts', parseStravaLapEfforts],
  ['parseGarminActivity', (json) => parseGarminActivity(json, '2591602')],
  ['parseGarminSplits', parseGarminSplits],
  ['parseGarminActivityList', parseGarminActivityList],
  ['parseGarminSocialProfile', parseGarminSocialProfile],
  ['parseGarminPreferences', parseGarminPreferences],
];

/** Arbitrary JSON, plus real fixtures with random fields replaced, to reach deep into the schemas. */
function mutated(base: unknown): fc.Arbitrary<unknown> {
  const record = base as Record<string, unknown>;
  const keys = Object.keys(record);
  return fc
    .array(fc.tuple(fc.constantFrom(...keys), fc.jsonValue()), { maxLength: 4 })
    .map((changes) => ({ ...record, ...Object.fromEntries(changes) }));
}

describe('parsers never throw', () => {
  for (const [name, parse] of jsonParsers) {
    it(`${name} on arbitrary JSON`, () => {
      fc.assert(
        fc.property(fc.jsonValue(), (json) => {
          parse(json);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('activity parsers on mutated real fixtures of both generations return a result, never throw', () => {
    const garmin = fc.constantFrom(
      fixtureJson('garmin/activity-intervals-2026-01.json'),
      fixtureJson('garmin/activity-intervals-workout-2026-01.json'),
    );
    const strava = fc.constantFrom(
      fixtureJson('strava/training-activity-intervals-2026-01.json'),
      fixtureJson('strava/training-activity-recovery-2026-09.json'),
    );
    fc.assert(
      fc.property(garmin.chain(mutated), strava.chain(mutated), (g, s) => {
        expect(['run', 'not-run', 'unreadable']).toContain(parseGarminActivity(g, '2591602').status);
        expect(['run', 'not-run', 'unreadable']).toContain(parseStravaTrainingActivity(s).status);
      }),
      { numRuns: 300 },
    );
  });

  it('the declared tags are at most one known declaration, whatever the tag fields hold', () => {
    const KNOWN = new Set(['race', 'longRun', 'workout', 'recovery']);
    const name = fc.oneof(
      fc.constantFrom('Race', 'LongRun', 'Long Run', 'Workout', 'Recovery', 'Commute', 'WithPet', '', ' '),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.option(name, { nil: undefined }),
        fc.option(fc.dictionary(fc.oneof(name, fc.nat().map(String)), fc.jsonValue()), { nil: undefined }),
        fc.option(fc.integer({ min: -5, max: 15 }), { nil: undefined }),
        (selectedTagType, tags, workoutType) => {
          const declared = stravaDeclaredTags({ selectedTagType, tags, workoutType });
          if (declared === undefined) return;
          const keys = Object.keys(declared);
          expect(keys).toHaveLength(1);
          expect(KNOWN.has(keys[0]!)).toBe(true);
          expect(Object.values(declared)).toEqual([true]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a lap without distance gets a finite, non-negative one or is skipped', () => {
    const lap = fc.record(
      {
        distance: fc.oneof(fc.double(), fc.constant(null)),
        avg_moving_speed: fc.oneof(fc.double(), fc.constant(null), fc.string()),
        moving_time: fc.oneof(fc.double(), fc.nat()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(lap, { maxLength: 5 }), (laps) => {
        for (const out of parseStravaLapEfforts(laps)) {
          expect(Number.isFinite(out.distanceM) && out.distanceM >= 0).toBe(true);
          expect(Number.isFinite(out.movingS) && out.movingS >= 0).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the paging of a training page is whole numbers or absent', () => {
    const page = fc.record({
      models: fc.array(fc.jsonValue(), { maxLength: 3 }),
      page: fc.jsonValue(),
      perPage: fc.oneof(fc.jsonValue(), fc.double()),
      total: fc.oneof(fc.jsonValue(), fc.double()),
    });
    fc.assert(
      fc.property(page, (json) => {
        const parsed = parseStravaTrainingPage(json);
        expect(parsed).not.toBeNull();
        for (const key of ['page', 'perPage', 'total'] as const) {
          const value = parsed?.[key];
          if (value !== undefined) expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
        }
        expect(parsed?.modelCount).toBe(json.models.length);
      }),
      { numRuns: 300 },
    );
  });

  it('parseStravaPage on arbitrary snapshots and mangled scripts', () => {
    const real = readStravaPage(fixtureDocument('strava/activity-intervals-2026-01.html'));
    const script = real.scripts[0] ?? '';
    const snapshot = fc.record({
      url: fc.oneof(fc.string(), fc.constant('https://www.strava.com/activities/16900000002')),
      scripts: fc.array(
        fc.oneof(
          fc.string(),
          fc
            .tuple(fc.nat(script.length), fc.nat(script.length), fc.string())
            .map(([a, b, insert]) => script.slice(0, Math.min(a, b)) + insert + script.slice(Math.max(a, b))),
        ),
        { maxLength: 3 },
      ),
      title: fc.string(),
      headingName: fc.string(),
      stats: fc.array(fc.record({ label: fc.string(), value: fc.string() }), { maxLength: 4 }),
      timeText: fc.string(),
      csrfToken: fc.option(fc.string()),
      utcOffsetMin: fc.integer({ min: -2000, max: 2000 }),
    });
    fc.assert(
      fc.property(snapshot, (s) => {
        const result = parseStravaPage(s);
        if (result.status === 'run') {
          expect(Number.isNaN(Date.parse(result.run.start))).toBe(false);
          expect(result.run.elapsedS).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
    // Garbage in every field must not throw either.
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        parseStravaPage(junk as StravaPageSnapshot);
      }),
      { numRuns: 200 },
    );
  });

  it('Garmin page and viewer-script parsers on arbitrary strings, in both forms', () => {
    const base = readGarminPage(fixtureDocument('garmin/app-shell-2026-01.html'));
    const shell2026 = readGarminPage(fixtureDocument('garmin/app-shell-2026-03.html')).viewerScripts[0] ?? '';
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.anything(),
        fc.nat(shell2026.length),
        (text, url, junk, cut) => {
          parseGarminViewerScript(text);
          parseGarminViewerScript(`window.VIEWER_SOCIAL_PROFILE = JSON.parse("${text}")`);
          parseGarminViewerScript(`window.VIEWER_SOCIAL_PROFILE={${text}};`);
          parseGarminViewerScript(`window.VIEWER_SOCIAL_PROFILE={"profileId":1,"x":"${text}"};`);
          const spliced = shell2026.slice(0, cut) + text + shell2026.slice(cut);
          const info = parseGarminPage({ ...base, url, viewerScripts: [text, spliced] });
          if (info.preferences) {
            expect(['flat', 'userData']).toContain(info.preferences.shape);
            const day = info.preferences.weekStartsOn;
            if (day !== undefined) expect(Number.isInteger(day) && day >= 0 && day <= 6).toBe(true);
          }
          parseGarminPage(junk as typeof base);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('assigned JSON reads back exactly, written as a literal or through JSON.parse', () => {
    const object = fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }));
    fc.assert(
      fc.property(object, fc.string(), fc.boolean(), (value, noise, spaced) => {
        const json = JSON.stringify(value);
        const expected: unknown = JSON.parse(json);
        const eq = spaced ? ' = ' : '=';
        const literal = `var s=${JSON.stringify(noise)};window.X${eq}${json};window.Y=1;`;
        expect(readAssignedJson(literal, 'X')).toEqual({ value: expected, form: 'literal' });
        const parsed = `window.X${eq}JSON.parse(${JSON.stringify(json)});`;
        expect(readAssignedJson(parsed, 'X')).toEqual({ value: expected, form: 'json-parse' });
      }),
      { numRuns: 300 },
    );
  });

  it('a JSON-encoded string decodes back to itself; the literal readers never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(20), (text, at) => {
        expect(decodeJsStringLiteral(JSON.stringify(text))).toBe(text);
        decodeJsStringLiteral(text);
        balancedLiteralAt(text, at);
        readAssignedJson(text, 'VIEWER_SOCIAL_PROFILE');
      }),
      { numRuns: 500 },
    );
  });

  it('URL detectors and the JS literal reader on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (text) => {
        stravaActivityId(text);
        isStravaDashboard(text);
        garminActivityId(text);
        isGarminActivityList(text);
        readTopLevelScalars(text);
      }),
      { numRuns: 500 },
    );
  });
});
