// Garmin Connect's dashboard line, built as an unlisted script (/garmin-dashboard-feature.js) that the background
// injects into the isolated world of a home page or news feed whose feed shows the runner's newest run
// (docs/decisions/0007). The app keeps the document across its routes: the reader sees no feed off the feed routes,
// so the line leaves with the runner and comes back with the feed.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startDashboardLine } from '@/utils/content/dashboard-line';
import { startInjected } from '@/utils/content/injected-start';
import { garminFeedRuns } from '@/utils/sites/garmin/feed';

export default defineUnlistedScript({
  globalName: false,
  main: () => startInjected('line', (ctx) => startDashboardLine(ctx, () => garminFeedRuns())),
});
