// Strava's dashboard line, built as an unlisted script (/strava-dashboard-feature.js) that the background injects
// into the isolated world of a dashboard whose feed shows the runner's newest run (docs/decisions/0007).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startDashboardLine } from '@/utils/content/dashboard-line';
import { startInjected } from '@/utils/content/injected-start';
import { stravaOwnFeedRuns, stravaViewerId } from '@/utils/sites/strava/feed';

export default defineUnlistedScript({
  globalName: false,
  main: () =>
    startInjected('line', (ctx) => {
      let viewerId: string | null = null;
      startDashboardLine(ctx, () => {
        viewerId ??= stravaViewerId();
        return viewerId ? stravaOwnFeedRuns(viewerId) : [];
      });
    }),
});
