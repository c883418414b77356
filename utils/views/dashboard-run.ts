import { isOwnRun, runKeys } from '../core/runs';
import type { Run, SiteId } from '../core/types';

/**
 * The run a dashboard line is about: the viewer's newest stored run, when the feed shows it (by any key the run is
 * known by on `site`, so a run stored from Garmin and merged with its Strava copy counts). `feedIds` are the viewer's
 * own activity ids in the feed; null when the newest run is not among them (an older own run gets no line).
 */
export function newestOwnRunInFeed(
  runs: readonly Run[],
  site: SiteId,
  feedIds: readonly string[],
): { run: Run; activityId: string } | null {
  let newest: Run | undefined;
  for (const run of runs) {
    if (isOwnRun(run) && (!newest || Date.parse(run.start) > Date.parse(newest.start))) newest = run;
  }
  if (!newest) return null;
  const keys = runKeys(newest);
  const activityId = feedIds.find((id) => keys.includes(`${site}:${id}`));
  return activityId ? { run: newest, activityId } : null;
}

/**
 * The feed's newest own entry when no stored run is known by it on `site`: the feed shows a newer upload than the
 * stored list (or an own activity that is not a run, which the list never keeps). Null when it is known or the feed
 * shows no own entry.
 */
export function unseenNewestFeedId(
  runs: readonly Run[],
  site: SiteId,
  feedIds: readonly string[],
): string | null {
  const newestInFeed = feedIds[0];
  if (newestInFeed === undefined) return null;
  const key = `${site}:${newestInFeed}`;
  return runs.some((run) => runKeys(run).includes(key)) ? null : newestInFeed;
}
