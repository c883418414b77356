// The shape of one site's entry in the site registry (../registry.ts).
import type { SiteId } from '../../core/types';

/** What the rest of the extension needs to know about a site without reading its pages. */
export interface SiteEntry<Id extends SiteId = SiteId> {
  id: Id;
  /** Where the content script runs and the site's own requests go; messages from any other origin are refused. */
  origin: string;
  /** Hosts whose URLs the detectors read as this site's pages (may be more than the origin's). */
  hosts: readonly string[];
  /** The content script's `matches` and the extension's host permission. */
  matches: readonly string[];
  /** The activity id when `url` is one of the site's activity pages, else null. */
  activityId(url: string): string | null;
  /** Pages (feed, activity list) where only the recent-activity list is refreshed. */
  isListPage(url: string): boolean;
  /** Where the card goes, most specific first (each one dated and sourced in the site's site.ts). */
  cardAnchors: readonly string[];
  /**
   * The card feature's script in the build (`entrypoints/<site>-feature.ts`), injected by the background into a tab
   * of this site when its detector asks (docs/decisions/0007).
   */
  featureScript: `/${Id}-feature.js`;
  /**
   * The dashboard line's script (`entrypoints/<site>-dashboard-feature.ts`), injected on a list page whose feed shows
   * the viewer's newest run; absent where the site has no dashboard line. Only Strava has one so far: the type
   * admits only scripts the build makes (Garmin's adds its path here when it exists).
   */
  dashboardScript?: `/${Id}-dashboard-feature.js` & `/strava-dashboard-feature.js`;
}
