import { selectors, VIEWER_PROFILE_MARKER } from './site';

/** A plain copy of what the Garmin Connect page holds. Produced by reading only. */
export interface GarminPageSnapshot {
  url: string;
  /** Content of `<meta name="csrf-token">`: the `connect-csrf-token` header for `/gc-api/` requests. */
  csrfToken: string | null;
  /** Inline script texts that mention VIEWER_SOCIAL_PROFILE (normally one). */
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
    if (body.includes(VIEWER_PROFILE_MARKER)) viewerScripts.push(body);
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
