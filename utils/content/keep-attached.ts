import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { waitForElement } from './wait-for-element';

/**
 * Single-page apps re-render the header the card sits next to and take the card with it. Puts the same host back
 * beside the new header while `wanted()` says it still belongs on the page (the header may have been re-rendered for
 * another activity). Returns the stop function; the caller stops it with the card (and so with the context).
 */
export function keepAttached(
  ctx: ContentScriptContext,
  host: Element,
  anchorSelectors: readonly string[],
  wanted: () => boolean,
): () => void {
  let waiting = false;
  const observer = new MutationObserver(() => {
    if (host.isConnected || waiting || !wanted()) return;
    waiting = true;
    void waitForElement(ctx, anchorSelectors).then((anchor) => {
      waiting = false;
      if (anchor && wanted() && !host.isConnected) anchor.after(host);
    });
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
