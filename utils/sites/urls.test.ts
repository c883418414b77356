import { describe, expect, it } from 'vitest';
import {
  garminActivityId,
  garminActivityIdOfHref,
  GARMIN_URL_EXAMPLES,
  isGarminActivityList,
  isGarminFeed,
  isGarminListPage,
} from './garmin/urls';
import { isStravaDashboard, stravaActivityId, STRAVA_URL_EXAMPLES } from './strava/urls';

type Detector = (url: string) => string | boolean | null;
const detectors: Record<string, Detector> = {
  stravaActivityId,
  isStravaDashboard,
  garminActivityId,
  isGarminActivityList,
  isGarminFeed,
};

// Which detector each example list belongs to; every other detector must reject it.
const lists: { name: string; owner: keyof typeof detectors | null; urls: string[] }[] = [
  {
    name: 'strava activity',
    owner: 'stravaActivityId',
    urls: STRAVA_URL_EXAMPLES.activity.map((e) => e.url),
  },
  { name: 'strava dashboard', owner: 'isStravaDashboard', urls: STRAVA_URL_EXAMPLES.dashboard },
  { name: 'strava other', owner: null, urls: STRAVA_URL_EXAMPLES.other },
  {
    name: 'garmin activity',
    owner: 'garminActivityId',
    urls: GARMIN_URL_EXAMPLES.activity.map((e) => e.url),
  },
  { name: 'garmin list', owner: 'isGarminActivityList', urls: GARMIN_URL_EXAMPLES.activityList },
  { name: 'garmin feed', owner: 'isGarminFeed', urls: GARMIN_URL_EXAMPLES.feed },
  { name: 'garmin other', owner: null, urls: GARMIN_URL_EXAMPLES.other },
];

function hit(value: string | boolean | null): boolean {
  return value !== null && value !== false;
}

describe('URL detectors against every example list', () => {
  for (const list of lists) {
    for (const [name, detect] of Object.entries(detectors)) {
      const expected = list.owner === name;
      it(`${name} ${expected ? 'accepts' : 'rejects'} every ${list.name} URL`, () => {
        for (const url of list.urls) expect([url, hit(detect(url))]).toEqual([url, expected]);
      });
    }
  }
});

describe('activity ids', () => {
  it('stravaActivityId returns the id of each Strava example', () => {
    for (const { url, id } of STRAVA_URL_EXAMPLES.activity) expect(stravaActivityId(url)).toBe(id);
  });
  it('garminActivityId returns the id of each Garmin example', () => {
    for (const { url, id } of GARMIN_URL_EXAMPLES.activity) expect(garminActivityId(url)).toBe(id);
  });
  it('the edit form and truncate tool are not activity pages', () => {
    expect(stravaActivityId('https://www.strava.com/activities/16900000001/edit')).toBeNull();
    expect(stravaActivityId('https://www.strava.com/activities/16900000001/truncate')).toBeNull();
  });
});

describe('Garmin list pages and feed links', () => {
  it('refreshes the recent runs on the activity list, the home page and the news feed only', () => {
    for (const url of [...GARMIN_URL_EXAMPLES.activityList, ...GARMIN_URL_EXAMPLES.feed])
      expect([url, isGarminListPage(url)]).toEqual([url, true]);
    for (const url of [...GARMIN_URL_EXAMPLES.other, ...GARMIN_URL_EXAMPLES.activity.map((e) => e.url)])
      expect([url, isGarminListPage(url)]).toEqual([url, false]);
  });

  it.each([
    ['/app/activity/21500000001', '21500000001'],
    ['/modern/activity/21500000001', '21500000001'],
    ['https://connect.garmin.com/app/activity/21500000001?tab=splits', '21500000001'],
    ['/app/activity/21500000001/', '21500000001'],
    ['/app/activities', null],
    ['/app/activity/abc', null],
    ['/app/profile/sample-runner', null],
    ['https://evil.example/app/activity/21500000001', null],
    ['javascript:alert(1)', null],
    ['', null],
    [null, null],
  ])('reads the activity a feed link points to: %s', (href, id) => {
    expect(garminActivityIdOfHref(href)).toBe(id);
  });
});
