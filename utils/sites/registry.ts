// The site registry: one entry per site HardDay reads. The background's sender check, the popup's tab check, run keys
// from URLs, the content scripts' matches and the host permissions all come from here, so a site is added in one
// place (README.md beside this file has the recipe).
import { SITE_IDS, type SiteId } from '../core/types';
import { garminSite } from './garmin/entry';
import type { SiteEntry } from './shared/site-entry';
import { stravaSite } from './strava/entry';

export type { SiteEntry };

/** Typed by core's SITE_IDS: an id without an entry, or an entry under another id, does not compile. */
export const SITES: { readonly [Id in SiteId]: SiteEntry<Id> } = { strava: stravaSite, garmin: garminSite };

/** Every entry, in SITE_IDS order (the order URLs are tried in). */
export const SITE_LIST: readonly SiteEntry[] = SITE_IDS.map((id) => SITES[id]);

/** What the manifest asks for: exactly the pages the content scripts run on. */
export const HOST_PERMISSIONS: readonly string[] = SITE_LIST.flatMap((site) => site.matches);

/** The site whose pages are served from `url`'s origin (https only), or null. */
export function siteAtOrigin(url: string): SiteId | null {
  if (!URL.canParse(url)) return null;
  const { origin } = new URL(url);
  return SITE_LIST.find((site) => site.origin === origin)?.id ?? null;
}

/** The site and activity id when `url` is an activity page of any site, else null. */
export function activityInUrl(url: string): { site: SiteId; id: string } | null {
  for (const site of SITE_LIST) {
    const id = site.activityId(url);
    if (id) return { site: site.id, id };
  }
  return null;
}
