// Strava's detector: runs on every Strava page and loads the card feature only on the runner's own run's activity
// page, judged from the address and the page's own bootstrap, and the dashboard line where the dashboard's feed shows
// the runner's newest run (docs/decisions/0007).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDetector } from '@/utils/content/detector';
import { watchFeed } from '@/utils/content/feed-watcher';
import { stravaSite } from '@/utils/sites/strava/entry';
import { stravaOwnFeedRuns, stravaViewerId } from '@/utils/sites/strava/feed';
import { stravaPageVerdict } from '@/utils/sites/strava/page-verdict';
import { isStravaDashboard, stravaActivityId } from '@/utils/sites/strava/urls';

export default defineContentScript({
  matches: [...stravaSite.matches],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's start-up notice goes by a DOM event only: its window.postMessage would wake every message listener of the
  // site's page and tell the page HardDay is installed (WXT keeps it only for older versions of itself).
  noScriptStartedPostMessage: true,
  main(ctx) {
    let viewerId: string | null = null;
    const ownFeedIds = () => {
      viewerId ??= stravaViewerId();
      return viewerId ? stravaOwnFeedRuns(viewerId).map((run) => run.activityId) : [];
    };
    startDetector(ctx, {
      id: 'strava',
      isListPage: isStravaDashboard,
      watchList: (listCtx) => watchFeed(listCtx, ownFeedIds),
      verdict(url) {
        const activityId = stravaActivityId(url);
        return activityId ? stravaPageVerdict(activityId) : { mayShow: false };
      },
    });
  },
});
