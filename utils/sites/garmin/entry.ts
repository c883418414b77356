// Garmin Connect's entry in the site registry. A content script imports only its own site's entry, so it carries no
// other site's code.
import type { SiteEntry } from '../shared/site-entry';
import { CARD_ANCHORS, GARMIN_HOST, GARMIN_ORIGIN } from './site';
import { garminActivityId, isGarminListPage } from './urls';

export const garminSite: SiteEntry<'garmin'> = {
  id: 'garmin',
  origin: GARMIN_ORIGIN,
  hosts: [GARMIN_HOST],
  matches: [`${GARMIN_ORIGIN}/*`],
  activityId: garminActivityId,
  isListPage: isGarminListPage,
  cardAnchors: CARD_ANCHORS,
  loaderScript: 'garmin-loader.js',
  detectorScript: '/garmin-detector.js',
  featureScript: '/garmin-feature.js',
  dashboardScript: '/garmin-dashboard-feature.js',
};
