// How HardDay asks a site for its JSON: how long an answer is served from memory, when a failure is worth another
// try and how long to wait before it. Plain values and functions, shared by the content scripts' query client and
// the background (which keeps the recent-list clock across page loads).
import { HttpError, NotJsonError } from './http';

/** How long an activity's data is served from memory before it is asked for again (and then dropped). */
export const ACTIVITY_STALE_MS = 5 * 60_000;
/** The recent-activity list is requested at most once per this interval (per context; see `shouldRefreshRecent`). */
export const RECENT_LIST_MIN_INTERVAL_MS = 5 * 60_000;
/** The viewer does not change while a page is open. */
export const VIEWER_STALE_MS = 30 * 60_000;
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
