import { selectors, VIEWER_PROFILE_MARKER } from './site';

/**
 * The app shell's global holding the viewer's preferences (units, first day of the week, …), written beside
 * VIEWER_SOCIAL_PROFILE (docs/sites.md §2.2). Belongs in site.ts with the other page facts.
 */
export const VIEWER_PREFERENCES_MARKER = 'VIEWER_USERPREFERENCES';

/** A plain copy of what the Garmin Connect page holds. Produced by reading only. */
export interface GarminPageSnapshot {
  url: string;
  /** Content of `<meta name="csrf-token">`: the `connect-csrf-token` header for `/gc-api/` requests. */
  csrfToken: string | null;
  /**
   * Inline script texts that mention VIEWER_SOCIAL_PROFILE or VIEWER_USERPREFERENCES (normally one: the 2026 shell
   * writes both, minified, in one script).
   */
  viewerScripts: string[];
  /** `document.title`. */
  title: string;
  /** The rendered activity heading (`main h1`), or '' before the app renders / on other pages. */
  headingText: string;
  /** The rendered start (`main time[datetime]`): its attribute and visible text, or ''. */
  timeDatetime: string;
  timeText: string;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Reads the Garmin Connect page. Never writes to the page; never throws on a missing element. */
export function readGarminPage(doc: Document = document): GarminPageSnapshot {
  const viewerScripts: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const body = script.textContent ?? '';
    if (body.includes(VIEWER_PROFILE_MARKER) || body.includes(VIEWER_PREFERENCES_MARKER))
      viewerScripts.push(body);
  }
  const time = doc.querySelector(selectors.startTime);
  return {
    url: doc.URL ?? '',
    csrfToken: readGarminCsrfToken(doc),
    viewerScripts,
    title: (doc.title ?? '').trim(),
    headingText: text(doc.querySelector(selectors.heading)),
    timeDatetime: time?.getAttribute('datetime') ?? '',
    timeText: text(time),
  };
}

/** The csrf token alone, for the API layer. */
export function readGarminCsrfToken(doc: Document = document): string | null {
  return doc.querySelector(selectors.csrfMeta)?.getAttribute('content') ?? null;
}
