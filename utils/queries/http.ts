// Same-origin JSON requests for the content scripts. The fetch implementation is injectable so tests can count
// requests, and so Firefox can send them as the page (with its cookies) rather than as the extension.

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** An HTTP answer other than 2xx. 401/403/404 are final (not retried): not signed in, or not the viewer's. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
  ) {
    super(`HTTP ${status} for ${path}`);
    this.name = 'HttpError';
  }
}

/** The body was not JSON (for example a login page served instead). Not retried. */
export class NotJsonError extends Error {
  constructor(readonly path: string) {
    super(`Not JSON: ${path}`);
    this.name = 'NotJsonError';
  }
}

let injectedFetch: FetchLike | undefined;

/** Replaces the fetch used by every site request (tests, or a page-context fetch). `undefined` restores the default. */
export function setFetch(fetchImpl: FetchLike | undefined): void {
  injectedFetch = fetchImpl;
}

interface FirefoxContentGlobals {
  content?: { fetch?: (input: string, init?: RequestInit) => Promise<Response> };
}

/**
 * The default fetch. In a Firefox content script `content.fetch` makes the request as the page does (page
 * origin, page cookies); the plain content-script fetch would not. Chrome has no `content`; its content-script
 * fetch already acts for the page.
 */
export function defaultFetch(): FetchLike {
  const pageWindow = (globalThis as FirefoxContentGlobals).content;
  if (pageWindow && typeof pageWindow.fetch === 'function') {
    return (input, init) => pageWindow.fetch!(input, init);
  }
  return (input, init) => fetch(input, init);
}

export function currentFetch(): FetchLike {
  return injectedFetch ?? defaultFetch();
}

/** Only paths on the page's own origin: "/x", never "//host" or "https://…". */
export function isSameOriginPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.includes('\\');
}

/**
 * GET a same-origin path and parse its JSON. Throws HttpError for non-2xx, NotJsonError for a non-JSON body,
 * and whatever fetch throws for network failures. The body is read as text and parsed here, so page-context
 * (Firefox) objects never leak into extension code.
 */
export async function getJson(
  path: string,
  headers: Record<string, string>,
  fetchImpl: FetchLike = currentFetch(),
  signal?: AbortSignal,
): Promise<unknown> {
  if (!isSameOriginPath(path)) throw new Error(`Refusing a request off the page's origin: ${path}`);
  const response = await fetchImpl(path, { method: 'GET', headers, credentials: 'same-origin', signal });
  if (!response.ok) throw new HttpError(response.status, path);
  const body = await response.text();
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new NotJsonError(path);
  }
}
