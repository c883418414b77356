import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  browserLabel,
  bugReportText,
  knownChecksOnly,
  outcomeForTab,
  READ_OUTCOMES_KEY,
  READ_REASONS,
  READ_VERDICTS,
  samePage,
  type TabReadOutcome,
} from './read-outcome';

const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36';
const FIREFOX_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

const unreadable: TabReadOutcome = {
  site: 'strava',
  url: 'https://www.strava.com/activities/16900000097',
  verdict: 'unreadable',
  reason: 'no-bootstrap',
  checks: {
    bootstrap: false,
    heading: true,
    'start time': true,
    stats: true,
    'title type': false,
    'training JSON': false,
    '#heading': false,
    '.activity-summary-container': false,
    '#pagenav-container': false,
  },
  shown: { title: 'Lunch Run', start: '2026-01-16T11:10:00.000Z', elapsedS: 2293, distanceM: 7020 },
};

describe('bugReportText: what "copy details for a bug report" copies', () => {
  it('names version, browser, site, page kind, outcome and the found and missing checks, in the site’s order', () => {
    expect(bugReportText(unreadable, { version: '0.1.0', userAgent: CHROME_UA })).toBe(
      [
        'HardDay could not read a page. Details for a bug report (no personal data: no address, id or title):',
        'Extension: HardDay 0.1.0',
        'Browser: Chrome 131',
        'Site: Strava',
        'Page: activity',
        'Outcome: unreadable (no-bootstrap)',
        'Found: heading, start time, stats',
        'Missing: bootstrap, title type, training JSON, #heading, .activity-summary-container, #pagenav-container',
      ].join('\n'),
    );
  });

  it('says what happened when the run was read but the card had none of its places (in the corner)', () => {
    const text = bugReportText(
      { ...unreadable, verdict: 'read', reason: 'anchor-missing', checks: { '#heading': false } },
      { version: '0.1.0', userAgent: CHROME_UA },
    );
    expect(text.split('\n')[0]).toBe(
      'HardDay read a page but found no place for its card. Details for a bug report (no personal data: no address, id or title):',
    );
    expect(text).toContain('Outcome: read (anchor-missing)');
    expect(text).toContain('Missing: #heading');
  });

  it('leaves out check names the site does not know (they could carry anything)', () => {
    const text = bugReportText(
      { ...unreadable, site: 'garmin', checks: { viewer: true, 'Lunch Run': false, 'activity JSON': false } },
      { version: '0.1.0', userAgent: FIREFOX_UA },
    );
    expect(text).toContain('Found: viewer\nMissing: activity JSON');
    expect(text).toContain('Browser: Firefox 128');
    expect(text).not.toContain('Lunch Run');
  });

  // Personal data: the address (it holds the activity id), the id itself, the title and anything the page showed.
  const personal = fc.record({
    id: fc.stringMatching(/^[1-9]\d{6,14}$/),
    // Every generated title carries a runner emoji, which no report text has: a title can never match by accident.
    title: fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}\u{1F3C3}${b}`),
    start: fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
    elapsedS: fc.integer({ min: 1, max: 86_400 }),
    distanceM: fc.integer({ min: 1, max: 100_000 }),
    query: fc.webQueryParameters(),
  });
  const outcome = fc.record({
    site: fc.constantFrom('strava' as const, 'garmin' as const),
    verdict: fc.constantFrom(...READ_VERDICTS),
    reason: fc.option(fc.constantFrom(...READ_REASONS), { nil: undefined }),
    found: fc.dictionary(
      fc.constantFrom('bootstrap', 'viewer', 'heading', '#heading', 'main header'),
      fc.boolean(),
    ),
  });
  type Outcome = typeof outcome extends fc.Arbitrary<infer T> ? T : never;
  type Personal = typeof personal extends fc.Arbitrary<infer T> ? T : never;
  const build = (o: Outcome, p: Personal): TabReadOutcome => ({
    site: o.site,
    url:
      o.site === 'strava'
        ? `https://www.strava.com/activities/${p.id}?${p.query}`
        : `https://connect.garmin.com/app/activity/${p.id}?${p.query}`,
    verdict: o.verdict,
    ...(o.reason ? { reason: o.reason } : {}),
    checks: { ...o.found, [p.title]: false, [p.id]: true },
    shown: { title: p.title, start: p.start.toISOString(), elapsedS: p.elapsedS, distanceM: p.distanceM },
  });
  const env = { version: '0.1.0', userAgent: CHROME_UA };

  it('property: never contains the activity id, the address or the title', () => {
    fc.assert(
      fc.property(outcome, personal, (o, p) => {
        const text = bugReportText(build(o, p), env);
        expect(text).not.toContain(p.id);
        expect(text).not.toContain(p.title);
        expect(text).not.toContain('strava.com');
        expect(text).not.toContain('garmin.com');
      }),
    );
  });

  it('property: two pages that differ only in personal data give the same text', () => {
    fc.assert(
      fc.property(outcome, personal, personal, (o, a, b) => {
        expect(bugReportText(build(o, a), env)).toBe(bugReportText(build(o, b), env));
      }),
    );
  });
});

describe('browserLabel', () => {
  it.each([
    [CHROME_UA, 'Chrome 131'],
    [FIREFOX_UA, 'Firefox 128'],
    [`${CHROME_UA} Edg/131.0.2903.70`, 'Edge 131'],
    ['curl/8.0', 'unknown browser'],
  ])('%s → %s', (ua, label) => expect(browserLabel(ua)).toBe(label));
});

describe('outcomeForTab: the popup finds the outcome of the page its tab shows, and only that', () => {
  const stored = { [READ_OUTCOMES_KEY]: { 12: unreadable, 13: { site: 'strava', verdict: 'maybe' } } };

  it('the same page, the fragment aside', () => {
    expect(outcomeForTab(stored, 12, `${unreadable.url}#comments`)).toEqual(unreadable);
    expect(samePage('https://www.strava.com/activities/1#a', 'https://www.strava.com/activities/1')).toBe(
      true,
    );
  });

  it('not for another page in the tab, another tab, or a malformed entry', () => {
    expect(outcomeForTab(stored, 12, 'https://www.strava.com/activities/16900000098')).toBeUndefined();
    expect(outcomeForTab(stored, 14, unreadable.url)).toBeUndefined();
    expect(outcomeForTab(stored, 13, unreadable.url)).toBeUndefined();
    expect(outcomeForTab({}, 12, unreadable.url)).toBeUndefined();
  });
});

describe('knownChecksOnly', () => {
  it('keeps the site’s page parts, JSON answers and card anchors, in that order', () => {
    expect(
      Object.keys(
        knownChecksOnly('garmin', {
          '[data-testid="activity-header"]': false,
          'activity title': true,
          viewer: true,
          'x y': true,
          stats: true,
        }),
      ),
    ).toEqual(['viewer', 'activity title', '[data-testid="activity-header"]']);
  });
});
