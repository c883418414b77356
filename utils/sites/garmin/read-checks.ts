// What the Garmin Connect reader looks for on an activity, by name (issue 14): the bug report lists which were found
// or missing, and development builds warn with the selector or field. Names and selectors only: the popup imports it.
import { garminPaths, GARMIN_TITLE_SUFFIX, VIEWER_PROFILE_MARKER } from './site';

/** Every page part and JSON answer a Garmin read can report, in reading order. */
export const GARMIN_READ_CHECKS = ['viewer', 'activity JSON', 'activity title'] as const;

/**
 * Where each check looks, for the development-time warning. A function, so a production bundle (which never calls
 * it) keeps none of it.
 */
export const garminCheckSources = (): Record<string, string> => ({
  viewer: `inline <script> with ${VIEWER_PROFILE_MARKER}, else ${garminPaths.socialProfile()}`,
  'activity JSON': `${garminPaths.activity(':id')} (activityId, activityTypeDTO, summaryDTO.startTimeGMT)`,
  'activity title': `document.title "<name>${GARMIN_TITLE_SUFFIX}"`,
});
