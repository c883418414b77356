import { describe, expect, it } from 'vitest';
import type { Run } from '../core/types';
import { acceptedRuns, classifySender, currentPageUrl } from './senders';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('classifySender', () => {
  it.each([
    [{ id: ID, url: `${ORIGIN}popup.html` }, { kind: 'extension-page' }],
    [
      { id: ID, url: 'https://www.strava.com/activities/1' },
      { kind: 'site', site: 'strava' },
    ],
    [
      { id: ID, url: 'https://connect.garmin.com/app/activity/2' },
      { kind: 'site', site: 'garmin' },
    ],
    [{ id: 'another-extension', url: `${ORIGIN}popup.html` }, { kind: 'unknown' }],
    [{ id: ID, url: 'https://evil.example/strava.com' }, { kind: 'unknown' }],
    [{ id: ID, url: 'https://www.strava.com.evil.example/' }, { kind: 'unknown' }],
    [{ id: ID, url: 'http://www.strava.com/activities/1' }, { kind: 'unknown' }],
    [{ id: ID }, { kind: 'unknown' }],
    [{ id: ID, url: 'not a url' }, { kind: 'unknown' }],
  ])('%j → %j', (sender, expected) => {
    expect(classifySender(sender, ID, ORIGIN)).toEqual(expected);
  });
});

describe('acceptedRuns', () => {
  const run = (source: Run['source'], ownedByViewer?: boolean): Run => ({
    source,
    id: '1',
    title: 't',
    sport: 'run',
    start: '2026-01-01T07:00:00Z',
    elapsedS: 1800,
    ownedByViewer,
  });

  it('keeps only own runs of the sending site', () => {
    const runs = [
      run('strava', true),
      run('strava'),
      run('strava', false),
      run('garmin', true),
      run('manual', true),
    ];
    expect(acceptedRuns('strava', runs)).toEqual([run('strava', true), run('strava')]);
    expect(acceptedRuns('garmin', runs)).toEqual([run('garmin', true)]);
  });
});

describe('currentPageUrl', () => {
  const loaded = 'https://connect.garmin.com/app/activity/21500000001';
  it('is the address the tab shows now, after in-page navigation on the same origin', () => {
    expect(currentPageUrl({ url: loaded, tab: { url: 'https://connect.garmin.com/app/newsfeed' } })).toBe(
      'https://connect.garmin.com/app/newsfeed',
    );
  });
  it.each([
    ['no tab', undefined],
    ['a tab without an address', {}],
    ['a tab on another origin by now', { url: 'https://www.strava.com/dashboard' }],
    ['a tab address that is no URL', { url: 'not a url' }],
  ])('keeps the loaded address with %s', (_what, tab) => {
    expect(currentPageUrl({ url: loaded, tab })).toBe(loaded);
  });
});
