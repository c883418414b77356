import { browser } from 'wxt/browser';
import type { Run, SiteId } from '../core/types';
import { onMessage } from '../messaging/protocol';
import type { FetchLike } from '../queries/http';
import { shouldRefreshRecent } from '../queries/policy';
import type { ApiDeps } from '../queries/site-request';
import { createSiteQueryClient } from '../queries/site-query-client';
import { fetchGarminRecentFromPage } from '../sites/garmin/api';
import { selectors as garminSelectors, VIEWER_PROFILE_MARKER } from '../sites/garmin/site';
import { SITES } from '../sites/registry';
import { fetchStravaRecent } from '../sites/strava/api';
import { selectors as stravaSelectors } from '../sites/strava/site';
import type { Repository } from '../store/repository';
import { acceptedRuns, classifySender, currentPageUrl } from './senders';

/**
 * How a site's recent-activity list is read: the site's own API code, where its pages keep the csrf token, and the
 * word naming the page's inline scripts the read needs (Garmin's signed-in viewer, to tell the runner's runs).
 */
interface RecentList {
  read(deps: ApiDeps, pageScripts: readonly string[]): Promise<Run[]>;
  csrfMeta: string;
  scriptMarker?: string;
}

/**
 * The sites whose list pages the detector sends here: the Strava dashboard, where no card shows (Garmin's activity
 * list is refreshed by the card feature once the runner has opened an activity in the tab).
 */
const RECENT_LISTS: { readonly [Id in SiteId]?: RecentList } = {
  strava: { read: (deps) => fetchStravaRecent(deps), csrfMeta: stravaSelectors.csrfMeta },
  garmin: {
    read: (deps, pageScripts) => fetchGarminRecentFromPage(deps, pageScripts),
    csrfMeta: garminSelectors.csrfMeta,
    scriptMarker: VIEWER_PROFILE_MARKER,
  },
};

/** One same-origin answer as the page got it. */
export interface PageAnswer {
  status: number;
  body: string;
}

/**
 * Runs in the tab's isolated world, serialised by `scripting.executeScript` (so no closure and no imports): a GET of
 * `path` as the page's own (same origin, the page's cookies; in Firefox through the page's fetch, as the content
 * scripts do, utils/queries/http.ts). Nothing when the tab has meanwhile left `origin`.
 */
export async function getAsPage(
  origin: string,
  path: string,
  headers: Record<string, string>,
): Promise<PageAnswer | null> {
  if (location.origin !== origin) return null;
  const page = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  const response = page?.fetch
    ? await page.fetch(path, { method: 'GET', headers, credentials: 'same-origin' })
    : await fetch(path, { method: 'GET', headers, credentials: 'same-origin' });
  return { status: response.status, body: await response.text() };
}

/** Runs in the tab's isolated world like `getAsPage`: the page's csrf token, read from its meta element. */
export function csrfTokenOfPage(origin: string, selector: string): string | null {
  if (location.origin !== origin) return null;
  return document.querySelector(selector)?.getAttribute('content') ?? null;
}

/** Runs in the tab's isolated world like `getAsPage`: the page's inline scripts that hold `marker`. */
export function inlineScriptsOfPage(origin: string, marker: string): string[] | null {
  if (location.origin !== origin) return null;
  return Array.from(
    document.querySelectorAll('script:not([src])'),
    (script) => script.textContent ?? '',
  ).filter((text) => text.includes(marker));
}

/** Runs a serialisable function in a tab's top frame, isolated world; its result, or null. */
export type RunInTab = <Args extends unknown[], Result>(
  tabId: number,
  func: (...args: Args) => Result | Promise<Result>,
  args: Args,
) => Promise<Awaited<Result> | null>;

const runInTab: RunInTab = async (tabId, func, args) => {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    world: 'ISOLATED',
    func,
    args,
  });
  return (injection?.result ?? null) as never;
};

/** Statuses whose answers have no body (a Response with one cannot be built). */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** A fetch for the site's API code that asks through the tab, so the request is the page's own. */
export function fetchThroughTab(tabId: number, origin: string, run: RunInTab = runInTab): FetchLike {
  return async (input, init) => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const answer = await run(tabId, getAsPage, [origin, input, headers]);
    if (!answer) throw new Error(`the tab left ${origin}`);
    return new Response(NULL_BODY_STATUSES.has(answer.status) ? null : answer.body, {
      status: answer.status,
    });
  };
}

/**
 * Answers the detector's `refreshRecent` on a list page (docs/decisions/0007): the runner's recent runs are read from
 * the site's own list through the tab and stored, without the card feature in the page. At most once per
 * RECENT_LIST_MIN_INTERVAL_MS per site, counted from the last stored list (kept in storage, as the card's list
 * refresh counts it) and from the last attempt (kept while the worker lives, so a failing list is not asked again on
 * every page either); one at a time per site.
 *
 * Returns `refreshForUnseen`, for the dashboard line: when the feed's newest own entry is one no stored run is known
 * by, the runner has just uploaded it, and waiting out the interval would leave the dashboard they came to see
 * without its line. That entry's id then allows one read before the interval is up, once per id for the browser
 * session (remembered in session storage, which outlives the worker), so an own ride at the top of the feed, which
 * the list never keeps, costs one extra read and no more.
 */
export function registerRecentRefresh(
  repository: Repository,
  clock: () => Date,
  run: RunInTab = runInTab,
): { refreshForUnseen: RefreshForUnseen } {
  const lastAttempt = new Map<SiteId, number>();
  const inFlight = new Set<SiteId>();

  async function refresh(
    site: SiteId,
    list: RecentList,
    tabId: number,
    unseen?: string,
  ): Promise<number | false> {
    const now = clock().getTime();
    const lastStored = (await repository.items.listSyncItem.get())[site];
    const due = unseen
      ? await firstAskFor(site, unseen)
      : shouldRefreshRecent(lastStored ? Date.parse(lastStored) : undefined, now) &&
        shouldRefreshRecent(lastAttempt.get(site), now);
    if (!due || !(await repository.readSnapshot()).prefs.sites[site]) return false;
    lastAttempt.set(site, now);
    const client = createSiteQueryClient();
    try {
      const { origin } = SITES[site];
      const csrfToken = await run(tabId, csrfTokenOfPage, [origin, list.csrfMeta]);
      const pageScripts = list.scriptMarker
        ? ((await run(tabId, inlineScriptsOfPage, [origin, list.scriptMarker])) ?? [])
        : [];
      const read = await list.read(
        { client, fetch: fetchThroughTab(tabId, origin, run), csrfToken },
        pageScripts,
      );
      const runs = acceptedRuns(site, read);
      if (runs.length) await repository.recordRuns(runs);
      await repository.markListSynced(site, clock());
      return runs.length;
    } finally {
      client.clear();
    }
  }

  /** One refresh per site at a time: a second dashboard asking meanwhile gets false. */
  function refreshOnce(
    site: SiteId,
    list: RecentList,
    tabId: number,
    unseen?: string,
  ): Promise<number | false> {
    if (inFlight.has(site)) return Promise.resolve(false);
    inFlight.add(site);
    return refresh(site, list, tabId, unseen).finally(() => inFlight.delete(site));
  }

  onMessage('refreshRecent', ({ sender }) => {
    const kind = classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
    const tabId = sender.tab?.id;
    const list = kind.kind === 'site' ? RECENT_LISTS[kind.site] : undefined;
    if (
      kind.kind !== 'site' ||
      !list ||
      tabId === undefined ||
      tabId < 0 ||
      sender.frameId !== 0 ||
      !SITES[kind.site].isListPage(currentPageUrl(sender))
    ) {
      throw new Error('HardDay refused a list refresh from an unexpected sender.');
    }
    return refreshOnce(kind.site, list, tabId);
  });

  return {
    refreshForUnseen(site, tabId, activityId) {
      const list = RECENT_LISTS[site];
      return list ? refreshOnce(site, list, tabId, activityId) : Promise.resolve(false);
    },
  };
}

/**
 * Reads the site's recent list now for a feed entry no stored run is known by (see `registerRecentRefresh`); false
 * when that entry already had its read, or the site has no list read here. The caller checks the sender.
 */
export type RefreshForUnseen = (site: SiteId, tabId: number, activityId: string) => Promise<number | false>;

/** Session storage: per site, the feed entries that already had their early list read, newest last. */
export const UNSEEN_ASKED_KEY = 'recentReadForUnseen';
const UNSEEN_ASKED_KEPT = 20;

/** True the first time `activityId` asks (and remembers it); false after. */
async function firstAskFor(site: SiteId, activityId: string): Promise<boolean> {
  const stored = (await browser.storage.session.get(UNSEEN_ASKED_KEY))[UNSEEN_ASKED_KEY] as
    Partial<Record<SiteId, string[]>> | undefined;
  const asked = stored?.[site] ?? [];
  if (asked.includes(activityId)) return false;
  await browser.storage.session.set({
    [UNSEEN_ASKED_KEY]: { ...stored, [site]: [...asked, activityId].slice(-UNSEEN_ASKED_KEPT) },
  });
  return true;
}
