/** Logs a failure at debug level and returns undefined: the host page must never see an error from HardDay. */
export function logQuietly(error: unknown): undefined {
  // The extension may have been reloaded under the page, or the background may be starting up.
  console.debug('[HardDay]', error);
  return undefined;
}
