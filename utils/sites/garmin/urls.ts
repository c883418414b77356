import { ACTIVITY_LIST_PATH, ACTIVITY_PATH, GARMIN_HOST } from './site';

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
  other: [
    'https://connect.garmin.com/app/activity/',
    'https://connect.garmin.com/app/activity/abc',
    'https://connect.garmin.com/app/workouts',
    'https://connect.garmin.com/app/workout/3618356072',
    'https://connect.garmin.com/app/calendar',
    'https://connect.garmin.com/app/profile/sample-runner',
    'https://connect.garmin.com/app/home',
    'https://connect.garmin.com/gc-api/activity-service/activity/21482825013',
    'https://connect.garmin.com/signin',
    'https://sso.garmin.com/app/activity/21482825013',
    'https://connect.garmin.com.example.org/app/activity/21482825013',
    'https://example.org/connect.garmin.com/app/activity/21482825013',
    'not a url',
  ],
};
