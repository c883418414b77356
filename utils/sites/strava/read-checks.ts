// What the Strava reader looks for on an activity page, by name (issue 14): the bug report lists which were found or
// missing, and development builds warn with the selector or field. Names and selectors only: the popup imports it.
import { BOOTSTRAP_SCRIPT_MARKERS, patterns, selectors, stravaPaths } from './site';

/** Every page part and JSON answer a Strava read can report (`stravaShownChecks`), in reading order. */
export const STRAVA_READ_CHECKS = [
  'bootstrap',
  'heading',
  'start time',
  'stats',
  'title type',
  'training JSON',
] as const;

/**
 * Where each check looks, for the development-time warning. A function, so a production bundle (which never calls
 * it) keeps none of it.
 */
export const stravaCheckSources = (): Record<string, string> => ({
  bootstrap: `inline <script> mentioning ${BOOTSTRAP_SCRIPT_MARKERS.join(' or ')}, with ${patterns.pageView.source}`,
  heading: selectors.activityName,
  'start time': selectors.startTime,
  stats: `${selectors.inlineStats}, ${selectors.moreStatsRows}`,
  'title type': `<title> matching ${patterns.documentTitle.source}`,
  'training JSON': `${stravaPaths.trainingActivity(':id')} (sport_type, start_time, elapsed_time_raw)`,
});
