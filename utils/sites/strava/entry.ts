// Strava's entry in the site registry. A content script imports only its own site's entry, so it carries no other
// site's code.
import type { SiteEntry } from '../shared/site-entry';
import { CARD_ANCHORS, STRAVA_HOSTS, STRAVA_ORIGIN } from './site';
import { isStravaDashboard, stravaActivityId } from './urls';

export const stravaSite: SiteEntry<'strava'> = {
  id: 'strava',
  origin: STRAVA_ORIGIN,
  hosts: STRAVA_HOSTS,
  matches: [`${STRAVA_ORIGIN}/*`],
  activityId: stravaActivityId,
  isListPage: isStravaDashboard,
  cardAnchors: CARD_ANCHORS,
  loaderScript: 'strava-loader.js',
  detectorScript: '/strava-detector.js',
  featureScript: '/strava-feature.js',
  dashboardScript: '/strava-dashboard-feature.js',
  feedIdsAreOwn: true,
};
