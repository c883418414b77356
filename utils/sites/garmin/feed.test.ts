import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureJson } from '../../../test/fixtures/load';
import { newestOwnRunInFeed } from '../../views/dashboard-run';
import { garminFeedRuns } from './feed';
import { parseGarminActivityList } from './parse';

const FEED = 'garmin/newsfeed-2026-12.html';
const NEWSFEED = 'https://connect.garmin.com/app/newsfeed';
const ids = (doc: Document, url = NEWSFEED) => garminFeedRuns(doc, url).map((run) => run.activityId);
const nameIn = (part: Element | undefined) =>
  part?.querySelector('[class*="ActivityCard_activityName"]')?.textContent;

describe('the Garmin news feed (newsfeed-2026-12.html)', () => {
  it('reads every activity in the feed, top to bottom, each once, with its own card', () => {
    const doc = fixtureDocument(FEED);
    expect(ids(doc)).toEqual(['21500000004', '21500000001', '21500000777', '21482825013']);
    const runs = garminFeedRuns(doc, NEWSFEED);
    for (const run of runs) expect(run.part.matches('[class*="ActivityCard_activityContainer"]')).toBe(true);
    // The interval run links twice (title and map): one entry, its own card.
    expect(nameIn(runs[1]?.part)).toBe('Sample Town - Speed Repeats');
  });

  it('reads the same on the home page and the legacy feed address, and nothing on other routes', () => {
    const doc = fixtureDocument(FEED);
    const all = ids(doc);
    for (const url of [
      'https://connect.garmin.com/app/home',
      'https://connect.garmin.com/modern/newsfeed',
      'https://connect.garmin.com/app/newsfeed/groups',
    ])
      expect(ids(doc, url)).toEqual(all);
    for (const url of [
      'https://connect.garmin.com/app/activity/21500000001',
      'https://connect.garmin.com/app/activities',
      'https://connect.garmin.com/app/profile/sample-runner',
    ])
      expect(ids(doc, url)).toEqual([]);
  });

  it.each([
    ['data-testid="activity-card"', (card: Element) => card.setAttribute('data-testid', 'activity-card')],
    ['article', (card: Element) => card.replaceWith(asArticle(card))],
    ['no known container (the card found by its links)', () => undefined],
  ])('finds the card without its CSS-module class: %s', (_how, mark) => {
    const doc = fixtureDocument(FEED);
    for (const card of Array.from(doc.querySelectorAll('[class*="ActivityCard_activityContainer"]'))) {
      card.className = 'Card_x9';
      mark(card);
    }
    const runs = garminFeedRuns(doc, NEWSFEED);
    expect(runs.map((run) => run.activityId)).toEqual([
      '21500000004',
      '21500000001',
      '21500000777',
      '21482825013',
    ]);
    // Each entry shows its own activity and no other: never the feed around them.
    for (const run of runs) {
      const shown = Array.from(run.part.querySelectorAll('a[href*="/activity/"]')).map((a) =>
        a.getAttribute('href'),
      );
      expect(new Set(shown)).toEqual(new Set([`/app/activity/${run.activityId}`]));
      expect(run.part.matches('[role="feed"]')).toBe(false);
    }
    expect(nameIn(runs[1]?.part)).toBe('Sample Town - Speed Repeats');
  });

  it('gives no entry for a link whose container also shows another activity (no guessing)', () => {
    const doc = new DOMParser().parseFromString(
      '<div role="feed"><a href="/app/activity/1">One</a><a href="/app/activity/2">Two</a></div>',
      'text/html',
    );
    expect(garminFeedRuns(doc, NEWSFEED)).toEqual([]);
  });

  it('ignores links that are not to an activity of Garmin Connect', () => {
    const doc = new DOMParser().parseFromString(
      `<article><a href="https://evil.example/app/activity/5">x</a></article>
       <article><a href="/app/activity/">x</a></article>
       <article><a href="/app/activities">x</a></article>`,
      'text/html',
    );
    expect(garminFeedRuns(doc, NEWSFEED)).toEqual([]);
  });
});

function asArticle(card: Element): Element {
  const article = card.ownerDocument.createElement('article');
  article.append(...Array.from(card.childNodes));
  return article;
}

describe('the line goes to the newest own run, and never to a friend’s', () => {
  const list = parseGarminActivityList(fixtureJson('garmin/activity-list-2026-01.json'));
  // The list as HardDay holds it after the refresh on the feed: up to the interval run (the later runs not yet made).
  const upToIntervals = list.filter((run) => Date.parse(run.start) <= Date.parse('2026-01-14T00:00:00Z'));

  it('picks the interval run, the newest stored, and not the friend’s newer run above it', () => {
    const feed = ids(fixtureDocument(FEED));
    expect(feed[0]).toBe('21500000004');
    expect(newestOwnRunInFeed(upToIntervals, 'garmin', feed)?.activityId).toBe('21500000001');
  });

  it('shows none when only an older own run is in the feed', () => {
    const feed = ids(fixtureDocument(FEED)).filter((id) => id !== '21500000001');
    expect(newestOwnRunInFeed(upToIntervals, 'garmin', feed)).toBeNull();
  });

  it('shows none for a feed of friends only, even when a friend’s run is the newest there', () => {
    expect(newestOwnRunInFeed(upToIntervals, 'garmin', ['21500000004', '21500000777'])).toBeNull();
  });
});
