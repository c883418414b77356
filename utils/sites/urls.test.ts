import { describe, expect, it } from 'vitest';
import { garminActivityId, GARMIN_URL_EXAMPLES, isGarminActivityList } from './garmin/urls';
import { isStravaDashboard, stravaActivityId, STRAVA_URL_EXAMPLES } from './strava/urls';

type Detector = (url: string) => string | boolean | null;
const detectors: Record<string, Detector> = {
  stravaActivityId,
  isStravaDashboard,
  garminActivityId,
  isGarminActivityList,
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
