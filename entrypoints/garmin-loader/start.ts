import { loadDetector } from '@/utils/content/detector-loader';

export function start(): Promise<void> {
  // Garmin Connect is a single-page app that goes to an activity or the feed without loading a page: every
  // page may show something later.
  return loadDetector('garmin', () => true);
}
