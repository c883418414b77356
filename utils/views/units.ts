// Which units the runner sees, and why: their own choice in HardDay's options; else ('auto') the units they chose on
// the site they run with (Strava's `measurement_preference`, Garmin's `measurementSystem`, remembered when a page
// said it); only when no site has told HardDay yet, the browser's region.
//
// Two systems, as Strava has: metric (km, /km, m) and imperial (mi, /mi, ft). Garmin's `statute_uk` is imperial:
// British runners on it see miles and paces per mile, and HardDay shows their climb in feet with them (Garmin's own
// UK setting keeps distances in miles; one system keeps the card's numbers in one set of units).
// The region guess: only the United States, Liberia and Myanmar are mile countries outright. The United Kingdom is
// split (miles on the road, kilometres at parkrun and on the track), so its guess is metric: a British runner who
// uses miles on Strava or Garmin gets miles from there.

import type { SiteId, UnitSystem } from '../core/types';

export type { UnitSystem };
export type UnitsChoice = 'auto' | UnitSystem;

/** What decided the units, for the options page ("from your Strava settings"). */
export type UnitsSource = 'choice' | SiteId | 'region';

export interface ResolvedUnits {
  units: UnitSystem;
  source: UnitsSource;
}

const IMPERIAL_REGIONS = new Set(['US', 'LR', 'MM']);
/** Languages whose speakers live in an imperial region even without a region in the tag (Burmese). */
const IMPERIAL_LANGUAGES = new Set(['my']);

/** The region's usual system, from a BCP 47 language tag ('en-US' → imperial, 'en-GB' and 'de' → metric). */
export function regionUnits(language: string): UnitSystem {
  const [lang = '', ...rest] = String(language).split(/[-_]/);
  const region = rest.find((part) => /^[A-Za-z]{2}$|^\d{3}$/.test(part))?.toUpperCase();
  if (region) return IMPERIAL_REGIONS.has(region) ? 'imperial' : 'metric';
  return IMPERIAL_LANGUAGES.has(lang.toLowerCase()) ? 'imperial' : 'metric';
}

/** The runner's choice, else the site's setting, else the region of `language`. */
export function resolveUnits(
  choice: UnitsChoice,
  siteUnits: { site: SiteId; units: UnitSystem } | undefined,
  language: string,
): ResolvedUnits {
  if (choice === 'metric' || choice === 'imperial') return { units: choice, source: 'choice' };
  if (siteUnits) return { units: siteUnits.units, source: siteUnits.site };
  return { units: regionUnits(language), source: 'region' };
}
