import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging/content-sender';
import { followNavigation, type Visit } from './card-navigation';
import { createCardPainter } from './card-painter';
import { createRunReader } from './card-reader';
import { logQuietly } from './log-quietly';
import { createContentQueryClient } from './site-client';
import type { SiteAdapter } from './site-adapter';
import { waitForElement } from './wait-for-element';

export type { SiteAdapter, SiteRead } from './site-adapter';

/** How long to wait for one of the site's card anchors once the run is read, before using the corner. */
const CORNER_AFTER_MS = 3_000;

/**
 * Shows one <hardday-card> for the activity in the address bar, follows in-page navigation, and keeps the card in
 * step with what is stored (level, corrections, log) without a reload. Navigation, reading and painting are parts of
 * their own; this wires them. Everything ends with the script's context.
 */
export function startCardFeature(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const reader = createRunReader(ctx, adapter, createContentQueryClient(ctx), (report) =>
    sendMessage('reportRuns', report),
  );
  const painter = createCardPainter(ctx, adapter);

  const show = async ({ url, current }: Visit) => {
    const activityId = adapter.activityIdFromUrl(url);
    reader.leaveAllBut(activityId);
    const enabled = await reader.siteEnabled();
    if (!current()) return;
    if (!enabled) {
      painter.remove();
      return console.debug(`[HardDay] no card: turned off for ${adapter.site}`);
    }
    if (!activityId) {
      painter.remove();
      if (adapter.isListPage(url)) reader.refreshRecent();
      return;
    }
    if (painter.isShowing(activityId)) return;
    painter.remove();
    const read = await reader.read(activityId);
    if (!current()) return;
    if (read.status === 'skip') return console.debug(`[HardDay] no card: ${read.reason}`);
    performance.mark('hardday:run-read'); // benchmark mark (bench/run.mjs): the run's data is in hand
    // Stored in the background while the card is painted: the card's model merges the page's run into the stored
    // ones, so it need not wait for the write (a first visit's write takes ~60 ms with a year stored); the write's
    // storage change repaints the card from what was stored.
    void reader.report(read.run, read.units);
    // A single-page app renders its header a moment after its data; past this, the card goes to the page's corner.
    const anchor = await waitForElement(ctx, adapter.anchorSelectors, { timeoutMs: CORNER_AFTER_MS });
    if (!current()) return;
    reader.placed(
      url,
      anchor ? adapter.anchorSelectors.find((selector) => anchor.matches(selector)) : undefined,
    );
    painter.mount(activityId, read.run, anchor);
    const model = await painter.refresh();
    if (model?.listDue) reader.refreshRecent();
  };

  // Storage is the source of truth: a change from any tab, the popup or the background repaints the card.
  const onStorageChanged = (_changes: unknown, area: string) => {
    if (area === 'local') void painter.refresh();
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChanged));
  followNavigation(ctx, (visit) => void show(visit).catch(logQuietly));
}
