import * as v from 'valibot';
import { optionalString, siteId, withoutUndefined } from '../shared/schemas';
import type { GarminPageSnapshot } from './read-page';
import { VIEWER_PROFILE_PATTERN } from './site';
import { garminActivityId } from './urls';

export interface GarminViewer {
  /** Compare with the activity's userProfileId / the list's ownerId. */
  profileId: string;
  displayName?: string;
  fullName?: string;
}

const SocialProfileSchema = v.object({
  profileId: siteId,
  displayName: optionalString,
  fullName: optionalString,
});

/** `/gc-api/userprofile-service/socialProfile` JSON (or VIEWER_SOCIAL_PROFILE) → the viewer, or null. */
export function parseGarminSocialProfile(json: unknown): GarminViewer | null {
  try {
    const parsed = v.safeParse(SocialProfileSchema, json);
    return parsed.success ? withoutUndefined(parsed.output) : null;
  } catch {
    return null;
  }
}

/** `window.VIEWER_SOCIAL_PROFILE = JSON.parse("…")` script text → the viewer, or null. */
export function parseGarminViewerScript(scriptText: string): GarminViewer | null {
  try {
    const literal = VIEWER_PROFILE_PATTERN.exec(scriptText)?.[1];
    if (literal === undefined) return null;
    // The argument is a JS string literal holding JSON; decode the literal first, then the JSON.
    const jsonText: unknown = JSON.parse(`"${literal}"`);
    return typeof jsonText === 'string' ? parseGarminSocialProfile(JSON.parse(jsonText)) : null;
  } catch {
    return null;
  }
}

export interface GarminPageInfo {
  /** From the URL. */
  activityId: string | null;
  csrfToken: string | null;
  viewer: GarminViewer | null;
  /** What the rendered page shows, for when the API fails. */
  title?: string;
  /** The rendered start as the page gives it (`datetime` attribute, local time). */
  startText?: string;
}

/** Garmin page snapshot → viewer, csrf token and the visible fallbacks. Pure; never throws. */
export function parseGarminPage(snapshot: GarminPageSnapshot): GarminPageInfo {
  try {
    let viewer: GarminViewer | null = null;
    for (const script of Array.isArray(snapshot.viewerScripts) ? snapshot.viewerScripts : []) {
      viewer = typeof script === 'string' ? parseGarminViewerScript(script) : null;
      if (viewer) break;
    }
    const heading = typeof snapshot.headingText === 'string' ? snapshot.headingText.trim() : '';
    const startText = typeof snapshot.timeDatetime === 'string' ? snapshot.timeDatetime.trim() : '';
    return withoutUndefined({
      activityId: typeof snapshot.url === 'string' ? garminActivityId(snapshot.url) : null,
      csrfToken: typeof snapshot.csrfToken === 'string' && snapshot.csrfToken ? snapshot.csrfToken : null,
      viewer,
      title: heading || undefined,
      startText: startText || undefined,
    });
  } catch {
    return { activityId: null, csrfToken: null, viewer: null };
  }
}
