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
  /**
   * The content script (`entrypoints/<site>-loader/`), which the manifest lists for `matches`: after each page's load
   * event it asks the background for the detector where a card or line may show (docs/decisions/0007).
   */
  loaderScript: `${Id}-loader.js`;
  /** The site's detector (`entrypoints/<site>-detector.ts`), injected by the background when the loader asks. */
  detectorScript: `/${Id}-detector.js`;
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
   * the viewer's newest run; absent where the site has no dashboard line.
   */
  dashboardScript?: `/${Id}-dashboard-feature.js`;
  /**
   * Whether the feed ids a detector sends are the viewer's own (Strava: by the entry's athlete link), not every
   * activity the feed shows (Garmin: which are the runner's only the stored runs say). Only own ids earn the early
   * list read for a feed entry no stored run is known by.
   */
  feedIdsAreOwn?: boolean;
}
