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
   * On a list page with a dashboard line: the viewer's own activity ids in the rendered feed, top to bottom. The
   * feed renders and grows after the load event, so it is read again whenever the page changes.
   */
  ownFeedIds?(): string[];
}

/**
 * The always-on part of a site's content script (docs/decisions/0007): after the page's load event, and again after
 * every in-page navigation, it checks that the site is on (a site the runner paused is not read at all: not even the
 * address), reads the address (and on Strava a few bytes of the page) and, the first time a card may show, asks the
 * background to inject the card feature into this tab. The feature then follows the page by itself, so the detector
 * asks at most once. On a list page it asks the background, once per page, to refresh the recent runs (the
 * background paces that). Everything ends with the script's context.
 */
export function startDetector(ctx: ContentScriptContext, site: DetectorSite): void {
  offerContext(ctx);
  let asked = false;
  let listAsked = false;
  const consider = async ({ url, current }: Visit) => {
    if (!(await siteEnabled(site.id))) return console.debug(`[HardDay] no card: turned off for ${site.id}`);
    if (asked || !current()) return;
    const verdict = site.verdict(url);
    if (!verdict.mayShow) {
      if (verdict.reason) console.debug(`[HardDay] no card: ${verdict.reason}`);
      if (verdict.outcome) await sendMessage('readOutcome', { url, verdict: verdict.outcome });
      if (!listAsked && site.isListPage?.(url)) {
        listAsked = true;
        const read = await sendMessage('refreshRecent', undefined).catch(logQuietly);
        console.debug(`[HardDay] recent runs: ${read === false ? 'not due' : `${read} read`}`);
        // The newest run is stored (or known) by now: only then can the background judge the feed.
        if (site.ownFeedIds && current()) watchFeed(ctx, site.ownFeedIds);
      }
      return;
    }
    asked = true;
    // The page is named by its time origin: the same document keeps it, a reload or a new page gets another.
    await sendMessage('injectFeature', { page: performance.timeOrigin });
  };
  afterPageLoad(ctx, () =>
    followNavigation(ctx, (visit) => {
      if (!asked) void consider(visit).catch(logQuietly);
    }),
  );
}

/**
 * Reads the viewer's own entries in the feed now and after every change to the page (a MutationObserver: the feed
 * loads lazily), and whenever they change asks the background for the dashboard line, which it injects only when the
 * viewer's newest run is among them. Stops once injected, or with the script's context.
 */
function watchFeed(ctx: ContentScriptContext, ownFeedIds: () => string[]): void {
  let sent = '';
  const look = () => {
    const ids = ownFeedIds();
    const key = ids.join();
    if (!ids.length || key === sent) return;
    sent = key;
    void sendMessage('injectFeature', { page: performance.timeOrigin, feed: ids })
      .then((injected) => {
        console.debug(`[HardDay] dashboard line: ${injected ? 'loaded' : 'not for these entries'}`);
        if (injected) observer.disconnect();
      })
      .catch(logQuietly);
  };
  const observer = new MutationObserver(look);
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  look();
}
