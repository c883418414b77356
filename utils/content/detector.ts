import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteId } from '../core/types';
import { sendMessage } from '../messaging/content-sender';
import { followNavigation, type Visit } from './card-navigation';
import { detectorHandle, offerContext } from './detector-handle';
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
 * The detector's content-script context, or null in a script an extension reload or update left behind: that one has
 * no runtime any more and must not start, least of all announce itself, which would stop the new version's live script.
 */
function detectorContext(site: SiteId): ContentScriptContext | null {
  if (browser.runtime?.id == null) return null;
  // WXT's start-up notice goes by a DOM event only: its window.postMessage would wake every message listener of the
  // site's page and tell the page HardDay is installed (WXT keeps it only for older versions of itself).
  return new ContentScriptContext(site, { noScriptStartedPostMessage: true });
}

/**
 * The detector (docs/decisions/0007), injected by the background when the site's loader asked for it after the page's
 * load event (utils/content/detector-loader.ts): then, and again after every in-page navigation, it checks that
 * the site is on (a site the runner paused is not read at all: not even the address), reads the address (and on
 * Strava a few bytes of the page) and, the first time a card may show, asks the background to inject the card feature
 * into this tab. The feature then follows the page by itself, so the detector asks at most once. On a list page it
 * asks the background, once per page, to refresh the recent runs (the background paces that) and watches the feed
 * for the dashboard line, also after the card feature was loaded: a single-page app goes from an activity to its feed
 * in one page. Everything ends with the script's context.
 */
export function startDetector(site: DetectorSite): void {
  // Once per page: a second copy injected into the same page leaves the first one at work.
  if (detectorHandle()?.ctx.isValid) return;
  const ctx = detectorContext(site.id);
  if (!ctx) return;
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
  followNavigation(ctx, (visit) => void consider(visit).catch(logQuietly));
}
