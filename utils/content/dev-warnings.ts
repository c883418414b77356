import type { SiteId } from '../core/types';
import { garminCheckSources } from '../sites/garmin/read-checks';
import { garminShownChecks } from '../sites/garmin/shown';
import { stravaCheckSources } from '../sites/strava/read-checks';
import { stravaShownChecks } from '../sites/strava/shown';

/**
 * Development builds only (called under `import.meta.env.DEV`, so production bundles drop it and the selector text
 * with it): names each page part, JSON answer or card anchor the reader did not find on a page it could not read,
 * with the selector or field it looked for, the way Refined GitHub warns "selector not found". A site change shows up
 * in the console at once. `checks` are the reader's own (JSON answers, anchors); `page` the texts it sent.
 */
export function warnMissing(site: SiteId, checks: Record<string, boolean>, page: unknown): void {
  const strava = site === 'strava';
  const sources = strava ? stravaCheckSources() : garminCheckSources();
  const all = { ...(strava ? stravaShownChecks(page) : garminShownChecks(page)), ...checks };
  for (const [name, found] of Object.entries(all)) {
    if (!found)
      console.warn(`[HardDay] ${site}: not found: ${name} (${sources[name] ?? `selector ${name}`})`);
  }
}
