// The demo activity pages that `npm start` and `npm run store-assets` show: saved fixtures served under the real
// Strava and Garmin URLs (test/fixtures/routes.mjs), with the demo races moved in time so each ended
// ENDED_MINUTES_AGO minutes ago and the strength window is open.
import { loadSiteRoutes } from '../test/e2e/context.mjs';

export const ENDED_MINUTES_AGO = 40;
// The latest run on each site, so no other fixture run lands in the future after the shift.
export const DEMO = {
  strava: {
    url: 'https://www.strava.com/activities/16900000003',
    anchor: 'strava-race',
    host: 'www.strava.com',
  },
  garmin: {
    url: 'https://connect.garmin.com/app/activity/21500000006',
    anchor: 'garmin-race',
    host: 'connect.garmin.com',
  },
};

/** The fixture routes and the transform that retimes them, ready for the e2e harness's `launch`. */
export async function demoRoutes(now = Date.now()) {
  const { routes, retime, module } = await loadSiteRoutes();
  const endedAt = now - ENDED_MINUTES_AGO * 60_000;
  // One shift per site keeps each site's runs in order; both demo races end ENDED_MINUTES_AGO minutes ago.
  const shiftByHost = Object.fromEntries(
    Object.values(DEMO).map(({ host, anchor }) => [host, module.shiftToEndAt(anchor, endedAt)]),
  );
  const transform = (text, _route, url) => retime(text, shiftByHost[new URL(url).hostname] ?? 0);
  return { routes, transform };
}
