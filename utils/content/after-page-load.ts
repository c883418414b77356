import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The longest HardDay waits for a host page whose load event is held up by slow images or ads. */
export const START_CAP_MS = 1000;

/**
 * Calls `start` once the host page has loaded, so HardDay's start-up work is never part of the page's own load.
 * Chromium injects document_idle scripts just before the load event on pages that load quickly, so anything done at
 * once would be added to the page's load time; Firefox usually injects after it, and then this starts at once.
 * A page still loading after `capMs` gets its card anyway: on a page that slow the few milliseconds do not show.
 */
export function afterPageLoad(ctx: ContentScriptContext, start: () => void, capMs = START_CAP_MS): void {
  if (document.readyState === 'complete') {
    start();
    return;
  }
  let started = false;
  const startOnce = () => {
    if (started || !ctx.isValid) return;
    started = true;
    start();
  };
  // Not inside the load event itself: a handler there still counts towards the page's load time.
  ctx.addEventListener(window, 'load', () => ctx.setTimeout(startOnce, 0), { once: true });
  ctx.setTimeout(startOnce, capMs);
}
