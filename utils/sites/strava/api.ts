import type { Lap, Run } from '../../core/types';
import { RECENT_LIST_MIN_INTERVAL_MS } from '../../queries/policy';
import { activityKey } from '../../queries/keys';
import { assertActivityId, siteRequester, type ApiDeps } from '../../queries/site-request';
import type { SiteReadResult } from '../shared/read-result';
import {
  parseStravaLapEfforts,
  parseStravaTrainingActivity,
  parseStravaTrainingPage,
  type StravaTrainingPage,
} from './parse-json';
import { readStravaCsrfToken } from './read-page';
import { STRAVA_CSRF_HEADER, STRAVA_JSON_HEADERS, stravaPaths } from './site';

/**
 * How many recent activities to ask for per page. 2026-09: the training-activities JSON answers 20 a page whatever
 * is asked (docs/sites.md); asking for 20 keeps the request honest, and the answer's own perPage and total decide
 * whether a second page is needed.
 */
export const STRAVA_RECENT_PER_PAGE = 20;
/** The baselines need about two weeks of runs: a second page is read only while the first ends inside them. */
const RECENT_DAYS_WANTED = 14;
const DAY_MS = 86_400_000;

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

/**
 * The viewer's recent runs from `/athlete/training_activities`, asked for at most every 5 minutes: the first page,
 * and the second when the first is full and still ends inside the last two weeks (a runner with doubles and rides).
 */
export async function fetchStravaRecent(deps: ApiDeps, nowMs = Date.now()): Promise<Run[]> {
  const first = await fetchRecentPage(deps, 1);
  if (!first) return [];
  if (!needsNextPage(first, nowMs)) return first.runs;
  const second = await fetchRecentPage(deps, 2).catch(() => null);
  return second ? [...first.runs, ...second.runs] : first.runs;
}

async function fetchRecentPage(deps: ApiDeps, page: number) {
  const json = await requester(deps)(
    page === 1 ? ['strava', 'recent'] : ['strava', 'recent', page],
    stravaPaths.trainingActivities(STRAVA_RECENT_PER_PAGE, page),
    RECENT_LIST_MIN_INTERVAL_MS,
  );
  return parseStravaTrainingPage(json);
}

function needsNextPage(page: StravaTrainingPage, nowMs: number): boolean {
  const perPage = page.perPage ?? STRAVA_RECENT_PER_PAGE;
  if (page.modelCount < perPage) return false;
  if (page.total !== undefined && page.total <= (page.page ?? 1) * perPage) return false;
  const starts = page.runs.map((run) => Date.parse(run.start)).filter(Number.isFinite);
  const oldest = starts.length > 0 ? Math.min(...starts) : nowMs;
  return oldest > nowMs - RECENT_DAYS_WANTED * DAY_MS;
}
