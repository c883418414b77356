import { bootstrapScripts } from './bootstrap';
import { selectors } from './site';

/** A plain, serialisable copy of what the Strava activity page holds. Produced by reading only. */
export interface StravaPageSnapshot {
  /** The page address (gives the activity id when the bootstrap script is missing). */
  url: string;
  /** Texts of inline scripts that mention `pageView` or `currentAthlete` (the Backbone bootstrap). */
  scripts: string[];
  /** `document.title`, "Name | Type | Strava". */
  title: string;
  /** The activity name shown in the heading, or '' when absent. */
  headingName: string;
  /** Visible stats (label and value text as shown, localized). */
  stats: { label: string; value: string }[];
  /** The start time text, e.g. "7:05 AM on Monday, January 12, 2026", or ''. */
  timeText: string;
  /** Content of `<meta name="csrf-token">`, or null. */
  csrfToken: string | null;
  /**
   * The viewer's UTC offset in minutes east of UTC at read time: the best guess for turning Strava's local wall
   * times into instants when the true start is not (yet) known.
   */
  utcOffsetMin: number;
}

/** What the background reads the run from (the `stravaPage` message): the snapshot without the csrf token. */
export type StravaPageTexts = Omit<StravaPageSnapshot, 'csrfToken'>;

export function stravaPageTexts({ csrfToken: _token, ...texts }: StravaPageSnapshot): StravaPageTexts {
  return texts;
}

/**
 * The texts of a page HardDay could not read, for the popup's hand entry and the bug report (utils/sites/strava/shown.ts
 * reads them in the background): the snapshot without the scripts (only whether there were any) and the token.
 */
export function stravaShownTexts(page: StravaPageSnapshot) {
  const { title, headingName, stats, timeText, utcOffsetMin } = page;
  return { title, headingName, stats, timeText, utcOffsetMin, bootstrap: page.scripts.length > 0 };
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Reads the Strava activity page. Never writes to the page; never throws on a missing element. */
export function readStravaPage(doc: Document = document, now: Date = new Date()): StravaPageSnapshot {
  const scripts = bootstrapScripts(doc);
  const stats: StravaPageSnapshot['stats'] = [];
  for (const item of Array.from(doc.querySelectorAll(selectors.inlineStats))) {
    const value = text(item.querySelector(selectors.statValue));
    const label = text(item.querySelector(selectors.statLabel));
    if (label && value) stats.push({ label, value });
  }
  for (const row of Array.from(doc.querySelectorAll(selectors.moreStatsRows))) {
    const value = text(row.querySelector(selectors.moreStatsValue));
    const label = text(row.querySelector(selectors.moreStatsLabel));
    if (label && value) stats.push({ label, value });
  }
  return {
    url: doc.URL ?? '',
    scripts,
    title: (doc.title ?? '').trim(),
    headingName: text(doc.querySelector(selectors.activityName)),
    stats,
    timeText: text(doc.querySelector(selectors.startTime)),
    csrfToken: doc.querySelector(selectors.csrfMeta)?.getAttribute('content') ?? null,
    utcOffsetMin: -now.getTimezoneOffset(),
  };
}

/** The csrf token alone, for the API layer. */
export function readStravaCsrfToken(doc: Document = document): string | null {
  return doc.querySelector(selectors.csrfMeta)?.getAttribute('content') ?? null;
}
