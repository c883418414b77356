import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureJson } from '../../test/fixtures/load';
import {
  parseGarminActivity,
  parseGarminActivityList,
  parseGarminPage,
  parseGarminSocialProfile,
  parseGarminSplits,
  parseGarminViewerScript,
} from './garmin/parse';
import { readGarminPage } from './garmin/read-page';
import { garminActivityId, isGarminActivityList } from './garmin/urls';
import { readTopLevelScalars } from './shared/js-literal';
import {
  parseStravaLapEfforts,
  parseStravaPage,
  parseStravaTrainingActivity,
  parseStravaTrainingList,
} from './strava/parse';
import { readStravaPage, type StravaPageSnapshot } from './strava/read-page';
import { isStravaDashboard, stravaActivityId } from './strava/urls';

const jsonParsers: [string, (json: unknown) => unknown][] = [
  ['parseStravaTrainingActivity', parseStravaTrainingActivity],
  ['parseStravaTrainingList', parseStravaTrainingList],
  ['parseStravaLapEfforts', parseStravaLapEfforts],
  ['parseGarminActivity', (json) => parseGarminActivity(json, '2591602')],
  ['parseGarminSplits', parseGarminSplits],
  ['parseGarminActivityList', parseGarminActivityList],
  ['parseGarminSocialProfile', parseGarminSocialProfile],
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

  it('activity parsers on mutated real fixtures return a result, never throw', () => {
    const garmin = fixtureJson('garmin/activity-intervals-2026-01.json');
    const strava = fixtureJson('strava/training-activity-intervals-2026-01.json');
    fc.assert(
      fc.property(mutated(garmin), mutated(strava), (g, s) => {
        expect(['run', 'not-run', 'unreadable']).toContain(parseGarminActivity(g, '2591602').status);
        expect(['run', 'not-run', 'unreadable']).toContain(parseStravaTrainingActivity(s).status);
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

  it('Garmin page and viewer-script parsers on arbitrary strings', () => {
    const base = readGarminPage(fixtureDocument('garmin/app-shell-2026-01.html'));
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.anything(), (text, url, junk) => {
        parseGarminViewerScript(text);
        parseGarminViewerScript(`window.VIEWER_SOCIAL_PROFILE = JSON.parse("${text}")`);
        parseGarminPage({ ...base, url, viewerScripts: [text] });
        parseGarminPage(junk as typeof base);
      }),
      { numRuns: 300 },
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
