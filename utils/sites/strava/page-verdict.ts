import { BOOTSTRAP_SCRIPT_MARKERS, patterns, RUN_SPORT_TYPES } from './site';

/** Whether a card may show on a Strava activity page, as far as the page itself says before any request. */
export type StravaPageVerdict = { mayShow: true } | { mayShow: false; reason: string };

/**
 * The owner check and the sport from the page's own bootstrap (`…PageView(ID, 'Run', …)`, `isOwner(false)`, the
 * viewer's and the owner's athlete ids), read as text with the same patterns as the full reader, for the detector
 * that decides whether the card feature is loaded at all. Regexes only, no parsing: a few bytes of the page. A page
 * without the bootstrap says nothing, and the feature decides from the JSON.
 */
export function stravaPageVerdict(activityId: string, doc: Document = document): StravaPageVerdict {
  let scripts = '';
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const body = script.textContent ?? '';
    if (BOOTSTRAP_SCRIPT_MARKERS.some((marker) => body.includes(marker))) scripts += body + '\n';
  }
  const view = patterns.pageView.exec(scripts);
  // The bootstrap runs once per page load: after in-page navigation to another activity it speaks of the old one.
  if (view && view[2] !== activityId) return { mayShow: true };
  const sportType = view?.[3];
  if (sportType && !Object.hasOwn(RUN_SPORT_TYPES, sportType)) {
    return { mayShow: false, reason: `not a run (${sportType})` };
  }
  const ownerFlag = patterns.isOwner.exec(scripts)?.[1];
  const viewerId = patterns.viewerId.exec(scripts)?.[1];
  const ownerId = patterns.ownerId.exec(scripts)?.[1];
  const owned =
    ownerFlag !== undefined ? ownerFlag === 'true' : viewerId && ownerId ? viewerId === ownerId : undefined;
  return owned === false ? { mayShow: false, reason: 'someone else’s activity' } : { mayShow: true };
}
