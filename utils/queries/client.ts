import { HttpError, NotJsonError } from './http';

/** How long an activity's data is served from memory before it is asked for again. */
export const ACTIVITY_STALE_MS = 5 * 60_000;
/** The recent-activity list is requested at most once per this interval (per context; see `shouldRefreshRecent`). */
export const RECENT_LIST_MIN_INTERVAL_MS = 5 * 60_000;
/** Attempts after the first one. */
export const MAX_RETRIES = 2;
/** Answers that will not change on a retry: signed out, forbidden, not found (someone else's activity). */
const FINAL_STATUSES = new Set([401, 403, 404]);

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (error instanceof HttpError && FINAL_STATUSES.has(error.status)) return false;
  if (error instanceof NotJsonError) return false;
  return true;
}

/** Exponential backoff: base, 2×base, 4×base …, capped at 30 s. */
export function backoffDelay(attempt: number, baseMs = 1000): number {
  return Math.min(baseMs * 2 ** attempt, 30_000);
}

export interface QueryClientOptions {
  /** First retry delay; doubles on each further retry. Tests use a few milliseconds. */
  retryBaseMs?: number;
}

/** The part of a query client the site API uses: one keyed, cached, de-duplicated, retried request. */
export interface SiteQueryClient {
  query<T>(options: {
    queryKey: readonly unknown[];
    queryFn: () => Promise<T>;
    staleTime?: number;
  }): Promise<T>;
}

interface Entry {
  promise: Promise<unknown>;
  settledAt?: number;
  failed?: boolean;
}

/**
 * The content scripts' request cache. It does for the site JSON what query-core does elsewhere in HardDay (cache
 * with a stale time, one request for concurrent callers, capped retries with exponential backoff, no retry on
 * final answers) in a few hundred bytes: query-core's client alone would cost the host page about 7 KB gzipped on
 * every visit, a third of the content script's budget, for a cache that lives as long as one page.
 */
export function createQueryClient(options: QueryClientOptions = {}): SiteQueryClient {
  const baseMs = options.retryBaseMs ?? 1000;
  const entries = new Map<string, Entry>();
  const run = async <T>(queryFn: () => Promise<T>): Promise<T> => {
    for (let failures = 0; ; failures++) {
      try {
        return await queryFn();
      } catch (error) {
        if (!shouldRetry(failures, error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, backoffDelay(failures, baseMs)));
      }
    }
  };
  return {
    query<T>({
      queryKey,
      queryFn,
      staleTime = ACTIVITY_STALE_MS,
    }: Parameters<SiteQueryClient['query']>[0] & { queryFn: () => Promise<T> }) {
      const key = JSON.stringify(queryKey);
      const known = entries.get(key);
      const fresh =
        known &&
        (known.settledAt === undefined || (!known.failed && Date.now() - known.settledAt < staleTime));
      if (fresh) return known.promise as Promise<T>;
      const entry: Entry = { promise: Promise.resolve() };
      entry.promise = run(queryFn).then(
        (value) => {
          entry.settledAt = Date.now();
          return value;
        },
        (error: unknown) => {
          entry.settledAt = Date.now();
          entry.failed = true;
          throw error;
        },
      );
      entries.set(key, entry);
      return entry.promise as Promise<T>;
    },
  };
}

let shared: SiteQueryClient | undefined;

/** The one client of this content script, created on first use. */
export function getQueryClient(): SiteQueryClient {
  shared ??= createQueryClient();
  return shared;
}

/**
 * Whether a recent-list request is due, given when the last one finished (persisted by the caller, e.g. in
 * extension storage, so page reloads do not each trigger a list request).
 */
export function shouldRefreshRecent(lastFetchedAtMs: number | undefined, nowMs: number): boolean {
  return (
    lastFetchedAtMs === undefined ||
    nowMs - lastFetchedAtMs >= RECENT_LIST_MIN_INTERVAL_MS ||
    nowMs < lastFetchedAtMs
  );
}
