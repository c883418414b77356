// Garmin Connect's detector: runs on every Garmin Connect page, follows the single-page app's navigation, and loads
// the card feature on the first activity route (whose owner only the activity JSON says) (docs/decisions/0007).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDetector } from '@/utils/content/detector';
import { garminSite } from '@/utils/sites/garmin/entry';
import { garminActivityId } from '@/utils/sites/garmin/urls';

export default defineContentScript({
  matches: [...garminSite.matches],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's start-up notice goes by a DOM event only: its window.postMessage would wake every message listener of the
  // site's page and tell the page HardDay is installed (WXT keeps it only for older versions of itself).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startDetector(ctx, { id: 'garmin', verdict: (url) => ({ mayShow: garminActivityId(url) !== null }) });
  },
});
