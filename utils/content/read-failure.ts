import { CancelledError } from '@tanstack/query-core';
import { HttpError } from '../queries/http';
import type { ReadReason } from '../views/read-outcome';

/**
 * A failed site request as a reason code: 401/403 is a signed-out viewer, anything else (network, server error, a
 * login page instead of JSON) a failed fetch. Undefined when the request was cancelled because the runner left.
 */
export function requestFailure(error: unknown): ReadReason | undefined {
  if (error instanceof CancelledError) return undefined;
  return error instanceof HttpError && (error.status === 401 || error.status === 403)
    ? 'signed-out'
    : 'fetch-failed';
}
