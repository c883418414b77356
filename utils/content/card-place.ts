/**
 * Where the card's host sits on the page: right after the site's anchor (`data-place="anchor"`), or, when the page
 * has none of the anchors but the run was read, as a small panel fixed in the page's lower right corner
 * (`data-place="corner"`, its box in components/card.css), so a redesign of the site's header costs the runner the
 * card's place, not the card.
 */
export type CardPlace = 'anchor' | 'corner';

export function cardPlace(host: HTMLElement): CardPlace | undefined {
  const place = host.dataset.place;
  return place === 'anchor' || place === 'corner' ? place : undefined;
}

/** Puts the host right after the anchor. */
export function placeAfter(host: HTMLElement, anchor: Element): void {
  host.dataset.place = 'anchor';
  anchor.after(host);
}

/** Puts the host at the end of the page's body, where card.css fixes it in the lower right corner. */
export function placeInCorner(host: HTMLElement): void {
  host.dataset.place = 'corner';
  document.body.append(host);
}
