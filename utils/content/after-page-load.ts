/** The longest HardDay waits for a host page whose load event is held up by slow images or ads. */
export const START_CAP_MS = 1000;

/**
 * Calls `start` once the host page has loaded, so HardDay's start-up is never part of the page's own load.
 * Chromium injects document_idle scripts before the load event (once the page and its subresources have loaded, or
 * 200 ms after DOMContentLoaded if that comes first) and holds the event until they ran, so anything done at once
 * would be added to the page's load time; Firefox injects them after it, and then this starts at once.
 * A page still loading after `capMs` gets its card anyway: on a page that slow the few milliseconds do not show.
 *
 * It runs before HardDay has a content-script context (setting one up is part of what waits), so its one listener
 * and one timer remove each other; `start` itself checks that the extension is still there.
 */
export function afterPageLoad(start: () => void, capMs = START_CAP_MS): void {
  // Only Firefox asks: in Chromium the load event is still to come, and reading the document there would create its
  // wrapper in HardDay's isolated world, a quarter of a millisecond counted into the page's load.
  if (import.meta.env.FIREFOX && document.readyState === 'complete') {
    start();
    return;
  }
  // Not inside the load event itself: a handler there still counts towards the page's load time.
  const onLoad = () => setTimeout(startOnce, 0);
  const cap = setTimeout(startOnce, capMs);
  let started = false;
  function startOnce() {
    if (started) return;
    started = true;
    clearTimeout(cap);
    window.removeEventListener('load', onLoad);
    start();
  }
  window.addEventListener('load', onLoad, { once: true });
}
