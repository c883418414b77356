import { bootstrapOwnership, bootstrapScripts } from './bootstrap';
import { patterns, RUN_SPORT_TYPES } from './site';

/** Whether a card may show on a Strava activity page, as far as the page itself says before any request. */
export type StravaPageVerdict =
  { mayShow: true } | { mayShow: false; reason: string; outcome: 'not-run' | 'not-own' };

/**
 * The owner check and the sport from the page's own bootstrap (`…PageView(ID, 'Run', …)`, `isOwner(false)`, the
 * viewer's and the owner's athlete ids), read as text with the same patterns as the full reader, for the detector
 * that decides whether the card feature is loaded at all. Regexes only, no parsing: a few bytes of the page. A page
 * without the bootstrap says nothing, and the feature decides from the JSON.
 */
export function stravaPageVerdict(activityId: string, doc: Document = document): StravaPageVerdict {
  const scripts = bootstrapScripts(doc).join('\n');
  const view = patterns.pageView.exec(scripts);
  // The bootstrap runs once per page load: after in-page navigation to another activity it speaks of the old one.
  if (view && view[2] !== activityId) return { mayShow: true };
  const sportType = view?.[3];
  if (sportType && !Object.hasOwn(RUN_SPORT_TYPES, sportType)) {
    return { mayShow: false, reason: `not a run (${sportType})`, outcome: 'not-run' };
  }
  return bootstrapOwnership(scripts).owned === false
    ? { mayShow: false, reason: 'someone else’s activity', outcome: 'not-own' }
    : { mayShow: true };
}
