// One site JSON request through the context's query client: same-origin, with the site's headers and csrf token,
// cancelled through the AbortSignal query-core passes (when the runner navigates away from the activity).
import type { QueryClient, QueryKey } from '@tanstack/query-core';
import { currentFetch, getJson, type FetchLike } from './http';
import { ACTIVITY_STALE_MS } from './policy';

/** What a site API call is handed: the context's query client, and instead of the defaults (tests; a page fetch). */
export interface ApiDeps {
  client: QueryClient;
  fetch?: FetchLike;
  /** The page's csrf token; by default read from the current document. */
  csrfToken?: string | null;
}

/** How a site's JSON is asked for: its fixed headers, and the header that carries the page's csrf token. */
export interface SiteRequestShape {
  headers: Record<string, string>;
  csrfHeader: string;
  readCsrfToken(doc: Document): string | null;
}

export type SiteGet = (queryKey: QueryKey, path: string, staleTime?: number) => Promise<unknown>;

/** A cached GET for one API call: an answer is served from memory for `staleTime` and dropped once stale. */
export function siteRequester(deps: ApiDeps, shape: SiteRequestShape): SiteGet {
  const fetchImpl = deps.fetch ?? currentFetch();
  const fromPage = typeof document === 'undefined' ? null : shape.readCsrfToken(document);
  const token = deps.csrfToken !== undefined ? deps.csrfToken : fromPage;
  const headers = token ? { ...shape.headers, [shape.csrfHeader]: token } : shape.headers;
  return (queryKey, path, staleTime = ACTIVITY_STALE_MS) =>
    deps.client.fetchQuery({
      queryKey,
      queryFn: ({ signal }) => getJson(path, headers, fetchImpl, signal),
      staleTime,
      gcTime: staleTime,
    });
}

/** Activity ids go into request paths: digits only. */
export function assertActivityId(id: string): void {
  if (!/^\d{1,20}$/.test(id)) throw new Error(`Not an activity id: ${id}`);
}
