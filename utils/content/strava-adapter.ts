import type { Lap, Run } from '../core/types';
import { HttpError } from '../queries/http';
import { fetchStravaActivity, fetchStravaLaps, fetchStravaRecent } from '../sites/strava/api';
import { sendMessage } from '../messaging/content-sender';
import { unreadable, type SiteReadResult } from '../sites/shared/read-result';
import { enrichStravaRun } from '../sites/strava/enrich';
import { stravaSite } from '../sites/strava/entry';
import { stravaUnitSystem } from '../sites/strava/sport';
import { readStravaPage, stravaPageTexts, stravaShownTexts } from '../sites/strava/read-page';
import { isStravaDashboard, stravaActivityId } from '../sites/strava/urls';
import { logQuietly } from './log-quietly';
import { requestFailure } from './read-failure';
import type { SiteAdapter, SiteRead } from './site-adapter';

/**
 * The run the page shows, read by the background from the page's texts (parsing stays out of the injected feature).
 * Without an answer (the extension reloading under the page) the page counts as unreadable: the JSON still decides.
 */
function readPageInBackground(snapshot: ReturnType<typeof readStravaPage>): Promise<SiteReadResult> {
  return sendMessage('stravaPage', stravaPageTexts(snapshot)).catch((error: unknown) => {
    logQuietly(error);
    return unreadable('HardDay’s background did not answer.');
  });
}

/**
 * Strava: the page's own bootstrap says whose activity it is, so someone else's activity costs no request. For
 * the runner's own run, the same-origin JSON adds the true UTC start and the laps; without it the page's values stand.
 */
export const stravaAdapter: SiteAdapter = {
  site: 'strava',
  activityIdFromUrl: stravaActivityId,
  isListPage: isStravaDashboard,
  anchorSelectors: stravaSite.cardAnchors,
  readRecent: (client) => fetchStravaRecent({ client }),
  async readActivity(activityId, client): Promise<SiteRead> {
    const snapshot = readStravaPage(document);
    const fromPage = await readPageInBackground(snapshot);
    if (fromPage.status === 'not-run') {
      return { status: 'skip', reason: `not a run (${fromPage.sportType})`, verdict: 'not-run' };
    }
    if (fromPage.status === 'run' && fromPage.run.ownedByViewer === false) {
      return { status: 'skip', reason: 'someone else’s activity', verdict: 'not-own' };
    }
    // The bootstrap runs once per page load: after in-page navigation to another activity, only JSON is current.
    const pageRun = fromPage.status === 'run' && fromPage.run.id === activityId ? fromPage.run : undefined;
    const [training, laps] = await Promise.all([
      fetchStravaActivity(activityId, { client }).then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      ),
      fetchStravaLaps(activityId, { client }).catch((): Lap[] => []),
    ]);
    if ('error' in training) {
      if (training.error instanceof HttpError && training.error.status === 404) {
        return {
          status: 'skip',
          reason: 'not the viewer’s activity (training JSON 404)',
          verdict: 'not-own',
          code: 'owner-json',
        };
      }
    } else if (training.result.status === 'not-run') {
      return { status: 'skip', reason: 'not a run', verdict: 'not-run' };
    }
    const trainingRun: Run | undefined =
      'result' in training && training.result.status === 'run' ? training.result.run : undefined;
    // The viewer's own setting in the bootstrap's CurrentAthlete: still theirs after in-page navigation.
    const units = fromPage.status === 'run' ? stravaUnitSystem(fromPage.measurementPreference) : undefined;
    const withUnits = units ? { units } : {};
    if (pageRun) return { status: 'run', run: enrichStravaRun(pageRun, trainingRun, laps), ...withUnits };
    if (trainingRun)
      return { status: 'run', run: { ...trainingRun, ...(laps.length ? { laps } : {}) }, ...withUnits };
    // Neither the page nor the JSON gave the run: say which parts were missing, and what the page showed.
    const failed = 'error' in training ? requestFailure(training.error) : 'schema-mismatch';
    const reason = fromPage.status === 'unreadable' ? fromPage.reason : 'no readable run';
    if (!failed) return { status: 'skip', reason }; // cancelled: the runner left the activity
    return {
      status: 'skip',
      reason,
      verdict: 'unreadable',
      code: snapshot.scripts.length ? failed : 'no-bootstrap',
      page: stravaShownTexts(snapshot),
    };
  },
};
