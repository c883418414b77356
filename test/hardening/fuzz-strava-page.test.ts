// Fuzzes the Strava activity page reader (readStravaPage → parseStravaPage) on every saved Strava page, mutated as a
// DOM: nodes removed, moved and duplicated, the inline bootstrap truncated or spliced, numbers and strings in it
// replaced, hostile text and markup in the title, heading, stats and time.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStravaPage } from '../../utils/sites/strava/parse';
import { readStravaPage, type StravaPageSnapshot } from '../../utils/sites/strava/read-page';
import { selectors } from '../../utils/sites/strava/site';
import { routes } from '../fixtures/routes.mjs';
import { fuzzPageReader } from './support/fuzz-dom';
import { hostileString, hostileValue } from './support/hostile';
import { checkResult, ensure } from './support/run-checks';
import { bump, report, type ReaderTally } from './support/tally';

const tallies: ReaderTally[] = [];
afterAll(() => report('strava-page', tallies));

/** The address each saved page is served under (routes.mjs), so the DOM-only fallback can find the id. */
function pageUrl(file: string): string {
  const route = routes.find(
    (r) => r.file === file && typeof r.url === 'string' && r.url.includes('/activities/'),
  );
  return typeof route?.url === 'string' ? route.url : 'https://www.strava.com/activities/404';
}

const SNAPSHOT_FIELDS = [
  'url',
  'scripts',
  'title',
  'headingName',
  'stats',
  'timeText',
  'csrfToken',
  'utcOffsetMin',
];

const extra = fc.record({
  url: fc.oneof(
    { weight: 6, arbitrary: fc.constant('own') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '/overview',
        'https://www.strava.com/activities/1',
        'https://www.strava.com/dashboard',
        'https://connect.garmin.com/app/activity/21500000001',
        'https://www.strava.com.evil.example/activities/16900000002',
        'about:blank',
      ),
    },
    { weight: 1, arbitrary: hostileString },
  ),
  now: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: Date.UTC(2000, 0), max: Date.UTC(2100, 0) }) },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, 8.64e15, -8.64e15) },
  ),
  junk: fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.record({
        field: fc.constantFrom(...SNAPSHOT_FIELDS),
        value: fc.oneof(hostileValue, fc.constantFrom(60, -840, 840, 1e9, 60.5, Number.NaN)),
      }),
    },
  ),
});

function normalised(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe('Strava page reader on mutated saved pages', () => {
  it('returns run, not-run or unreadable; never throws, never parses or writes HTML; titles stay text', () => {
    const tally = fuzzPageReader({
      reader: 'readStravaPage+parseStravaPage',
      numRuns: 10_000,
      extra,
      check({ file, doc, extra: { url, now, junk }, guard, tally: t }) {
        const snapshot = guard.watch(() => readStravaPage(doc, new Date(now)));
        // What the reader saw is the page's text, never markup interpreted.
        ensure(
          snapshot.headingName === normalised(doc.querySelector(selectors.activityName)?.textContent),
          'heading',
        );
        ensure(snapshot.title === (doc.title ?? '').trim(), 'title');
        const address =
          url === 'own' ? pageUrl(file) : url === '/overview' ? `${pageUrl(file)}/overview` : url;
        if (url !== 'own') bump(t.faults, 'foreign-url');
        const input: Record<string, unknown> = { ...snapshot, url: address };
        if (junk) {
          input[junk.field] = junk.value;
          bump(t.faults, 'snapshot-wrong-type');
        }
        const result = guard.watch(() => parseStravaPage(input as unknown as StravaPageSnapshot));
        checkResult(result, 'strava', t);
        if (result.status !== 'run') return;
        const units = result.measurementPreference;
        ensure(units === undefined || units === 'meters' || units === 'feet', 'unit setting', result);
        bump(t.outcomes, `units ${units ?? 'unknown'}`);
        bump(t.outcomes, `ownedByViewer ${String(result.run.ownedByViewer)}`);
        const heading = typeof input.headingName === 'string' ? input.headingName : '';
        if (heading)
          ensure(result.run.title === heading, 'the title is not the heading text', [
            result.run.title,
            heading,
          ]);
      },
    });
    tallies.push(tally);
    expect(tally.outcomes.run).toBeGreaterThan(1000);
    expect(tally.outcomes.unreadable).toBeGreaterThan(100);
    expect(tally.outcomes['not-run']).toBeGreaterThan(100);
    expect(tally.outcomes['units feet']).toBeGreaterThan(500);
  }, 120_000);
});
