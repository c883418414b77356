// Strava's detector, an unlisted script (/strava-detector.js) the background injects once the loader asked for it
// after the page's load event: loads the card feature only on the runner's own run's activity page, judged from the
// address and the page's own bootstrap, and the dashboard line where the dashboard's feed shows the runner's newest
// run (docs/decisions/0007).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startDetector } from '@/utils/content/detector';
import { watchFeed } from '@/utils/content/feed-watcher';
import { stravaOwnFeedRuns, stravaViewerId } from '@/utils/sites/strava/feed';
import { stravaPageVerdict } from '@/utils/sites/strava/page-verdict';
import { isStravaDashboard, stravaActivityId } from '@/utils/sites/strava/urls';

function start(): void {
  let viewerId: string | null = null;
  const ownFeedIds = () => {
    viewerId ??= stravaViewerId();
    return viewerId ? stravaOwnFeedRuns(viewerId).map((run) => run.activityId) : [];
  };
  startDetector({
    id: 'strava',
    isListPage: isStravaDashboard,
    watchList: (listCtx) => watchFeed(listCtx, ownFeedIds),
    verdict(url) {
      const activityId = stravaActivityId(url);
      return activityId ? stravaPageVerdict(activityId) : { mayShow: false };
    },
  });
}

export default defineUnlistedScript({ globalName: false, main: start });
