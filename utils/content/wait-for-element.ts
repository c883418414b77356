import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The first element matching one of the selectors, in the selectors' order, or null. */
export function firstMatch(selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = document.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Resolves with the first element matching one of the selectors, waiting for single-page apps that render late.
 * Uses a MutationObserver (no polling) that ends with the timeout or the script's context.
 */
export function waitForElement(
  ctx: ContentScriptContext,
  selectors: readonly string[],
  { timeoutMs = 10_000 }: { timeoutMs?: number } = {},
): Promise<Element | null> {
  const find = () => firstMatch(selectors);
  const now = find();
  if (now || !ctx.isValid) return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) finish(found);
    });
    const timer = ctx.setTimeout(() => finish(null), timeoutMs);
    function finish(result: Element | null) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    }
    ctx.onInvalidated(() => finish(null));
    observer.observe(document.documentElement, { childList: true, subtree: true });
  });
}
