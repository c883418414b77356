import { selectors, VIEWER_PREFERENCES_MARKER, VIEWER_PROFILE_MARKER } from './site';

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
}

/** Reads the Garmin Connect page. Never writes to the page; never throws on a missing element. */
export function readGarminPage(doc: Document = document): GarminPageSnapshot {
  const viewerScripts: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const body = script.textContent ?? '';
    if (body.includes(VIEWER_PROFILE_MARKER) || body.includes(VIEWER_PREFERENCES_MARKER))
      viewerScripts.push(body);
  }
  return {
    url: doc.URL ?? '',
    csrfToken: readGarminCsrfToken(doc),
    viewerScripts,
    title: (doc.title ?? '').trim(),
  };
}

/** The csrf token alone, for the API layer. */
export function readGarminCsrfToken(doc: Document = document): string | null {
  return doc.querySelector(selectors.csrfMeta)?.getAttribute('content') ?? null;
}
