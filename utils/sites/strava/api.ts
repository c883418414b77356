import type { Lap, Run } from '../../core/types';
import { RECENT_LIST_MIN_INTERVAL_MS } from '../../queries/policy';
import { activityKey } from '../../queries/keys';
import { assertActivityId, siteRequester, type ApiDeps } from '../../queries/site-request';
import type { SiteReadResult } from '../shared/read-result';
import { parseStravaLapEfforts, parseStravaTrainingActivity, parseStravaTrainingList } from './parse-json';
import { readStravaCsrfToken } from './read-page';
import { STRAVA_CSRF_HEADER, STRAVA_JSON_HEADERS, stravaPaths } from './site';

/** How many recent activities to ask for: enough for two weeks of daily running plus other sports. */
export const STRAVA_RECENT_PER_PAGE = 30;

const requester = (deps: ApiDeps) =>
  siteRequester(deps, {
    headers: STRAVA_JSON_HEADERS,
    csrfHeader: STRAVA_CSRF_HEADER,
    readCsrfToken: readStravaCsrfToken,
  });

/**
 * The viewer's own activity from `/athlete/training_activities/ID` (true UTC start, elapsed time, sport and
 * workout type). Rejects with HttpError 404 for someone else's activity (not retried).
 */
export async function fetchStravaActivity(id: string, deps: ApiDeps): Promise<SiteReadResult> {
  assertActivityId(id);
  const json = await requester(deps)(activityKey('strava', id), stravaPaths.trainingActivity(id));
  return parseStravaTrainingActivity(json);
}

/** The activity's laps from `/activities/ID/lap_efforts` ([] when none). */
export async function fetchStravaLaps(id: string, deps: ApiDeps): Promise<Lap[]> {
  assertActivityId(id);
  const json = await requester(deps)(activityKey('strava', id, 'laps'), stravaPaths.lapEfforts(id));
  return parseStravaLapEfforts(json);
}

/** The viewer's recent runs (first page of `/athlete/training_activities`), asked for at most every 5 minutes. */
export async function fetchStravaRecent(deps: ApiDeps): Promise<Run[]> {
  const json = await requester(deps)(
    ['strava', 'recent'],
    stravaPaths.trainingActivities(STRAVA_RECENT_PER_PAGE),
    RECENT_LIST_MIN_INTERVAL_MS,
  );
  return parseStravaTrainingList(json);
}
