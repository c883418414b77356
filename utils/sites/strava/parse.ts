// Strava readers: pure functions from page snapshot or same-origin JSON to runs.
export { parseStravaPage, parseDistanceText } from './parse-page';
export {
  parseStravaTrainingActivity,
  parseStravaTrainingList,
  parseStravaTrainingPage,
  parseStravaLapEfforts,
} from './parse-json';
export type { StravaTrainingPage } from './parse-json';
export { enrichStravaRun } from './enrich';
export type { SiteReadResult } from '../shared/read-result';
