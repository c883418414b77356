import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card } from '@/components/Card';
import cardCss from '@/components/card.css?inline';
import { cardThemeFor, type Rgba } from '../core/card-theme';
import type { Run } from '../core/types';
import { sendMessage } from '../messaging/content-sender';
import type { CardModel } from '../messaging/protocol';
import { cardPlace, placeAfter, placeInCorner } from './card-place';
import { keepAttached } from './keep-attached';
import { logQuietly } from './log-quietly';
import { pageBackgroundBehind } from './page-background';
import { createShadowHost, type ShadowHost } from './shadow-host';

/** Where the card goes on this site. */
export interface CardPlacement {
  anchorSelectors: readonly string[];
  activityIdFromUrl(url: string): string | null;
}

const COUNTDOWN_TICK_MS = 15_000;

interface Shown {
  activityId: string;
  run: Run;
  ui: ShadowHost;
  /** What the page shows where the card sits, read at mount: the card matches it unless the runner chose. */
  pageBackground: Rgba;
  stopAttached: () => void;
  model?: CardModel;
  /** The window end the model was last refreshed for, so a closing window asks the background only once. */
  refreshedAt?: string;
  /** Counts the model requests, and which one the painted model answered: an older answer never replaces a newer. */
  asked: number;
  painted: number;
}

/**
 * Painting the one <hardday-card> of the page: mounts it beside the anchor (or in the page's corner when there is
 * none), paints the model the background computes,
 * keeps a strength window's countdown ticking, asks again when the window closes, and keeps the card attached while
 * a single-page app re-renders the header. The background computes the card's content, so this script carries no
 * training logic. The card, its ticker and its observer end with the script's context.
 */
export function createCardPainter(ctx: ContentScriptContext, placement: CardPlacement) {
  let shown: Shown | null = null;
  let ticker: number | undefined;

  const stopTicker = () => {
    clearInterval(ticker);
    ticker = undefined;
  };

  const remove = () => {
    if (shown) {
      shown.stopAttached();
      render(null, shown.ui.container);
      shown.ui.remove();
      shown = null;
    }
    stopTicker();
  };

  const refreshModel = async (target: Shown): Promise<CardModel | undefined> => {
    const request = ++target.asked;
    const model = await sendMessage('cardModel', { run: target.run });
    if (!ctx.isValid || shown !== target) return;
    // Answers can overtake each other (the first one computed while the page's run was still being stored, the next
    // one after the write): an answer older than the painted one is not painted.
    if (request > target.painted) {
      target.painted = request;
      target.model = model;
      paint(target);
    }
    return model;
  };

  const paint = (target: Shown) => {
    const model = target.model;
    if (!model || shown !== target) return;
    if (!model.siteEnabled) return remove();
    const { view } = model;
    const host = target.ui.host;
    host.dataset.effort = view.classification.effort;
    host.dataset.kind = view.classification.kind;
    host.dataset.advice = view.advice.kind;
    host.dataset.level = String(model.level);
    host.dataset.theme = cardThemeFor(model.theme, target.pageBackground);
    const firstPaint = !target.ui.container.firstChild;
    render(
      <Card
        run={view.run}
        classification={view.classification}
        advice={view.advice}
        now={Date.now()}
        texts={model.texts}
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
        onClose={cardPlace(host) === 'corner' ? remove : undefined}
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

  ctx.onInvalidated(remove);

  return {
    /** Whether the card on the page is the one for this activity. */
    isShowing: (activityId: string): boolean => shown?.activityId === activityId,

    /**
     * Puts an empty card for the run beside `anchor`, or in the page's corner when the page has no anchor (replacing
     * any other card); `refresh` fills it. A corner panel is closed for this visit with its close button or Escape.
     */
    mount(activityId: string, run: Run, anchor: Element | null): void {
      remove();
      // A card left by an earlier copy of HardDay, whose code an extension update unloaded (Firefox then injects the
      // new copy into the open tab; the old one can no longer remove its card): one card per page.
      for (const stale of Array.from(document.querySelectorAll('hardday-card'))) stale.remove();
      const ui = createShadowHost('hardday-card', cardCss);
      if (anchor) placeAfter(ui.host, anchor);
      else placeInCorner(ui.host);
      // Read once the host is in place: the page's colour where the card sits (the body's, for the corner panel).
      const pageBackground = pageBackgroundBehind(ui.host.parentElement ?? document.body);
      const target: Shown = {
        activityId,
        run,
        ui,
        pageBackground,
        stopAttached: () => undefined,
        asked: 0,
        painted: 0,
      };
      ui.host.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && shown === target && cardPlace(ui.host) === 'corner') remove();
      });
      shown = target;
      target.stopAttached = keepAttached(
        ctx,
        ui.host,
        placement.anchorSelectors,
        () => shown === target && placement.activityIdFromUrl(location.href) === activityId,
        () => paint(target),
      );
    },

    /** Asks the background for the card's content and paints it; undefined without a card or on failure. */
    refresh: (): Promise<CardModel | undefined> =>
      shown ? refreshModel(shown).catch(logQuietly) : Promise.resolve(undefined),

    remove,
  };
}

export type CardPainter = ReturnType<typeof createCardPainter>;
