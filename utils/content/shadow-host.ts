/**
 * A shadow-root host for the in-page card: the page's CSS cannot reach in and ours cannot leak out. A small
 * replacement for WXT's createShadowRootUi, which costs the host page several kilobytes more on every visit.
 */
export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

/** Builds the host, not yet on the page: the caller puts it where it belongs (card-place.ts). */
export function createShadowHost(name: string, css: string): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Keystrokes typed in the card stay in the card: the host site's shortcuts must not fire.
  for (const type of ['keydown', 'keyup', 'keypress'])
    host.addEventListener(type, (event) => event.stopPropagation());
  return { host, container, remove: () => host.remove() };
}
