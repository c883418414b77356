// Garmin Connect's detector: runs on every Garmin Connect page, follows the single-page app's navigation, and loads
// the card feature on the first activity route (whose owner only the activity JSON says), and the dashboard line
// where the home page or news feed shows the runner's newest run (docs/decisions/0007).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDetector } from '@/utils/content/detector';
import { watchFeed } from '@/utils/content/feed-watcher';
import { garminSite } from '@/utils/sites/garmin/entry';
import { garminFeedRuns } from '@/utils/sites/garmin/feed';
import { garminActivityId, isGarminFeed } from '@/utils/sites/garmin/urls';

export default defineContentScript({
  matches: [...garminSite.matches],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's start-up notice goes by a DOM event only: its window.postMessage would wake every message listener of the
  // site's page and tell the page HardDay is installed (WXT keeps it only for older versions of itself).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startDetector(ctx, {
      id: 'garmin',
      verdict: (url) => ({ mayShow: garminActivityId(url) !== null }),
      isListPage: isGarminFeed,
      // Every activity the feed shows: the background counts as the runner's only those it stored from their list.
      watchList: (listCtx) => watchFeed(listCtx, () => garminFeedRuns().map((run) => run.activityId)),
    });
  },
});
