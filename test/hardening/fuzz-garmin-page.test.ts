// Fuzzes the Garmin Connect page reader (readGarminPage → parseGarminPage) on every saved Garmin page (the app shells
// of both generations, JSON.parse and plain-literal VIEWER_SOCIAL_PROFILE, flat and nested VIEWER_USERPREFERENCES,
// and the rendered activity pages), mutated as a DOM.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGarminPage } from '../../utils/sites/garmin/parse';
import { readGarminPage, type GarminPageSnapshot } from '../../utils/sites/garmin/read-page';
import { selectors } from '../../utils/sites/garmin/site';
import { fuzzPageReader } from './support/fuzz-dom';
import { hostileString, hostileValue } from './support/hostile';
import { ensure } from './support/run-checks';
import { bump, report, type ReaderTally } from './support/tally';

const tallies: ReaderTally[] = [];
afterAll(() => report('garmin-page', tallies));

const SNAPSHOT_FIELDS = ['url', 'csrfToken', 'viewerScripts', 'title'];

const OWN_URLS = [
  'https://connect.garmin.com/app/activity/21500000001',
  'https://connect.garmin.com/app/activity/21500000009',
  'https://connect.garmin.com/modern/activity/21482825013',
];
const extra = fc.record({
  url: fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(...OWN_URLS),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'https://connect.garmin.com/app/activities',
        'https://connect.garmin.com.evil.example/app/activity/1',
        'https://www.strava.com/activities/16900000002',
        'javascript:alert(1)',
      ),
    },
    { weight: 1, arbitrary: hostileString },
  ),
  junk: fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.record({ field: fc.constantFrom(...SNAPSHOT_FIELDS), value: hostileValue }) },
  ),
});

const VIEWER_KEYS = new Set(['profileId', 'displayName', 'fullName']);
const VIEWER_FORMS = new Set(['literal', 'json-parse']);
const UNITS = new Set([undefined, 'metric', 'statute_us', 'statute_uk']);
const PREFERENCE_KEYS = new Set(['measurementSystem', 'weekStartsOn', 'shape']);
const INFO_KEYS = new Set(['activityId', 'csrfToken', 'viewer', 'viewerForm', 'preferences']);

describe('Garmin page reader on mutated saved pages', () => {
  it('gives page info (id, token, viewer, preferences); never throws, never parses or writes HTML', () => {
    const tally = fuzzPageReader({
      reader: 'readGarminPage+parseGarminPage',
      numRuns: 10_000,
      extra,
      check({ doc, extra: { url, junk }, guard, tally: t }) {
        const snapshot = guard.watch(() => readGarminPage(doc));
        ensure(
          snapshot.csrfToken === (doc.querySelector(selectors.csrfMeta)?.getAttribute('content') ?? null),
          'csrf token',
        );
        const input: Record<string, unknown> = { ...snapshot, url };
        if (!OWN_URLS.includes(url)) bump(t.faults, 'foreign-url');
        if (junk) {
          input[junk.field] = junk.value;
          bump(t.faults, 'snapshot-wrong-type');
        }
        const info = guard.watch(() => parseGarminPage(input as unknown as GarminPageSnapshot));
        ensure(info.activityId === null || /^\d+$/.test(info.activityId), 'activity id', info);
        ensure(
          info.csrfToken === null || (typeof info.csrfToken === 'string' && info.csrfToken !== ''),
          'csrf',
          info,
        );
        if (info.viewer) {
          ensure(
            Object.keys(info.viewer).every((k) => VIEWER_KEYS.has(k)),
            'viewer keys',
            info.viewer,
          );
          if (!/^\d{1,20}$/.test(info.viewer.profileId)) bump(t.findings, 'profileId not a decimal id');
          ensure(VIEWER_FORMS.has(info.viewerForm ?? ''), 'viewer without its form', info);
          bump(t.outcomes, `viewer read (${info.viewerForm})`);
        } else ensure(info.viewerForm === undefined, 'a form without a viewer', info);
        if (info.preferences) {
          const prefs = info.preferences;
          ensure(
            Object.keys(prefs).every((k) => PREFERENCE_KEYS.has(k)),
            'preference keys',
            prefs,
          );
          ensure(prefs.shape === 'flat' || prefs.shape === 'userData', 'preference shape', prefs);
          ensure(UNITS.has(prefs.measurementSystem), 'unit', prefs);
          const day = prefs.weekStartsOn;
          ensure(day === undefined || (Number.isInteger(day) && day >= 0 && day <= 6), 'week start', prefs);
          bump(t.outcomes, `preferences read (${prefs.shape})`);
        }
        ensure(
          Object.keys(info).every((k) => INFO_KEYS.has(k)),
          'page info keys',
          info,
        );
        bump(t.outcomes, info.viewer ? 'viewer read' : 'no viewer');
        bump(t.outcomes, info.activityId ? 'activity id' : 'no activity id');
        if (info.csrfToken) bump(t.outcomes, 'csrf token');
      },
    });
    tallies.push(tally);
    expect(tally.outcomes['viewer read']).toBeGreaterThan(1000);
    expect(tally.outcomes['viewer read (literal)']).toBeGreaterThan(1000);
    expect(tally.outcomes['viewer read (json-parse)']).toBeGreaterThan(500);
    expect(tally.outcomes['preferences read (flat)']).toBeGreaterThan(1000);
    expect(tally.outcomes['preferences read (userData)']).toBeGreaterThan(300);
    expect(tally.outcomes['csrf token']).toBeGreaterThan(1000);
  }, 120_000);
});
