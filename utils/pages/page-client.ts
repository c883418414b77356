import { QueryClient } from '@tanstack/query-core';

/** One query client per extension page: caches what the page shows and refreshes it when storage changes. */
export const pageQueryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, retry: 1, refetchOnWindowFocus: false } },
});
