import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card } from '@/components/Card';
import cardCss from '@/components/card.css?inline';
import type { Run, SiteId } from '../core/types';
import { sendMessage, type CardModel } from '../messaging/protocol';
import { mountShadowHost, type ShadowHost } from './shadow-host';
import { waitForElement } from './wait-for-element';

export type SiteRead =
  | { status: 'run'; run: Run }
  /** Someone else's activity, a non-run or an unreadable page: no card. */
  | { status: 'skip'; reason: string };

export interface SiteAdapter {
  site: SiteId;
  activityIdFromUrl(url: string): string | null;
  /** Where the card goes, most specific first; the card is inserted after the first one found. */
  anchorSelectors: readonly string[];
  readActivity(activityId: string): Promise<SiteRead>;
  /** Pages (feed, activity list) where only the recent-activity list is refreshed. */
  isListPage(url: string): boolean;
  /** The viewer's recent runs from the site's own list. */
  readRecent(): Promise<Run[]>;
}

const COUNTDOWN_TICK_MS = 15_000;

interface Shown {
  activityId: string;
  run: Run;
  ui: ShadowHost;
  model?: CardModel;
  /** The window end the model was last refreshed for, so a closing window asks the background only once. */
  refreshedAt?: string;
}

/**
 * Shows one <hardday-card> for the activity in the address bar, follows in-page navigation, and keeps the card in
 * step with what is stored (level, corrections, log) without a reload. The background computes the card's content,
 * so this script carries no training logic. Everything ends with the script's context.
 */
export function startCardFeature(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  let shown: Shown | null = null;
  let navigation = 0;
  let ticker: number | undefined;
  let listRefresh: Promise<void> | null = null;

  const stopTicker = () => {
    clearInterval(ticker);
    ticker = undefined;
  };
  let reattach: MutationObserver | null = null;
  const removeCard = () => {
    reattach?.disconnect();
    reattach = null;
    if (shown) render(null, shown.ui.container);
    shown?.ui.remove();
    shown = null;
    stopTicker();
  };

  /** At most one list request per few minutes across page loads: the background keeps the time. */
  const refreshRecentRuns = () => {
    listRefresh ??= adapter
      .readRecent()
      .then((runs) =>
        ctx.isValid ? sendMessage('reportRuns', { runs: runs.slice(0, 100), fromList: true }) : 0,
      )
      .then(() => undefined, logQuietly)
      .finally(() => (listRefresh = null));
  };

  const paint = (target: Shown) => {
    const model = target.model;
    if (!model || shown !== target) return;
    if (!model.siteEnabled) return removeCard();
    const { view } = model;
    const host = target.ui.host;
    host.dataset.effort = view.classification.effort;
    host.dataset.kind = view.classification.kind;
    host.dataset.advice = view.advice.kind;
    host.dataset.level = String(model.level);
    const firstPaint = !target.ui.container.firstChild;
    render(
      <Card
        run={view.run}
        classification={view.classification}
        advice={view.advice}
        level={model.level}
        now={Date.now()}
        windowClock={model.windowClock}
        collapsed={model.collapsed}
        overridden={view.overridden}
        onToggleCollapsed={() => void sendMessage('toggleCard', undefined).catch(logQuietly)}
        onCorrect={(effort) =>
          void sendMessage('setOverride', { runKey: view.runKey, effort }).catch(logQuietly)
        }
        onOpenSession={(sessionId) =>
          void sendMessage('openSession', { sessionId, runKey: view.runKey }).catch(logQuietly)
        }
        onOpenMobility={(sessionId) => void sendMessage('openSession', { sessionId }).catch(logQuietly)}
      />,
      target.ui.container,
    );
    // Benchmark mark (bench/run.mjs): the frame that first shows this card.
    if (firstPaint) requestAnimationFrame(() => performance.mark('hardday:card-painted'));
    const windowOpen = view.advice.kind === 'strength';
    // When the window closes while the page is open, the advice itself changes: ask the background again.
    if (view.advice.kind === 'strength' && Date.now() >= Date.parse(view.advice.windowEnds)) {
      stopTicker();
      if (target.refreshedAt === view.advice.windowEnds) return;
      target.refreshedAt = view.advice.windowEnds;
      return void refreshModel(target).catch(logQuietly);
    }
    if (windowOpen && ticker === undefined) ticker = ctx.setInterval(() => paint(target), COUNTDOWN_TICK_MS);
    if (!windowOpen) stopTicker();
  };

  const refreshModel = async (target: Shown) => {
    const model = await sendMessage('cardModel', { run: target.run });
    if (!ctx.isValid || shown !== target) return;
    target.model = model;
    paint(target);
    return model;
  };

  const show = async (url: string) => {
    const current = ++navigation;
    const stale = () => current !== navigation || !ctx.isValid;
    const enabled = await siteEnabled(adapter.site);
    if (stale()) return;
    if (!enabled) {
      removeCard();
      return console.debug(`[HardDay] no card: turned off for ${adapter.site}`);
    }
    const activityId = adapter.activityIdFromUrl(url);
    if (!activityId) {
      removeCard();
      if (adapter.isListPage(url)) refreshRecentRuns();
      return;
    }
    if (shown?.activityId === activityId) return;
    removeCard();
    const read = await adapter
      .readActivity(activityId)
      .catch((error: unknown): SiteRead => ({ status: 'skip', reason: String(error) }));
    if (stale()) return;
    if (read.status === 'skip') return console.debug(`[HardDay] no card: ${read.reason}`);
    performance.mark('hardday:run-read'); // benchmark mark (bench/run.mjs): the run's data is in hand
    const reported = sendMessage('reportRuns', { runs: [read.run] }).catch(logQuietly);
    const anchor = await waitForElement(ctx, adapter.anchorSelectors);
    if (stale()) return;
    if (!anchor) return console.debug('[HardDay] no card: the page has no place for it');
    removeCard();
    const ui = mountShadowHost('hardday-card', anchor, cardCss);
    const target: Shown = { activityId, run: read.run, ui };
    shown = target;
    keepAttached(target);
    await reported;
    const model = await refreshModel(target).catch(logQuietly);
    if (model?.listDue) refreshRecentRuns();
  };

  /**
   * Single-page apps re-render the header the card sits next to and take the card with it. Put the same card back
   * beside the new header instead of losing it; the observer ends with the card or the script's context.
   */
  const keepAttached = (target: Shown) => {
    let waiting = false;
    reattach = new MutationObserver(() => {
      if (target.ui.host.isConnected || waiting || shown !== target) return;
      // The header may have been re-rendered for another activity: that card is not to come back.
      if (adapter.activityIdFromUrl(location.href) !== target.activityId) return;
      waiting = true;
      void waitForElement(ctx, adapter.anchorSelectors).then((anchor) => {
        waiting = false;
        const stillHere = adapter.activityIdFromUrl(location.href) === target.activityId;
        if (anchor && stillHere && shown === target && !target.ui.host.isConnected)
          anchor.after(target.ui.host);
      });
    });
    reattach.observe(document.body, { childList: true, subtree: true });
  };

  // Storage is the source of truth: a change from any tab, the popup or the background repaints the card.
  const onStorageChanged = (_changes: unknown, area: string) => {
    if (area === 'local' && shown) void refreshModel(shown).catch(logQuietly);
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorageChanged);
    navigation++;
    removeCard();
  });
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void show(newUrl.href));
  void show(location.href);
}

/** The runner can switch a site off in the options: then HardDay does not read its pages at all. */
async function siteEnabled(site: SiteAdapter['site']): Promise<boolean> {
  const { prefs } = (await browser.storage.local.get('prefs').catch(() => ({}))) as { prefs?: unknown };
  const sites = prefs && typeof prefs === 'object' ? (prefs as { sites?: unknown }).sites : undefined;
  return !(sites && typeof sites === 'object' && (sites as Record<string, unknown>)[site] === false);
}

function logQuietly(error: unknown): undefined {
  // The extension may have been reloaded under the page; the host page must never see an error from us.
  console.debug('[HardDay]', error);
  return undefined;
}
