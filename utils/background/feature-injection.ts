import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Run, SiteId } from '../core/types';
import { onMessage } from '../messaging/protocol';
import { SITES } from '../sites/registry';
import { newestOwnRunInFeed, unseenNewestFeedId } from '../views/dashboard-run';
import { FeedIdsSchema } from './feed-ids';
import type { RefreshForUnseen } from './recent-refresh';
import { classifySender, currentPageUrl } from './senders';

/**
 * Session storage (never readable by content scripts, cleared when the extension reloads): per tab, the pages the
 * card feature was injected into, oldest first. Kept there rather than in the worker's memory so a worker that was
 * stopped and started again still knows; the browser tests read it to count injections.
 */
export const INJECTIONS_KEY = 'featureInjections';
/**
 * One injection: the site, the page (named by the document's `performance.timeOrigin`) and the feature, the card or
 * the dashboard line. A single-page app (Garmin Connect) shows its feed and its activities in one page, so a page may
 * get each feature once.
 */
export interface Injection {
  site: SiteId;
  page: number;
  feature: 'card' | 'line';
}
export type InjectionRecord = Record<string, Injection[]>;
const MAX_PER_TAB = 20;

const RequestSchema = v.object({
  page: v.pipe(v.number(), v.finite(), v.minValue(0)),
  feed: v.optional(FeedIdsSchema),
});

async function readRecord(): Promise<InjectionRecord> {
  const stored = (await browser.storage.session.get(INJECTIONS_KEY))[INJECTIONS_KEY];
  return stored && typeof stored === 'object' ? (stored as InjectionRecord) : {};
}

/** The site and tab of a message from HardDay's own content script in a site tab's top frame; anything else throws. */
function siteTopFrame(sender: chrome.runtime.MessageSender, what: string): { site: SiteId; tabId: number } {
  const kind = classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
  const tabId = sender.tab?.id;
  if (kind.kind !== 'site' || tabId === undefined || tabId < 0 || sender.frameId !== 0) {
    throw new Error(`HardDay refused ${what} from an unexpected sender.`);
  }
  return { site: kind.site, tabId };
}

/**
 * Answers the loaders' `loadDetector` and the detectors' `injectFeature` (docs/decisions/0007): a content script of a
 * registry site, in a tab's top frame, gets its own site's detector, or its feature script once per page, injected
 * into that tab's isolated world (never the page's world, docs/decisions/0005). Feature requests are handled one at a
 * time, so two can never both inject. A request with the feed of a list page gets the site's dashboard line instead
 * (also once per page), and only when `storedRuns` (the viewer's runs as stored) say the newest of them is in that
 * feed. When the feed's newest own entry is one no stored run is known by (just uploaded), the recent list is read
 * first through `refreshForUnseen`, so the line does not wait for the next paced read; only where the detector's ids
 * are the viewer's own (`feedIdsAreOwn`): a friend's post at the top of a Garmin feed costs no request.
 */
export function registerFeatureInjection(
  storedRuns: () => Promise<readonly Run[]>,
  refreshForUnseen?: RefreshForUnseen,
): void {
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  onMessage('loadDetector', async ({ sender }) => {
    const { site, tabId } = siteTopFrame(sender, 'a detector');
    // Once per page: a second copy in the same page finds the first one's handle and stops (utils/content/detector.ts).
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: [SITES[site].detectorScript],
      world: 'ISOLATED',
    });
    return true;
  });

  onMessage('injectFeature', ({ data, sender }) => {
    const { site, tabId } = siteTopFrame(sender, 'a feature injection');
    const { page, feed } = v.parse(RequestSchema, data);
    const entry = SITES[site];
    const feature: Injection['feature'] = feed ? 'line' : 'card';
    const file = feed ? entry.dashboardScript : entry.featureScript;
    if (!file || (feed && !entry.isListPage(currentPageUrl(sender)))) {
      throw new Error('HardDay refused a dashboard line outside a list page.');
    }
    // The stored runs a feed is judged by: read once, and again only after an early list read may have added some.
    const runsForFeed = async (): Promise<readonly Run[] | undefined> => {
      if (!feed) return undefined;
      const runs = await storedRuns();
      const unseen = refreshForUnseen && entry.feedIdsAreOwn && unseenNewestFeedId(runs, site, feed);
      if (!unseen) return runs;
      await refreshForUnseen(site, tabId, unseen).catch(() => false);
      return storedRuns();
    };
    return runsForFeed().then((runs) =>
      oneAtATime(async () => {
        const record = await readRecord();
        const injections = record[tabId] ?? [];
        if (injections.some((injection) => injection.page === page && injection.feature === feature))
          return false;
        if (feed && runs && !newestOwnRunInFeed(runs, site, feed)) return false;
        await browser.scripting.executeScript({
          target: { tabId, frameIds: [0] },
          files: [file],
          world: 'ISOLATED',
        });
        record[tabId] = [...injections, { site, page, feature }].slice(-MAX_PER_TAB);
        await browser.storage.session.set({ [INJECTIONS_KEY]: record });
        return true;
      }),
    );
  });

  // A closed tab's record goes with it.
  browser.tabs.onRemoved.addListener((tabId) => {
    void oneAtATime(async () => {
      const record = await readRecord();
      if (!(tabId in record)) return;
      delete record[tabId];
      await browser.storage.session.set({ [INJECTIONS_KEY]: record });
    }).catch(() => undefined);
  });
}
