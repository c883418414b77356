import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DashboardLine } from '@/components/DashboardLine';
import lineCss from '@/components/dashboard-line.css?inline';
import { sendMessage } from '../messaging/content-sender';
import type { CardModel } from '../messaging/protocol';
import type { FeedRun } from '../sites/shared/feed-run';
import { cardThemeFor } from '../core/card-theme';
import { logQuietly } from './log-quietly';
import { pageBackgroundBehind } from './page-background';
import { createShadowHost, type ShadowHost } from './shadow-host';

const COUNTDOWN_TICK_MS = 15_000;
const HOST_NAME = 'hardday-line';

/**
 * The dashboard line (issue 12): one <hardday-line> inside the feed entry of the runner's newest run, and nowhere
 * else. `ownFeedRuns` reads the viewer's own entries in the feed (the site's reader); the background says which of
 * them is the newest run and what to say about it (`dashboardModel`, the card's model and words). The feed loads
 * lazily and its framework re-renders entries: a MutationObserver puts the line back when an entry is re-rendered
 * without it, and asks again (reading the feed at most once per frame) when the own entries change. Storage changes (a correction in the popup, a logged
 * session) repaint it; its read outcome goes to the background as the card's does; a ticker keeps an open window's
 * time left current. All of it ends with the script's context.
 */
export function startDashboardLine(ctx: ContentScriptContext, ownFeedRuns: () => FeedRun[]): void {
  // A line left by an earlier copy of HardDay, whose code an extension update unloaded: one line per page.
  for (const stale of Array.from(document.querySelectorAll(HOST_NAME))) stale.remove();
  let ui: ShadowHost | null = null;
  let shown: { activityId: string; model: CardModel } | null = null;
  let ticker: number | undefined;
  let asked = 0;
  let painted = 0;
  let askedFor = '';
  let refreshedAt: string | undefined;
  let reportedFor = '';

  const stopTicker = () => {
    clearInterval(ticker);
    ticker = undefined;
  };
  const remove = () => {
    stopTicker();
    if (ui) {
      render(null, ui.container);
      ui.remove();
      ui = null;
    }
  };

  const ask = async (ids: string[]) => {
    const request = ++asked;
    const answer = ids.length ? await sendMessage('dashboardModel', { activityIds: ids }) : null;
    // An answer older than the painted one is not painted (a correction's answer can overtake the first).
    if (!ctx.isValid || request < painted) return;
    painted = request;
    shown = answer?.model.siteEnabled ? answer : null;
    paint();
  };
  const askNow = () => {
    const ids = ownFeedRuns().map((run) => run.activityId);
    askedFor = ids.join();
    void ask(ids).catch(logQuietly);
  };

  const paint = () => {
    const part = shown && ownFeedRuns().find((run) => run.activityId === shown?.activityId)?.part;
    if (!shown || !part) return remove();
    const { view, texts } = shown.model;
    if (!ui) {
      ui = createShadowHost(HOST_NAME, lineCss);
      ui.host.addEventListener('click', (event) => event.stopPropagation()); // the entry's own click handlers
    }
    if (ui.host.parentElement !== part) part.append(ui.host);
    const { host } = ui;
    host.dataset.activity = shown.activityId;
    host.dataset.effort = view.classification.effort;
    host.dataset.advice = view.advice.kind;
    // Light or dark as the card: from what the page shows behind the entry (or the runner's choice).
    host.dataset.theme = cardThemeFor(shown.model.theme, pageBackgroundBehind(part));
    render(
      <DashboardLine
        effort={view.classification.effort}
        advice={view.advice}
        now={Date.now()}
        texts={texts}
        overridden={view.overridden}
        onOpenSession={(sessionId) =>
          void sendMessage('openSession', { sessionId, runKey: view.runKey }).catch(logQuietly)
        }
      />,
      ui.container,
    );
    // The read's outcome, as the card reports its own, for the popup opened over this tab (once per run shown).
    if (reportedFor !== shown.activityId) {
      reportedFor = shown.activityId;
      void sendMessage('readOutcome', { url: location.href, verdict: 'read' }).catch(logQuietly);
    }
    const { advice } = view;
    if (advice.kind !== 'strength') return stopTicker();
    // The window closed while the page was open: the advice itself changes, so ask once more.
    if (Date.now() >= Date.parse(advice.windowEnds)) {
      stopTicker();
      if (refreshedAt !== advice.windowEnds) {
        refreshedAt = advice.windowEnds;
        askNow();
      }
      return;
    }
    ticker ??= ctx.setInterval(paint, COUNTDOWN_TICK_MS);
  };

  // The feed is read at most once per frame, however many batches the page's framework makes; a line whose entry
  // was re-rendered without it goes back at once (a cheap check), so no frame shows the entry without its line.
  let frameAsked = false;
  const readFeed = () => {
    frameAsked = false;
    const ids = ownFeedRuns().map((run) => run.activityId);
    if (ids.join() !== askedFor) {
      askedFor = ids.join();
      void ask(ids).catch(logQuietly);
    }
  };
  const observer = new MutationObserver(() => {
    if (!ctx.isValid) return;
    if (shown && ui && !ui.host.isConnected) paint();
    if (frameAsked) return;
    frameAsked = true;
    ctx.requestAnimationFrame(readFeed);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  const onStorageChanged = (_changes: unknown, area: string) => {
    if (area === 'local') askNow();
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  ctx.onInvalidated(() => {
    observer.disconnect();
    browser.storage.onChanged.removeListener(onStorageChanged);
    remove();
  });
  askNow();
}
