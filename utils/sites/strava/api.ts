import type { Lap, Run } from '../../core/types';
import { RECENT_LIST_MIN_INTERVAL_MS } from '../../queries/client';
import { assertActivityId, resolveDeps, type ApiDeps } from '../../queries/deps';
import { getJson } from '../../queries/http';
import { queryKeys } from '../../queries/keys';
import type { SiteReadResult } from '../shared/read-result';
import { parseStravaLapEfforts, parseStravaTrainingActivity, parseStravaTrainingList } from './parse-json';
import { readStravaCsrfToken } from './read-page';
import { STRAVA_CSRF_HEADER, STRAVA_JSON_HEADERS, stravaPaths } from './site';

/** How many recent activities to ask for: enough for two weeks of daily running plus other sports. */
export const STRAVA_RECENT_PER_PAGE = 30;

function requester(deps: ApiDeps) {
  const { client, fetch, csrfToken } = resolveDeps(deps, readStravaCsrfToken);
  const headers = csrfToken
    ? { ...STRAVA_JSON_HEADERS, [STRAVA_CSRF_HEADER]: csrfToken }
    : STRAVA_JSON_HEADERS;
  return { client, get: (path: string) => getJson(path, headers, fetch) };
}

/**
 * The viewer's own activity from `/athlete/training_activities/ID` (true UTC start, elapsed time, sport and
 * workout type). Rejects with HttpError 404 for someone else's activity (not retried).
 */
export async function fetchStravaActivity(id: string, deps: ApiDeps = {}): Promise<SiteReadResult> {
  assertActivityId(id);
  const { client, get } = requester(deps);
  const json = await client.query({
    queryKey: queryKeys.strava.activity(id),
    queryFn: () => get(stravaPaths.trainingActivity(id)),
  });
  return parseStravaTrainingActivity(json);
}

/** The activity's laps from `/activities/ID/lap_efforts` ([] when none). */
export async function fetchStravaLaps(id: string, deps: ApiDeps = {}): Promise<Lap[]> {
  assertActivityId(id);
  const { client, get } = requester(deps);
  const json = await client.query({
    queryKey: queryKeys.strava.laps(id),
    queryFn: () => get(stravaPaths.lapEfforts(id)),
  });
  return parseStravaLapEfforts(json);
}

/** The viewer's recent runs (first page of `/athlete/training_activities`), asked for at most every 5 minutes. */
export async function fetchStravaRecent(deps: ApiDeps = {}): Promise<Run[]> {
  const { client, get } = requester(deps);
  const json = await client.query({
    queryKey: queryKeys.strava.recent(),
    queryFn: () => get(stravaPaths.trainingActivities(STRAVA_RECENT_PER_PAGE)),
    staleTime: RECENT_LIST_MIN_INTERVAL_MS,
  });
  return parseStravaTrainingList(json);
}
