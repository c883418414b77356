import type { Lap, Run } from '../../core/types';
import { RECENT_LIST_MIN_INTERVAL_MS } from '../../queries/client';
import { assertActivityId, resolveDeps, type ApiDeps } from '../../queries/deps';
import { getJson } from '../../queries/http';
import { queryKeys } from '../../queries/keys';
import type { SiteReadResult } from '../shared/read-result';
import { parseGarminActivity, parseGarminActivityList } from './parse-activity';
import { parseGarminSplits } from './parse-splits';
import { parseGarminSocialProfile, type GarminViewer } from './parse-viewer';
import { readGarminCsrfToken } from './read-page';
import { GARMIN_CSRF_HEADER, GARMIN_JSON_HEADERS, garminPaths } from './site';

/** How many recent activities to ask for. */
export const GARMIN_RECENT_LIMIT = 30;
/** The viewer does not change while a page is open. */
const VIEWER_STALE_MS = 30 * 60_000;

export interface GarminApiDeps extends ApiDeps {
  /** The viewer's profileId (from VIEWER_SOCIAL_PROFILE or fetchGarminViewer) to decide ownership. */
  viewerProfileId?: string;
}

function requester(deps: ApiDeps) {
  const { client, fetch, csrfToken } = resolveDeps(deps, readGarminCsrfToken);
  const headers = csrfToken
    ? { ...GARMIN_JSON_HEADERS, [GARMIN_CSRF_HEADER]: csrfToken }
    : GARMIN_JSON_HEADERS;
  return { client, get: (path: string) => getJson(path, headers, fetch) };
}

/** `/gc-api/activity-service/activity/ID` → run (owner decided when `viewerProfileId` is given), not-run or unreadable. */
export async function fetchGarminActivity(id: string, deps: GarminApiDeps = {}): Promise<SiteReadResult> {
  assertActivityId(id);
  const { client, get } = requester(deps);
  const json = await client.query({
    queryKey: queryKeys.garmin.activity(id),
    queryFn: () => get(garminPaths.activity(id)),
  });
  return parseGarminActivity(json, deps.viewerProfileId);
}

/** `/gc-api/activity-service/activity/ID/splits` → laps with intensity. */
export async function fetchGarminSplits(id: string, deps: ApiDeps = {}): Promise<Lap[]> {
  assertActivityId(id);
  const { client, get } = requester(deps);
  const json = await client.query({
    queryKey: queryKeys.garmin.splits(id),
    queryFn: () => get(garminPaths.splits(id)),
  });
  return parseGarminSplits(json);
}

/** `/gc-api/userprofile-service/socialProfile` → the signed-in viewer, or null when unreadable. */
export async function fetchGarminViewer(deps: ApiDeps = {}): Promise<GarminViewer | null> {
  const { client, get } = requester(deps);
  const json = await client.query({
    queryKey: queryKeys.garmin.viewer(),
    queryFn: () => get(garminPaths.socialProfile()),
    staleTime: VIEWER_STALE_MS,
  });
  return parseGarminSocialProfile(json);
}

/** The viewer's recent runs from the activity list, asked for at most every 5 minutes. */
export async function fetchGarminRecent(deps: GarminApiDeps = {}): Promise<Run[]> {
  const { client, get } = requester(deps);
  const json = await client.query({
    queryKey: queryKeys.garmin.recent(),
    queryFn: () => get(garminPaths.activityList(GARMIN_RECENT_LIMIT)),
    staleTime: RECENT_LIST_MIN_INTERVAL_MS,
  });
  return parseGarminActivityList(json, deps.viewerProfileId);
}
