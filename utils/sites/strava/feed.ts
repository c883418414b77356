// The runner's own entries in the dashboard feed, read from the rendered page (docs/sites.md §1.6). Shared by the
// always-on detector (which must stay a few KB, so this file imports nothing but the site's facts and the bootstrap
// reader) and the dashboard line.
import type { FeedRun } from '../shared/feed-run';
import { bootstrapScripts } from './bootstrap';
import { ACTIVITY_HREF, ATHLETE_HREF, feedSelectors, patterns } from './site';

export type { FeedRun };

/** The viewer's athlete id: the bootstrap's `CurrentAthlete`, else the header's profile link; null when neither. */
export function stravaViewerId(doc: Document = document): string | null {
  const fromBootstrap = patterns.viewerId.exec(bootstrapScripts(doc).join('\n'))?.[1];
  if (fromBootstrap) return fromBootstrap;
  return (
    ATHLETE_HREF.exec(doc.querySelector(feedSelectors.viewerLink)?.getAttribute('href') ?? '')?.[1] ?? null
  );
}

/**
 * The viewer's own activities in the feed, top to bottom, each once. An entry (or one athlete's part of a group
 * activity) counts as the viewer's only when its athlete link names the viewer: an entry without one is nobody's.
 */
export function stravaOwnFeedRuns(viewerId: string, doc: Document = document): FeedRun[] {
  const own: FeedRun[] = [];
  for (const entry of Array.from(doc.querySelectorAll(feedSelectors.entry))) {
    const groupParts = Array.from(entry.querySelectorAll(feedSelectors.groupPart));
    for (const part of groupParts.length ? groupParts : [entry]) {
      const owner = part.querySelector(feedSelectors.owner)?.getAttribute('href') ?? '';
      if (ATHLETE_HREF.exec(owner)?.[1] !== viewerId) continue;
      for (const link of Array.from(part.querySelectorAll(feedSelectors.activityLink))) {
        const activityId = ACTIVITY_HREF.exec(link.getAttribute('href') ?? '')?.[1];
        if (!activityId) continue;
        if (!own.some((run) => run.activityId === activityId)) own.push({ activityId, part });
        break;
      }
    }
  }
  return own;
}
