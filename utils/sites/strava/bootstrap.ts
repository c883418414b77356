// The two facts the activity page's own bootstrap script gives away before any request, shared by the full reader
// and the always-on detector (which must stay a few KB, so this file imports nothing but the site's facts).
import { BOOTSTRAP_SCRIPT_MARKERS, patterns } from './site';

/** Texts of the page's inline scripts that hold the bootstrap (`pageView`, `currentAthlete`). */
export function bootstrapScripts(doc: Document): string[] {
  const scripts: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const body = script.textContent ?? '';
    if (BOOTSTRAP_SCRIPT_MARKERS.some((marker) => body.includes(marker))) scripts.push(body);
  }
  return scripts;
}

/**
 * Whether the viewer owns the activity (`owned`: the `isOwner` flag, else the viewer's and the owner's athlete ids
 * compared), with the two ids as the page writes them.
 */
export function bootstrapOwnership(scripts: string): {
  owned?: boolean;
  viewerId?: string;
  ownerId?: string;
} {
  const ownerFlag = patterns.isOwner.exec(scripts)?.[1];
  const viewerId = patterns.viewerId.exec(scripts)?.[1];
  const ownerId = patterns.ownerId.exec(scripts)?.[1];
  const owned =
    ownerFlag !== undefined ? ownerFlag === 'true' : viewerId && ownerId ? viewerId === ownerId : undefined;
  return { owned, viewerId, ownerId };
}
