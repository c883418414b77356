/**
 * Where the card's host sits on the page: right after the site's anchor (`data-place="anchor"`), or, when the page
 * has none of the anchors but the run was read, as a small panel fixed in the page's lower right corner
 * (`data-place="corner"`), so a redesign of the site's header costs the runner the card's place, not the card.
 */
export type CardPlace = 'anchor' | 'corner';

/**
 * The corner panel's box, set on the host itself with `!important`: the page's own CSS cannot move it, and no rule
 * inside the shadow root can lose to it. Narrow and capped in height so it covers little of the page; above the
 * page's content, below the browser's own UI.
 */
const CORNER_STYLE: Record<string, string> = {
  position: 'fixed',
  right: '16px',
  bottom: '16px',
  left: 'auto',
  top: 'auto',
  margin: '0',
  width: 'min(360px, calc(100vw - 32px))',
  'max-height': 'min(70vh, calc(100vh - 32px))',
  'overflow-y': 'auto',
  'z-index': '2147483000',
  'border-radius': '6px',
  'box-shadow': '0 4px 18px rgba(0, 0, 0, 0.28)',
};

export function cardPlace(host: HTMLElement): CardPlace | undefined {
  const place = host.dataset.place;
  return place === 'anchor' || place === 'corner' ? place : undefined;
}

/** Puts the host right after the anchor, dropping the corner panel's box if it had one. */
export function placeAfter(host: HTMLElement, anchor: Element): void {
  if (cardPlace(host) === 'corner')
    for (const name of Object.keys(CORNER_STYLE)) host.style.removeProperty(name);
  host.dataset.place = 'anchor';
  anchor.after(host);
}

/** Puts the host at the end of the page's body, fixed in the lower right corner. */
export function placeInCorner(host: HTMLElement): void {
  for (const [name, value] of Object.entries(CORNER_STYLE)) host.style.setProperty(name, value, 'important');
  host.dataset.place = 'corner';
  (document.body ?? document.documentElement).append(host);
}
