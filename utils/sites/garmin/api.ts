import type { Lap, Run } from '../../core/types';
import { RECENT_LIST_MIN_INTERVAL_MS, VIEWER_STALE_MS } from '../../queries/policy';
import { activityKey } from '../../queries/keys';
import { assertActivityId, siteRequester, type ApiDeps } from '../../queries/site-request';
import type { SiteReadResult } from '../shared/read-result';
import { parseGarminActivity, parseGarminActivityList } from './parse-activity';
import { parseGarminSplits } from './parse-splits';
import { parseGarminSocialProfile, parseGarminViewerScript, type GarminViewer } from './parse-viewer';
import { readGarminCsrfToken } from './read-page';
import { GARMIN_CSRF_HEADER, GARMIN_JSON_HEADERS, garminPaths } from './site';

/** How many recent activities to ask for. */
export const GARMIN_RECENT_LIMIT = 30;

export interface GarminApiDeps extends ApiDeps {
  /** The viewer's profileId (from VIEWER_SOCIAL_PROFILE or fetchGarminViewer) to decide ownership. */
  viewerProfileId?: string;
}

const requester = (deps: ApiDeps) =>
  siteRequester(deps, {
    headers: GARMIN_JSON_HEADERS,
    csrfHeader: GARMIN_CSRF_HEADER,
    readCsrfToken: readGarminCsrfToken,
  });

/** `/gc-api/activity-service/activity/ID` → run (owner decided when `viewerProfileId` is given), not-run or unreadable. */
export async function fetchGarminActivity(id: string, deps: GarminApiDeps): Promise<SiteReadResult> {
  assertActivityId(id);
  const json = await requester(deps)(activityKey('garmin', id), garminPaths.activity(id));
  return parseGarminActivity(json, deps.viewerProfileId);
}

/** `/gc-api/activity-service/activity/ID/splits` → laps with intensity. */
export async function fetchGarminSplits(id: string, deps: ApiDeps): Promise<Lap[]> {
  assertActivityId(id);
  const json = await requester(deps)(activityKey('garmin', id, 'splits'), garminPaths.splits(id));
  return parseGarminSplits(json);
}

/** `/gc-api/userprofile-service/socialProfile` → the signed-in viewer, or null when unreadable. */
export async function fetchGarminViewer(deps: ApiDeps): Promise<GarminViewer | null> {
  const json = await requester(deps)(['garmin', 'viewer'], garminPaths.socialProfile(), VIEWER_STALE_MS);
  return parseGarminSocialProfile(json);
}

/** The viewer's recent runs from the activity list, asked for at most every 5 minutes. */
export async function fetchGarminRecent(deps: GarminApiDeps): Promise<Run[]> {
  const json = await requester(deps)(
    ['garmin', 'recent'],
    garminPaths.activityList(GARMIN_RECENT_LIMIT),
    RECENT_LIST_MIN_INTERVAL_MS,
  );
  return parseGarminActivityList(json, deps.viewerProfileId);
}

/**
 * The viewer's recent runs for a refresh the background makes through a tab on a list page (the home page, the
 * news feed): the viewer from the page's own inline script (`viewerScripts`, the ones naming VIEWER_SOCIAL_PROFILE),
 * else from `socialProfile`, as the card feature learns it.
 */
export async function fetchGarminRecentFromPage(
  deps: ApiDeps,
  viewerScripts: readonly string[],
): Promise<Run[]> {
  let viewer: GarminViewer | null = null;
  for (const script of viewerScripts) viewer ??= parseGarminViewerScript(script);
  viewer ??= await fetchGarminViewer(deps).catch(() => null);
  return fetchGarminRecent({ ...deps, viewerProfileId: viewer?.profileId });
}
