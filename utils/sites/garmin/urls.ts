import { ACTIVITY_LIST_PATH, ACTIVITY_PATH, FEED_PATH, GARMIN_HOST, GARMIN_ORIGIN } from './site';

function garminPathname(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.hostname === GARMIN_HOST ? parsed.pathname : null;
}

/** The activity id on `/app/activity/ID` and the legacy `/modern/activity/ID`; null elsewhere. */
export function garminActivityId(url: string): string | null {
  const pathname = garminPathname(url);
  if (pathname === null) return null;
  return ACTIVITY_PATH.exec(pathname)?.[1] ?? null;
}

/** True on the activity list (`/app/activities`, legacy `/modern/activities`), with or without filters. */
export function isGarminActivityList(url: string): boolean {
  const pathname = garminPathname(url);
  return pathname !== null && ACTIVITY_LIST_PATH.test(pathname);
}

/** True on the home page and the news feed (`/app/home`, `/app/newsfeed`, legacy `/modern/…`): the dashboard line. */
export function isGarminFeed(url: string): boolean {
  const pathname = garminPathname(url);
  return pathname !== null && FEED_PATH.test(pathname);
}

/** Pages where the recent runs are refreshed: the activity list, the home page and the news feed. */
export function isGarminListPage(url: string): boolean {
  return isGarminActivityList(url) || isGarminFeed(url);
}

/** The activity a link in a Garmin page points to (`href` as written: relative or absolute), or null. */
export function garminActivityIdOfHref(href: string | null): string | null {
  if (!href) return null;
  try {
    return garminActivityId(new URL(href, GARMIN_ORIGIN).href);
  } catch {
    return null;
  }
}

/** Real-shaped example URLs; tests check every detector against every list. */
export const GARMIN_URL_EXAMPLES = {
  activity: [
    { url: 'https://connect.garmin.com/app/activity/21482825013', id: '21482825013' },
    { url: 'https://connect.garmin.com/app/activity/21500000001?tab=splits', id: '21500000001' },
    { url: 'https://connect.garmin.com/app/activity/21500000001/', id: '21500000001' },
    { url: 'https://connect.garmin.com/app/activity/21500000001#laps', id: '21500000001' },
    { url: 'https://connect.garmin.com/modern/activity/21482825013', id: '21482825013' },
  ],
  activityList: [
    'https://connect.garmin.com/app/activities',
    'https://connect.garmin.com/app/activities?activityType=running',
    'https://connect.garmin.com/app/activities/',
    'https://connect.garmin.com/modern/activities',
  ],
  feed: [
    'https://connect.garmin.com/app/home',
    'https://connect.garmin.com/app/home/',
    'https://connect.garmin.com/app/newsfeed',
    'https://connect.garmin.com/app/newsfeed?tab=connections',
    'https://connect.garmin.com/app/newsfeed/groups',
    'https://connect.garmin.com/modern/newsfeed',
  ],
  other: [
    'https://connect.garmin.com/app/activity/',
    'https://connect.garmin.com/app/activity/abc',
    'https://connect.garmin.com/app/workouts',
    'https://connect.garmin.com/app/workout/3618356072',
    'https://connect.garmin.com/app/calendar',
    'https://connect.garmin.com/app/profile/sample-runner',
    'https://connect.garmin.com/app/homepage',
    'https://connect.garmin.com/app/newsfeeds',
    'https://connect.garmin.com/gc-api/activity-service/activity/21482825013',
    'https://connect.garmin.com/signin',
    'https://sso.garmin.com/app/activity/21482825013',
    'https://connect.garmin.com.example.org/app/activity/21482825013',
    'https://example.org/connect.garmin.com/app/activity/21482825013',
    'not a url',
  ],
};
