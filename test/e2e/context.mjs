// What every e2e file needs to know: which browser this run is for, and which saved pages to serve.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BROWSERS, ROOT } from './harness.mjs';

export const BROWSER_ENV = 'HARDDAY_E2E_BROWSER';
export const FIXTURE_ROUTES = path.join(ROOT, 'test', 'fixtures', 'routes.mjs');

/** The browser this test process runs in (run.mjs sets it; default chromium for a lone `node --test`). */
export function browserKind() {
  const kind = process.env[BROWSER_ENV] ?? 'chromium';
  if (!BROWSERS.includes(kind))
    throw new Error(`${BROWSER_ENV}=${kind}: expected one of ${BROWSERS.join(', ')}`);
  return kind;
}

/** The shared fixture routes (test/fixtures/routes.mjs) with absolute file paths. */
export async function loadSiteRoutes() {
  if (!fs.existsSync(FIXTURE_ROUTES)) throw new Error(`missing ${FIXTURE_ROUTES}`);
  const module = await import(pathToFileURL(FIXTURE_ROUTES).href);
  if (!Array.isArray(module.routes)) throw new Error('routes module does not export a `routes` array');
  // Route files are relative to the fixture folder; the harness wants paths it can read from anywhere.
  const resolveFile = module.fixturePath ?? ((file) => path.resolve(path.dirname(FIXTURE_ROUTES), file));
  const routes = module.routes.map((route) =>
    route.file ? { ...route, file: resolveFile(route.file) } : route,
  );
  return { routes, retime: module.retime, module };
}

/** One own-run activity page per site; each must get a card. */
export const OWN_RUN_PAGES = {
  strava: 'https://www.strava.com/activities/16900000004', // own long run (test/fixtures/routes.mjs)
  garmin: 'https://connect.garmin.com/app/activity/21500000001', // own structured intervals
};
