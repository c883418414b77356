import { loadDetector } from '@/utils/content/detector-loader';
import { isStravaDashboard, stravaActivityId } from '@/utils/sites/strava/urls';

export function start(): Promise<void> {
  // Strava pages are full page loads: only an activity page (whose owner the detector reads) and the dashboard (its
  // feed) may show something.
  return loadDetector('strava', (url) => stravaActivityId(url) !== null || isStravaDashboard(url));
}
