import { ACTIVITY_PATH, DASHBOARD_PATH, NON_PAGE_SUBPATHS, STRAVA_HOSTS } from './site';

function stravaPathname(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!(STRAVA_HOSTS as readonly string[]).includes(parsed.hostname)) return null;
  return parsed.pathname;
}

/**
 * The activity id when `url` is a Strava activity page or one of its subpages (overview, analysis, laps,
 * segments …); null for the edit form, the truncate tool, downloads, JSON endpoints and every other page.
 */
export function stravaActivityId(url: string): string | null {
  const pathname = stravaPathname(url);
  if (pathname === null) return null;
  const match = ACTIVITY_PATH.exec(pathname);
  if (!match) return null;
  const subpage = match[2];
  if (subpage !== undefined && NON_PAGE_SUBPATHS.has(subpage)) return null;
  return match[1] ?? null;
}

/** True on the dashboard / activity feed. */
export function isStravaDashboard(url: string): boolean {
  const pathname = stravaPathname(url);
  return pathname !== null && DASHBOARD_PATH.test(pathname);
}

/** Real-shaped example URLs; tests check every detector against every list. */
export const STRAVA_URL_EXAMPLES = {
  activity: [
    { url: 'https://www.strava.com/activities/16900000001', id: '16900000001' },
    { url: 'https://www.strava.com/activities/16900000001/', id: '16900000001' },
    { url: 'https://www.strava.com/activities/16900000002/overview', id: '16900000002' },
    { url: 'https://www.strava.com/activities/16900000002/analysis', id: '16900000002' },
    { url: 'https://www.strava.com/activities/16900000002/analysis/120/980', id: '16900000002' },
    { url: 'https://www.strava.com/activities/16900000002/laps', id: '16900000002' },
    { url: 'https://www.strava.com/activities/16900000003/segments/3312345678901234567', id: '16900000003' },
    { url: 'https://www.strava.com/activities/16900000004/best-efforts', id: '16900000004' },
    { url: 'https://www.strava.com/activities/16900000004?utm_source=feed#comments', id: '16900000004' },
    { url: 'https://strava.com/activities/799672885', id: '799672885' },
  ],
  dashboard: [
    'https://www.strava.com/dashboard',
    'https://www.strava.com/dashboard/',
    'https://www.strava.com/dashboard?num_entries=20',
    'https://www.strava.com/dashboard/following/30',
    'https://www.strava.com/dashboard/my_activity',
  ],
  other: [
    'https://www.strava.com/activities/16900000001/edit',
    'https://www.strava.com/activities/16900000001/truncate',
    'https://www.strava.com/activities/16900000001/lap_efforts',
    'https://www.strava.com/activities/16900000001/export_gpx',
    'https://www.strava.com/activities/new',
    'https://www.strava.com/activities',
    'https://www.strava.com/dashboard/feed?feed_type=my_activity',
    'https://www.strava.com/athlete/training',
    'https://www.strava.com/athlete/training_activities/16900000001',
    'https://www.strava.com/athletes/31415926',
    'https://www.strava.com/athletes/31415926/training/log',
    'https://www.strava.com/login',
    'https://www.strava.com/',
    'https://www.strava.com/routes/new',
    'https://www.strava.com/segments/1234567',
    'https://labs.strava.com/activities/16900000001',
    'https://www.strava.com.example.org/activities/16900000001',
    'https://example.org/www.strava.com/activities/16900000001',
    'not a url',
  ],
};
