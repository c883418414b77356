import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** One address the tab showed. `current()` turns false once the runner moves on or the script's context ends. */
export interface Visit {
  url: string;
  current(): boolean;
}

/**
 * Calls `onVisit` for the address the tab shows now and again after every in-page navigation (single-page apps
 * change the address without a page load). Work begun for a visit checks `current()` after each wait, so nothing
 * lands on a page the runner has left. The listener ends with the script's context.
 */
export function followNavigation(ctx: ContentScriptContext, onVisit: (visit: Visit) => void): void {
  let latest = 0;
  const visit = (url: string) => {
    const mine = ++latest;
    onVisit({ url, current: () => mine === latest && ctx.isValid });
  };
  ctx.onInvalidated(() => {
    latest += 1;
  });
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => visit(newUrl.href));
  visit(location.href);
}
