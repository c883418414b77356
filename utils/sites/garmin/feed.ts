// The activities on Garmin Connect's home page and news feed, read from the rendered page (docs/sites.md §2.7).
// Shared by the always-on detector (which must stay a few KB, so this file imports only the site's facts and URL
// readers) and the dashboard line.
import type { FeedRun } from '../shared/feed-run';
import { FEED_ENTRY_ANCHORS, FEED_ENTRY_MAX_LEVELS, feedSelectors } from './site';
import { garminActivityIdOfHref, isGarminFeed } from './urls';

/**
 * The activities the feed shows, top to bottom, each once, with the entry that shows it; none off the home and feed
 * routes (the app keeps the document when the runner moves on). Whose they are is not read from the markup, which
 * no public source describes: HardDay stores runs only from the runner's own activity list, so the background counts
 * an entry as the runner's exactly when it links to one of those runs (`newestOwnRunInFeed`). A friend's entry
 * links to an activity HardDay never stored and gets nothing.
 */
export function garminFeedRuns(doc: Document = document, url: string = location.href): FeedRun[] {
  if (!isGarminFeed(url)) return [];
  const runs: FeedRun[] = [];
  const seen = new Set<string>();
  for (const link of Array.from(doc.querySelectorAll(feedSelectors.activityLink))) {
    const activityId = garminActivityIdOfHref(link.getAttribute('href'));
    if (!activityId || seen.has(activityId)) continue;
    seen.add(activityId);
    const part = feedEntryOf(link, activityId);
    if (part) runs.push({ activityId, part });
  }
  return runs;
}

/**
 * The entry around `link`: the first of the known containers that shows this activity alone, else the widest
 * ancestor a few levels up that does. Null when even the link's parent shows another activity: no guessing which
 * part of a shared container is this activity's (the line would sit beside someone else's entry).
 */
function feedEntryOf(link: Element, activityId: string): Element | null {
  for (const anchor of FEED_ENTRY_ANCHORS) {
    const entry = link.closest(anchor);
    if (entry && showsOnly(entry, activityId)) return entry;
  }
  let entry: Element | null = null;
  let node = link.parentElement;
  for (let level = 0; node && level < FEED_ENTRY_MAX_LEVELS; level++) {
    if (node === link.ownerDocument.body || !showsOnly(node, activityId)) break;
    entry = node;
    node = node.parentElement;
  }
  return entry;
}

/** True when every activity link inside `node` points to `activityId`. */
function showsOnly(node: Element, activityId: string): boolean {
  return Array.from(node.querySelectorAll(feedSelectors.activityLink)).every((link) => {
    const id = garminActivityIdOfHref(link.getAttribute('href'));
    return id === null || id === activityId;
  });
}
