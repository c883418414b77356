import { timeoutManager, type QueryClient } from '@tanstack/query-core';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createSiteQueryClient } from '../queries/site-query-client';

/**
 * The content script's one query client for the site's JSON, ended with the script's context: every timer query-core
 * sets (an entry's garbage collection, the wait before a retry) is cleared, requests in flight are aborted and the
 * cache is emptied when the extension is reloaded or the script replaced.
 */
export function createContentQueryClient(ctx: ContentScriptContext): QueryClient {
  // One set of live timers rather than ctx.setTimeout per timer: a long session sets thousands of them, and each
  // ctx timer would leave a listener on the context until it ends. query-core sets intervals only for
  // refetchInterval, which no site request uses.
  const live = new Set<number>();
  let ended = false;
  const clear = (id: number | undefined) => void (live.delete(id!), clearTimeout(id));
  timeoutManager.setTimeoutProvider<number>({
    setTimeout(callback, delay) {
      if (ended) return 0; // what a cancelled request schedules on its way out is never run
      const id = window.setTimeout(() => (live.delete(id), callback()), delay);
      live.add(id);
      return id;
    },
    clearTimeout: clear,
    setInterval: (callback, delay) => window.setInterval(callback, delay),
    clearInterval: clear,
  });
  const client = createSiteQueryClient();
  ctx.onInvalidated(() => {
    ended = true;
    void client.cancelQueries();
    client.clear();
    live.forEach(clear);
  });
  return client;
}
