// Garmin Connect's detector, an unlisted script (/garmin-detector.js) the background injects once the loader asked
// for it after the page's load event: follows the single-page app's navigation, and loads the card feature on the
// first activity route (whose owner only the activity JSON says), and the dashboard line where the home page or news
// feed shows the runner's newest run (docs/decisions/0007).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startDetector } from '@/utils/content/detector';
import { watchFeed } from '@/utils/content/feed-watcher';
import { garminFeedRuns } from '@/utils/sites/garmin/feed';
import { garminActivityId, isGarminFeed } from '@/utils/sites/garmin/urls';

function start(): void {
  startDetector({
    id: 'garmin',
    verdict: (url) => ({ mayShow: garminActivityId(url) !== null }),
    isListPage: isGarminFeed,
    // Every activity the feed shows: the background counts as the runner's only those it stored from their list.
    watchList: (listCtx) => watchFeed(listCtx, () => garminFeedRuns().map((run) => run.activityId)),
  });
}

export default defineUnlistedScript({ globalName: false, main: start });
