// Garmin Connect readers: pure functions from page snapshot or same-origin JSON to runs.
export {
  parseGarminActivity,
  parseGarminActivityList,
  garminGmtToIso,
  garminElapsedSeconds,
} from './parse-activity';
export { parseGarminSplits } from './parse-splits';
export {
  parseGarminSocialProfile,
  parseGarminViewerScript,
  parseGarminPreferences,
  parseGarminPage,
  garminUnitSystem,
  garminWeekStart,
} from './parse-viewer';
export type {
  GarminViewer,
  GarminPageInfo,
  GarminPreferences,
  GarminMeasurementSystem,
} from './parse-viewer';
export type { SiteReadResult } from '../shared/read-result';
