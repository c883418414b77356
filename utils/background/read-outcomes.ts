import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { SiteId } from '../core/types';
import { onMessage } from '../messaging/protocol';
import { garminShown, garminShownChecks } from '../sites/garmin/shown';
import { SITES, siteAtOrigin } from '../sites/registry';
import { stravaShown, stravaShownChecks } from '../sites/strava/shown';
import {
  knownChecksOnly,
  READ_OUTCOMES_KEY,
  READ_REASONS,
  READ_VERDICTS,
  samePage,
  type ShownRun,
  type TabReadOutcome,
} from '../views/read-outcome';
import { classifySender } from './senders';

/** Tabs whose outcome is kept at most (the newest reads); more tabs on the two sites are rare. */
const MAX_TABS = 40;

/** A content script's `readOutcome` (PageReadReport and the page's address). */
const ReportSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(2048), v.url()),
  verdict: v.picklist(READ_VERDICTS),
  reason: v.optional(v.picklist(READ_REASONS)),
  checks: v.optional(v.record(v.pipe(v.string(), v.maxLength(120)), v.boolean())),
  page: v.optional(v.unknown()),
  anchor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

const ShownRunSchema = v.object({
  title: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  start: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  elapsedS: v.optional(v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(7 * 86_400))),
  distanceM: v.optional(v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(1_000_000))),
});

/** The valid fields only: an unreadable one is left out, never the whole record. */
export function cleanShown(shown: Partial<Record<keyof ShownRun, unknown>>): ShownRun | undefined {
  const clean: ShownRun = {};
  for (const key of ['title', 'start', 'elapsedS', 'distanceM'] as const) {
    const parsed = v.safeParse(ShownRunSchema.entries[key], shown[key]);
    if (parsed.success && parsed.output !== undefined) Object.assign(clean, { [key]: parsed.output });
  }
  return Object.keys(clean).length ? clean : undefined;
}

type Outcomes = Record<string, TabReadOutcome>;

/**
 * One tab's outcome from a content script's report. For a page HardDay could not read: which of the site's known
 * parts were there (from the report and the page's texts), and of the texts only what reads as a title, start, time
 * or distance (for the hand entry). Nothing else from the page is kept.
 */
export function tabOutcome(site: SiteId, report: v.InferOutput<typeof ReportSchema>): TabReadOutcome {
  const { verdict, reason, url, page, anchor } = report;
  const base = { site, url, verdict, ...(reason ? { reason } : {}) };
  // Only one of the site's own card anchors is kept: a name from a fixed list, never the page's text.
  const known = verdict === 'read' && anchor && SITES[site].cardAnchors.includes(anchor);
  if (verdict !== 'unreadable') return { ...base, checks: {}, ...(known ? { anchor } : {}) };
  const strava = site === 'strava';
  const shown = cleanShown(strava ? stravaShown(page) : garminShown(page));
  const pageChecks = strava ? stravaShownChecks(page) : garminShownChecks(page);
  return {
    ...base,
    checks: knownChecksOnly(site, { ...pageChecks, ...report.checks }),
    ...(shown ? { shown } : {}),
  };
}

/**
 * Keeps each tab's last read outcome (issue 14) in session storage, where the popup opened over the tab finds it:
 * in memory only, never readable by content scripts, gone with the browser. A tab's outcome goes when the tab closes
 * or shows another page. Writes happen one at a time, so two reports never overwrite each other's tabs.
 */
export function registerReadOutcomes(): void {
  let queue: Promise<unknown> = Promise.resolve();
  const update = (change: (outcomes: Outcomes) => boolean) => {
    const next = queue.then(async () => {
      const stored = (await browser.storage.session.get(READ_OUTCOMES_KEY))[READ_OUTCOMES_KEY];
      const outcomes: Outcomes = stored && typeof stored === 'object' ? { ...(stored as Outcomes) } : {};
      if (change(outcomes)) await browser.storage.session.set({ [READ_OUTCOMES_KEY]: outcomes });
    });
    queue = next.catch((error: unknown) => console.warn('[HardDay] read outcomes', error));
    return next;
  };

  onMessage('readOutcome', ({ data, sender }) => {
    const kind = classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
    const tabId = sender.tab?.id;
    const report = v.parse(ReportSchema, data);
    // Only a site's own content script, in a tab's top frame, speaking of a page of its own site.
    if (
      kind.kind !== 'site' ||
      tabId === undefined ||
      tabId < 0 ||
      sender.frameId !== 0 ||
      siteAtOrigin(report.url) !== kind.site
    ) {
      throw new Error('HardDay refused a read outcome from an unexpected sender.');
    }
    const outcome = tabOutcome(kind.site, report);
    return update((outcomes) => {
      delete outcomes[tabId];
      // Integer keys list in ascending order, and tab ids grow: the oldest tabs come first and go first.
      const ids = Object.keys(outcomes);
      for (const id of ids.slice(0, Math.max(0, ids.length - (MAX_TABS - 1)))) delete outcomes[id];
      outcomes[tabId] = outcome;
      return true;
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void update((outcomes) => tabId in outcomes && delete outcomes[tabId]);
  });
  // Another page in the tab (a load or an in-app navigation): its outcome is not this page's any more.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    const url = change.url;
    void update((outcomes) => {
      const outcome = outcomes[tabId];
      return !!outcome && !samePage(outcome.url, url) && delete outcomes[tabId];
    });
  });
}
