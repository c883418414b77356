import type { QueryClient } from '@tanstack/query-core';
import type { Run, SiteId, UnitSystem } from '../core/types';
import type { ReadReason, ReadVerdict } from '../views/read-outcome';

/** What reading an activity page found. */
export type SiteRead =
  /** `units`: the viewer's unit setting on the site, when the page says it. */
  | { status: 'run'; run: Run; units?: UnitSystem }
  /**
   * Someone else's activity, a non-run or an unreadable page: no card. `reason` is for the console; `verdict`,
   * `code`, `checks` and `page` are what the popup and the bug report learn (docs/hardening.md, "Reading failures").
   * Without a verdict (the runner left the page meanwhile) nothing is reported.
   */
  | {
      status: 'skip';
      reason: string;
      verdict?: Exclude<ReadVerdict, 'read'>;
      code?: ReadReason;
      /** Page parts and JSON answers looked for: true found (names from the site's read-checks.ts). */
      checks?: Record<string, boolean>;
      /** The page's own texts for the hand entry (the site's `…ShownTexts`). */
      page?: unknown;
    };

/** What the card feature needs from a site: its addresses, where the card goes, and how its runs are read. */
export interface SiteAdapter {
  site: SiteId;
  activityIdFromUrl(url: string): string | null;
  /** Where the card goes, most specific first; the card is inserted after the first one found. */
  anchorSelectors: readonly string[];
  /** The run on the activity page, through the content script's query client (cached, retried, cancellable). */
  readActivity(activityId: string, client: QueryClient): Promise<SiteRead>;
  /** Pages (feed, activity list) where only the recent-activity list is refreshed. */
  isListPage(url: string): boolean;
  /** The viewer's recent runs from the site's own list. */
  readRecent(client: QueryClient): Promise<Run[]>;
}
