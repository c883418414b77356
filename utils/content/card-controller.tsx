import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Card } from '@/components/Card';
import { cardView } from '../core/view';
import type { Run } from '../core/types';
import { sendMessage } from '../messaging/protocol';
import { readStoredState, watchStoredState, type StoredState } from '../store/snapshot';
import { waitForElement } from './wait-for-element';

export type SiteRead =
  | { status: 'run'; run: Run; recent?: Run[] }
  /** Someone else's activity, a non-run or an unreadable page: no card. */
  | { status: 'skip'; reason: string };

export interface SiteAdapter {
  site: 'strava' | 'garmin';
  activityIdFromUrl(url: string): string | null;
  /** Where the card goes, most specific first; the card is inserted after the first one found. */
  anchorSelectors: readonly string[];
  readActivity(activityId: string, signal: AbortSignal): Promise<SiteRead>;
}

const COUNTDOWN_TICK_MS = 15_000;

/**
 * Shows one <hardday-card> for the activity in the address bar, follows in-page navigation, and keeps the card in
 * step with stored settings (level, corrections, log) without a reload. Everything ends with the script's context.
 */
export function startCardFeature(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  let shown: { activityId: string; ui: ShadowRootContentScriptUi<void>; run: Run } | null = null;
  let state: StoredState | null = null;
  let navigation: AbortController | null = null;
  let ticker: number | undefined;

  const removeCard = () => {
    shown?.ui.remove();
    shown = null;
    clearInterval(ticker);
    ticker = undefined;
  };

  const paint = () => {
    if (!shown || !state) return;
    if (!state.prefs.sites[adapter.site]) return removeCard();
    const { ui, run } = shown;
    const now = Date.now();
    const view = cardView({ run, state, now: new Date(now) });
    const host = ui.shadowHost;
    host.dataset.effort = view.classification.effort;
    host.dataset.kind = view.classification.kind;
    host.dataset.advice = view.advice.kind;
    host.dataset.level = String(state.settings.level);
    render(
      <Card
        run={run}
        classification={view.classification}
        advice={view.advice}
        level={state.settings.level}
        now={now}
        collapsed={state.prefs.cardCollapsed}
        overridden={view.overridden}
        onToggleCollapsed={() =>
          void sendMessage('updatePrefs', { cardCollapsed: !state?.prefs.cardCollapsed }).catch(logQuietly)
        }
        onCorrect={(effort) => void sendMessage('setOverride', { runKey: view.runKey, effort }).catch(logQuietly)}
        onOpenSession={(sessionId) =>
          void sendMessage('openSession', { sessionId, runKey: view.runKey }).catch(logQuietly)
        }
      />,
      ui.uiContainer,
    );
    const windowOpen = view.advice.kind === 'strength';
    if (windowOpen && ticker === undefined) ticker = ctx.setInterval(paint, COUNTDOWN_TICK_MS);
    if (!windowOpen && ticker !== undefined) {
      clearInterval(ticker);
      ticker = undefined;
    }
  };

  const show = async (url: string) => {
    navigation?.abort();
    const activityId = adapter.activityIdFromUrl(url);
    if (!activityId) return removeCard();
    if (shown?.activityId === activityId) return;
    removeCard();
    const controller = new AbortController();
    navigation = controller;
    const read = await adapter.readActivity(activityId, controller.signal).catch(
      (error: unknown): SiteRead => ({ status: 'skip', reason: String(error) }),
    );
    if (controller.signal.aborted || !ctx.isValid) return;
    if (read.status === 'skip') {
      console.debug(`[HardDay] no card: ${read.reason}`);
      return;
    }
    void sendMessage('reportRuns', { runs: [read.run, ...(read.recent ?? [])] }).catch(logQuietly);
    const anchor = await waitForElement(ctx, adapter.anchorSelectors, { signal: controller.signal });
    if (controller.signal.aborted || !ctx.isValid) return;
    if (!anchor) {
      console.debug('[HardDay] no card: the page has no place for it');
      return;
    }
    state ??= await readStoredState();
    if (controller.signal.aborted || !ctx.isValid) return;
    const ui = await createShadowRootUi<void>(ctx, {
      name: 'hardday-card',
      position: 'inline',
      anchor,
      append: 'after',
      onRemove: () => render(null, ui.uiContainer),
    });
    if (controller.signal.aborted || !ctx.isValid) return;
    ui.mount();
    shown = { activityId, ui, run: read.run };
    paint();
  };

  void readStoredState().then((initial) => {
    if (!ctx.isValid) return;
    state = initial;
    const unwatch = watchStoredState(initial, (next) => {
      state = next;
      paint();
    });
    ctx.onInvalidated(unwatch);
    paint();
  });
  ctx.onInvalidated(() => {
    navigation?.abort();
    removeCard();
  });
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void show(newUrl.href));
  void show(location.href);
}

function logQuietly(error: unknown) {
  // The extension may have been reloaded under the page; the host page must never see an error from us.
  console.debug('[HardDay]', error);
}
