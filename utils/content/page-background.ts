import { parseCssColor, visibleBackground, type Rgba } from '../core/card-theme';

/**
 * The colour the page shows behind `element`: its own and its ancestors' computed backgrounds, from the element out
 * to the first opaque one (a page's white usually sits on an outer wrapper or the body, the inner boxes are
 * transparent), composed over the browser's white canvas. Read once, when the card mounts.
 */
export function pageBackgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = parseCssColor(getComputedStyle(node).backgroundColor);
    if (!color || color.a === 0) continue;
    layers.push(color);
    if (color.a >= 1) break;
  }
  return visibleBackground(layers);
}
