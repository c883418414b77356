import { QueryClient, type QueryKey } from '@tanstack/query-core';
import { browser } from 'wxt/browser';

/** A page's query client: caches what the page shows until storage says it changed. */
export function createPageQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: 1, refetchOnWindowFocus: false } },
  });
}

/** The one query client of this extension page. */
export const pageQueryClient = createPageQueryClient();

/** The key prefix of values the background computes for a page (the popup's view, its history). */
const BACKGROUND_VIEW = 'background-view';

/**
 * A value the background computes for this page, as query options: asked for on mount (and, being stale at once, in
 * place of any initial data), again whenever the stored state changes (`refetchViewsOnStateChange`), and once more
 * right away when the answer fails (the worker may have been starting up).
 */
export function backgroundView<T>(
  name: string,
  load: () => Promise<T>,
  options: { enabled?: boolean; initialData?: T } = {},
) {
  return {
    queryKey: [BACKGROUND_VIEW, name] as QueryKey,
    queryFn: load,
    staleTime: 0,
    retryDelay: 0,
    ...options,
  };
}

/**
 * Asks for the background's views again whenever the stored state changes: the background is the only writer, so
 * everything it computes changes through storage. Only the local area counts (session storage holds the
 * background's caches). A request overtaken by a newer one is cancelled and its answer dropped; the last value stays
 * on screen meanwhile. Returns the function that stops listening.
 */
export function refetchViewsOnStateChange(client: QueryClient): () => void {
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'local') void client.invalidateQueries({ queryKey: [BACKGROUND_VIEW] });
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
