import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cardPlace, placeAfter, placeInCorner } from './card-place';
import { firstMatch, waitForElement } from './wait-for-element';

/**
 * Single-page apps re-render the header the card sits next to and take the card with it, and render it late. While
 * `wanted()` says the card still belongs on the page (the header may have been re-rendered for another activity):
 * a card taken off the page goes back beside the new header, or to the page's corner when no header comes; a card in
 * the corner moves beside the header as soon as one appears, and `moved` is told (the corner panel's controls go).
 * Returns the stop function; the caller stops it with the card (and so with the context).
 */
export function keepAttached(
  ctx: ContentScriptContext,
  host: HTMLElement,
  anchorSelectors: readonly string[],
  wanted: () => boolean,
  moved: () => void = () => undefined,
): () => void {
  let waiting = false;
  const observer = new MutationObserver(() => {
    if (waiting || !wanted()) return;
    if (cardPlace(host) === 'corner') {
      const anchor = firstMatch(anchorSelectors);
      if (anchor) {
        placeAfter(host, anchor);
        moved();
      } else if (!host.isConnected) placeInCorner(host);
      return;
    }
    if (host.isConnected) return;
    waiting = true;
    void waitForElement(ctx, anchorSelectors).then((anchor) => {
      waiting = false;
      if (!wanted() || host.isConnected) return;
      if (anchor) placeAfter(host, anchor);
      else if (ctx.isValid) placeInCorner(host);
      else return;
      moved();
    });
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
