import type { QueryClient } from '@tanstack/query-core';
import type { Lap } from '../core/types';
import {
  fetchGarminActivity,
  fetchGarminRecent,
  fetchGarminSplits,
  fetchGarminViewer,
} from '../sites/garmin/api';
import { garminSite } from '../sites/garmin/entry';
import {
  garminUnitSystem,
  garminWeekStart,
  parseGarminPage,
  type GarminPageInfo,
} from '../sites/garmin/parse';
import { readGarminPage } from '../sites/garmin/read-page';
import { garminShownTexts } from '../sites/garmin/shown';
import { garminActivityId, isGarminActivityList } from '../sites/garmin/urls';
import { sendMessage } from '../messaging/content-sender';
import type { ReadReason } from '../views/read-outcome';
import { requestFailure } from './read-failure';
import type { SiteAdapter, SiteRead } from './site-adapter';

let weekStartReported = false;

/**
 * The runner's first day of the week from Garmin's own settings, handed to the background once per page: it becomes
 * HardDay's week start while the runner has not chosen one in the options.
 */
function reportWeekStart(page: GarminPageInfo): void {
  const weekStartsOn = garminWeekStart(page.preferences?.weekStartsOn);
  if (weekStartsOn === undefined || weekStartReported) return;
  weekStartReported = true;
  sendMessage('siteWeekStart', { weekStartsOn }).catch(() => undefined);
}

/** An activity HardDay cannot read: what was found of the page and the JSON, and what the page showed. */
function unreadable(reason: string, code: ReadReason, checks: Record<string, boolean>): SiteRead {
  return {
    status: 'skip',
    reason,
    verdict: 'unreadable',
    code,
    checks,
    page: garminShownTexts(readGarminPage(document)),
  };
}

const VIEWER_UNKNOWN = 'signed-in viewer unknown';

async function viewerProfileId(client: QueryClient): Promise<string | undefined> {
  const page = parseGarminPage(readGarminPage(document));
  reportWeekStart(page);
  return (page.viewer ?? (await fetchGarminViewer({ client }).catch(() => null)))?.profileId;
}

/**
 * When Garmin's activity API fails, or the signed-in viewer cannot be learned (neither from the page nor from
 * `socialProfile`), the rendered page alone tells neither whose activity it is nor that it is a run; HardDay's own
 * copy of the runner's run (from an earlier visit or the activity list, stored only as the viewer's) does, so that
 * is the fallback. Without one, no card.
 */
async function fromStoredCopy(activityId: string, problem: unknown): Promise<SiteRead> {
  const viewerUnknown = problem === VIEWER_UNKNOWN;
  // Aborted because the runner navigated away: nobody waits for this activity any more.
  const failed = viewerUnknown ? 'owner-unknown' : requestFailure(problem);
  if (!failed) return { status: 'skip', reason: 'left the activity' };
  const stored = await sendMessage('storedRun', { runKey: `garmin:${activityId}` }).catch(() => null);
  if (stored) return { status: 'run', run: stored };
  if (viewerUnknown)
    return unreadable(`${VIEWER_UNKNOWN} and no stored copy of this run`, failed, { viewer: false });
  return unreadable(`Garmin data unavailable (${String(problem)}) and no stored copy of this run`, failed, {
    viewer: true,
    'activity JSON': false,
  });
}

/**
 * Garmin Connect: the page is a single-page app, so everything comes from the same-origin JSON the app itself uses.
 * One activity request decides the owner; splits are asked for only for the runner's own run.
 */
export const garminAdapter: SiteAdapter = {
  site: 'garmin',
  activityIdFromUrl: garminActivityId,
  isListPage: isGarminActivityList,
  anchorSelectors: garminSite.cardAnchors,
  readRecent: async (client) => fetchGarminRecent({ client, viewerProfileId: await viewerProfileId(client) }),
  async readActivity(activityId, client): Promise<SiteRead> {
    const viewer = await viewerProfileId(client);
    if (!viewer) return fromStoredCopy(activityId, VIEWER_UNKNOWN);
    const fetched = await fetchGarminActivity(activityId, { client, viewerProfileId: viewer }).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    if ('error' in fetched) return fromStoredCopy(activityId, fetched.error);
    const { result } = fetched;
    if (result.status === 'not-run') {
      return { status: 'skip', reason: `not a run (${result.sportType})`, verdict: 'not-run' };
    }
    if (result.status === 'unreadable') {
      return unreadable(result.reason, 'schema-mismatch', { viewer: true, 'activity JSON': false });
    }
    if (result.run.ownedByViewer !== true) {
      return { status: 'skip', reason: 'someone else’s activity', verdict: 'not-own' };
    }
    const laps = await fetchGarminSplits(activityId, { client }).catch((): Lap[] => []);
    // The app shell's VIEWER_USERPREFERENCES: the viewer's own unit setting.
    const units = garminUnitSystem(parseGarminPage(readGarminPage(document)).preferences?.measurementSystem);
    return {
      status: 'run',
      run: laps.length ? { ...result.run, laps } : result.run,
      ...(units ? { units } : {}),
    };
  },
};
