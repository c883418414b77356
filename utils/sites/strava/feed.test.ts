import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureJson } from '../../../test/fixtures/load';
import type { Run } from '../../core/types';
import { newestOwnRunInFeed, unseenNewestFeedId } from '../../views/dashboard-run';
import { parseStravaTrainingList } from './parse-json';
import { stravaOwnFeedRuns, stravaViewerId } from './feed';

const FEED = 'strava/dashboard-feed-2026-11.html';
const ids = (doc: Document) => stravaOwnFeedRuns('31415926', doc).map((run) => run.activityId);

describe('the Strava dashboard feed (dashboard-feed-2026-11.html)', () => {
  it("reads the viewer from the header's profile link, or from the bootstrap where the page has one", () => {
    const doc = fixtureDocument(FEED);
    expect(stravaViewerId(doc)).toBe('31415926');
    const script = doc.createElement('script');
    script.textContent =
      'currentAthlete = new Strava.Models.CurrentAthlete({"id":27182818,"firstname":"X"});';
    doc.head.append(script);
    expect(stravaViewerId(doc)).toBe('27182818');
    expect(stravaViewerId(new DOMParser().parseFromString('<p>signed out</p>', 'text/html'))).toBeNull();
  });

  it("finds the viewer's own entries, top to bottom, and no friend's (solo or in a group run)", () => {
    const doc = fixtureDocument(FEED);
    expect(ids(doc)).toEqual(['16900000002', '16900000001']);
    const [newest] = stravaOwnFeedRuns('31415926', doc);
    expect(newest?.part.matches('[data-testid="web-feed-entry"]')).toBe(true);
    expect(newest?.part.querySelector('[data-testid="activity_name"]')?.textContent).toBe(
      '6 x 800 m on the river path',
    );
    // The friend's view of the same feed: their solo run and their part of the group run.
    expect(stravaOwnFeedRuns('27182818', doc).map((run) => run.activityId)).toEqual([
      '16900000005',
      '16900000031',
    ]);
  });

  it('counts an entry without an athlete link as nobody’s', () => {
    const doc = fixtureDocument(FEED);
    for (const link of Array.from(
      doc.querySelectorAll('[data-testid="owner-avatar"], [data-testid="owners-name"]'),
    ))
      link.removeAttribute('href');
    expect(ids(doc)).toEqual([]);
  });
});

describe('newestOwnRunInFeed: the line goes to the newest own run, only when the feed shows it', () => {
  const list = parseStravaTrainingList(fixtureJson('strava/training-activities-page-2026-01.json'));
  // The list as the runner's HardDay holds it after the dashboard refresh: up to the interval run.
  const upToIntervals = list.filter((run) => Date.parse(run.start) <= Date.parse('2026-01-14T18:00:00Z'));

  it('picks the interval run, the newest stored, in the feed', () => {
    expect(newestOwnRunInFeed(upToIntervals, 'strava', ids(fixtureDocument(FEED)))?.activityId).toBe(
      '16900000002',
    );
  });

  it('shows none when the newest own run is not in the feed (only an older own run is)', () => {
    // The race of 2026-01-18 is stored and newest; the feed has only the interval and easy runs.
    expect(newestOwnRunInFeed(list, 'strava', ids(fixtureDocument(FEED)))).toBeNull();
    expect(newestOwnRunInFeed(upToIntervals, 'strava', ['16900000001'])).toBeNull();
    expect(newestOwnRunInFeed([], 'strava', ['16900000002'])).toBeNull();
  });

  it("ignores someone else's stored run and finds a run merged from another site by its Strava key", () => {
    const other: Run = {
      ...upToIntervals[0]!,
      id: '16900000099',
      start: '2026-01-15T07:00:00Z',
      ownedByViewer: false,
    };
    expect(newestOwnRunInFeed([...upToIntervals, other], 'strava', ['16900000002'])?.activityId).toBe(
      '16900000002',
    );
    const fromGarmin: Run = {
      ...upToIntervals[0]!,
      source: 'garmin',
      id: '21500000009',
      start: '2026-01-15T07:00:00Z',
      alsoKnownAs: ['strava:16900000033'],
    };
    expect(newestOwnRunInFeed([...upToIntervals, fromGarmin], 'strava', ['16900000033'])?.run).toBe(
      fromGarmin,
    );
  });
});

describe('unseenNewestFeedId: a feed newer than the stored list', () => {
  const list = parseStravaTrainingList(fixtureJson('strava/training-activities-page-2026-01.json'));

  it('names the newest own entry when no stored run is known by it', () => {
    expect(unseenNewestFeedId(list, 'strava', ['16900000077', '16900000002'])).toBe('16900000077');
    expect(unseenNewestFeedId([], 'strava', ['16900000002'])).toBe('16900000002');
  });

  it('is null when the newest own entry is stored (also as another site’s alias), or there is none', () => {
    expect(unseenNewestFeedId(list, 'strava', ['16900000002', '16900000077'])).toBeNull();
    const fromGarmin: Run = { ...list[0]!, source: 'garmin', id: '215', alsoKnownAs: ['strava:16900000033'] };
    expect(unseenNewestFeedId([fromGarmin], 'strava', ['16900000033'])).toBeNull();
    expect(unseenNewestFeedId(list, 'strava', [])).toBeNull();
    expect(unseenNewestFeedId(list, 'garmin', ['16900000002'])).toBe('16900000002');
  });
});
