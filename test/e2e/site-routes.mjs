// Serves saved pages and JSON under the real site URLs. A route is
//   { url: string | RegExp, file?: string, body?: string | Buffer, contentType?: string, status?: number,
//     headers?: Record<string, string>, transform?: (text: string, url: string) => string }
// A string url matches the request URL exactly, or (when it has no query) the request URL without its query.
import fs from 'node:fs';
import path from 'node:path';

export const SITE_HOSTS = ['www.strava.com', 'connect.garmin.com'];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export function isSiteUrl(url) {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && SITE_HOSTS.includes(hostname);
  } catch {
    return false;
  }
}

function withoutQueryAndHash(url) {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
}

export function routeMatches(route, url) {
  if (route.url instanceof RegExp) {
    route.url.lastIndex = 0;
    return route.url.test(url);
  }
  const clean = url.split('#')[0];
  if (clean === route.url) return true;
  return !route.url.includes('?') && withoutQueryAndHash(clean) === route.url;
}

export function findRoute(routes, url) {
  return routes.find((route) => routeMatches(route, url));
}

/**
 * Builds the response for a route. `transform` (the harness-wide one) runs after the route's own.
 * @returns {{ status: number, contentType: string, headers: Record<string, string>, body: string | Buffer }}
 */
export function buildResponse(route, url, { transform, fileCache = new Map() } = {}) {
  let body = route.body;
  if (body === undefined && route.file) {
    const file = path.resolve(route.file);
    if (!fileCache.has(file)) fileCache.set(file, fs.readFileSync(file));
    body = fileCache.get(file);
  }
  if (body === undefined) throw new Error(`route for ${String(route.url)} has neither body nor file`);
  const contentType =
    route.contentType ?? CONTENT_TYPES[path.extname(route.file ?? '').toLowerCase()] ?? 'text/plain';
  const isText = /^(text\/|application\/(json|javascript))/.test(contentType);
  if (isText && (route.transform || transform)) {
    let text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
    if (route.transform) text = route.transform(text, url);
    if (transform) text = transform(text, route, url);
    body = text;
  }
  return { status: route.status ?? 200, contentType, headers: route.headers ?? {}, body };
}

export function notFoundResponse(url) {
  return {
    status: 404,
    contentType: 'application/json; charset=utf-8',
    headers: {},
    body: JSON.stringify({ error: 'not in the e2e fixtures', url }),
  };
}
