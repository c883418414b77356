import { focusManager, QueryClient } from '@tanstack/query-core';
import { ACTIVITY_STALE_MS, backoffDelay, shouldRetry } from './policy';

export interface SiteQueryClientOptions {
  /** First retry delay; doubles on each further retry. Tests use a few milliseconds. */
  retryBaseMs?: number;
}

/**
 * The content script's query client for the site's JSON: answers cached for their stale time and dropped from memory
 * once stale (gcTime, so a long Garmin session does not keep every activity it passed), one request for concurrent
 * callers, at most two retries with exponential backoff, none for final answers (401/403/404, a login page instead of
 * JSON). The content script creates one per context and ends it with the context (see content/site-client.ts).
 */
export function createSiteQueryClient(options: SiteQueryClientOptions = {}): QueryClient {
  const baseMs = options.retryBaseMs ?? 1000;
  // query-core holds retries while the document is hidden and resumes them on a focus event, which only a mounted
  // client hears. A read for a background tab is retried like any other, as the site's own app does.
  focusManager.setFocused(true);
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: ACTIVITY_STALE_MS,
        gcTime: ACTIVITY_STALE_MS,
        retry: shouldRetry,
        retryDelay: (failureCount) => backoffDelay(failureCount, baseMs),
        // The page is online if it could load; never wait for an 'online' event before asking.
        networkMode: 'always',
      },
    },
  });
}
