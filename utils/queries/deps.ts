import { getQueryClient, type SiteQueryClient } from './client';
import { currentFetch, type FetchLike } from './http';

/** What a site API call may be handed instead of the defaults (tests; a page-context fetch). */
export interface ApiDeps {
  client?: SiteQueryClient;
  fetch?: FetchLike;
  /** The page's csrf token; by default read from `<meta name="csrf-token">` of the current document. */
  csrfToken?: string | null;
}

export function resolveDeps(
  deps: ApiDeps,
  readToken: (doc: Document) => string | null,
): { client: SiteQueryClient; fetch: FetchLike; csrfToken: string | null } {
  const fromPage = typeof document === 'undefined' ? null : readToken(document);
  return {
    client: deps.client ?? getQueryClient(),
    fetch: deps.fetch ?? currentFetch(),
    csrfToken: deps.csrfToken !== undefined ? deps.csrfToken : fromPage,
  };
}

/** Activity ids go into request paths: digits only. */
export function assertActivityId(id: string): void {
  if (!/^\d{1,20}$/.test(id)) throw new Error(`Not an activity id: ${id}`);
}
