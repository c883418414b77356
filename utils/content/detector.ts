import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteId } from '../core/types';
import { sendMessage } from '../messaging/content-sender';
import { afterPageLoad } from './after-page-load';
import { followNavigation, type Visit } from './card-navigation';
import { offerContext } from './detector-handle';
import { logQuietly } from './log-quietly';
import { siteEnabled } from './site-enabled';

/**
 * Whether a card may show at an address; `reason` is logged when the page itself says no (a verdict, not a miss), and
 * `outcome` is reported for the popup over this tab.
 */
export type PageVerdict =
  { mayShow: true } | { mayShow: false; reason?: string; outcome?: 'not-run' | 'not-own' };

/** What the detector knows of its site: its id and where a card may show. */
export interface DetectorSite {
  id: SiteId;
  verdict(url: string): PageVerdict;
  /** List pages where no card shows but the background refreshes the runner's recent runs (the Strava dashboard). */
  isListPage?(url: string): boolean;
  /**
   * On a list page with a dashboard line: starts watching the feed (utils/content/feed-watcher.ts), once the recent
   * runs are refreshed. Passed in by the site's entrypoint so that detectors of sites without a line do not carry it.
   */
  watchList?(ctx: ContentScriptContext): void;
}

/**
 * The always-on part of a site's content script (docs/decisions/0007): after the page's load event, and again after
 * every in-page navigation, it checks that the site is on (a site the runner paused is not read at all: not even the
 * address), reads the address (and on Strava a few bytes of the page) and, the first time a card may show, asks the
 * background to inject the card feature into this tab. The feature then follows the page by itself, so the detector
 * asks at most once. On a list page it asks the background, once per page, to refresh the recent runs (the
 * background paces that) and watches the feed for the dashboard line, also after the card feature was loaded: a
 * single-page app goes from an activity to its feed in one page. Everything ends with the script's context.
 */
export function startDetector(ctx: ContentScriptContext, site: DetectorSite): void {
  offerContext(ctx);
  let asked = false;
  let refreshed: Promise<void> | undefined;
  let watching = false;
  const consider = async ({ url, current }: Visit) => {
    if (!(await siteEnabled(site.id))) return console.debug(`[HardDay] no card: turned off for ${site.id}`);
    if (!current()) return;
    const verdict = site.verdict(url);
    if (!verdict.mayShow) {
      // Once the card feature runs, it judges the addresses itself.
      if (!asked && verdict.reason) console.debug(`[HardDay] no card: ${verdict.reason}`);
      if (!asked && verdict.outcome) await sendMessage('readOutcome', { url, verdict: verdict.outcome });
      if (site.isListPage?.(url)) {
        refreshed ??= sendMessage('refreshRecent', undefined)
          .catch(logQuietly)
          .then((read) =>
            console.debug(`[HardDay] recent runs: ${read === false ? 'not due' : `${read} read`}`),
          );
        // The newest run is stored (or known) by now: only then can the background judge the feed.
        await refreshed;
        if (site.watchList && !watching && current()) {
          watching = true;
          site.watchList(ctx);
        }
      }
      return;
    }
    if (asked) return;
    asked = true;
    // The page is named by its time origin: the same document keeps it, a reload or a new page gets another.
    await sendMessage('injectFeature', { page: performance.timeOrigin });
  };
  afterPageLoad(ctx, () => followNavigation(ctx, (visit) => void consider(visit).catch(logQuietly)));
}
