// Shared by the site-card, navigation and hostile-page browser tests: which fixture runs exist and what the card
// must say about them, which requests count as HardDay's API traffic, and small page probes (card count over
// time, clicks inside the card's shadow root). Every wait is a condition with a timeout.
import assert from 'node:assert/strict';
import { FIXTURE_ANCHOR, retime, shiftToEndAt } from '../fixtures/routes.mjs';
import { GECKO_ID } from './harness.mjs';
import { WAIT_TIMEOUT, watchConsole } from './page-helpers.mjs';

export const STRAVA = 'https://www.strava.com';
export const GARMIN = 'https://connect.garmin.com';
export const HARD_KINDS = ['race', 'long', 'intervals', 'tempo', 'hills'];
export const EASY_KINDS = ['easy', 'recovery'];

/**
 * The runner's own runs in the fixtures. `kind` is what the classifier decides for the fixture; where the research
 * allows a single answer (race, tagged long run, intervals) it is that answer. `anchor` names the FIXTURE_ANCHOR
 * entry used to move the run in time.
 */
export const OWN_RUNS = [
  {
    name: 'Strava easy run',
    anchor: 'strava-easy-run',
    url: `${STRAVA}/activities/16900000001`,
    kind: 'easy',
    effort: 'easy',
  },
  {
    name: 'Strava workout-tagged intervals with laps',
    anchor: 'strava-intervals',
    url: `${STRAVA}/activities/16900000002`,
    kind: 'intervals',
    effort: 'hard',
  },
  {
    name: 'Strava race',
    anchor: 'strava-race',
    url: `${STRAVA}/activities/16900000003`,
    kind: 'race',
    effort: 'hard',
  },
  {
    name: 'Strava tagged long run',
    anchor: 'strava-long-run',
    url: `${STRAVA}/activities/16900000004`,
    kind: 'long',
    effort: 'hard',
  },
  {
    // The DOM fallback: 38 min at an easy pace, auto laps.
    name: 'Strava run page without the inline script',
    anchor: 'strava-run-no-script',
    url: `${STRAVA}/activities/16900000007`,
    kind: 'easy',
    effort: 'easy',
  },
  {
    name: 'Garmin intervals with recovery laps',
    anchor: 'garmin-intervals',
    url: `${GARMIN}/app/activity/21500000001`,
    kind: 'intervals',
    effort: 'hard',
  },
  {
    // Training-effect label "base", but 151 m of climbing over 4.3 km: the classifier calls it hills.
    name: 'Garmin trail run',
    anchor: 'garmin-trail-run',
    url: `${GARMIN}/app/activity/21482825013`,
    kind: 'hills',
    effort: 'hard',
  },
  {
    // Training-effect label RECOVERY.
    name: 'Garmin easy run',
    anchor: 'garmin-easy-run',
    url: `${GARMIN}/app/activity/21500000003`,
    kind: 'recovery',
    effort: 'easy',
  },
  {
    name: 'Garmin race',
    anchor: 'garmin-race',
    url: `${GARMIN}/app/activity/21500000006`,
    kind: 'race',
    effort: 'hard',
  },
];

/** Pages that must get no card, with the API requests HardDay may make there at most. */
export const NO_CARD_RUNS = [
  {
    name: "someone else's Strava run",
    site: 'strava',
    url: `${STRAVA}/activities/16900000005`,
    allowedApi: [],
  },
  { name: 'a Strava ride', site: 'strava', url: `${STRAVA}/activities/16900000006`, allowedApi: [] },
  {
    name: "someone else's Garmin run",
    site: 'garmin',
    url: `${GARMIN}/app/activity/21500000004`,
    allowedApi: [`${GARMIN}/gc-api/activity-service/activity/21500000004`],
  },
  {
    name: 'a Garmin ride',
    site: 'garmin',
    url: `${GARMIN}/app/activity/21500000005`,
    allowedApi: [`${GARMIN}/gc-api/activity-service/activity/21500000005`],
  },
];

/**
 * The advice for a run that ended minutes ago: strength after a hard run, none after an easy one, and after a race
 * the light recovery routine (about a day per 4 km raced, so still in force minutes later).
 */
export function freshAdvice(run) {
  if (run.kind === 'race') return 'race-recovery';
  return run.effort === 'hard' ? 'strength' : 'easy-day';
}

/** The advice for a fixture on its own (weeks-old) date: the window after a hard run (or a race's recovery) is over. */
export function oldAdvice(effort) {
  return effort === 'hard' ? 'window-missed' : 'easy-day';
}

/** Whole seconds that move fixture `anchor` so it ended `minutes` ago. */
export function shiftToEndedAgo(anchor, minutes) {
  if (!FIXTURE_ANCHOR[anchor]) throw new Error(`no fixture anchor ${anchor}`);
  return shiftToEndAt(anchor, Date.now() - minutes * 60_000);
}

/**
 * A harness-wide `transform` that moves every served fixture by the same shift (so a run and the recent-activity
 * list that holds it stay consistent). `set(seconds)` changes the shift for the next pages served.
 */
export function retimer(initialShift = 0) {
  let shift = initialShift;
  return {
    transform: (text) => retime(text, shift),
    set(seconds) {
      shift = seconds;
    },
  };
}

// --- requests ----------------------------------------------------------------------------------------------------

/** The same-origin JSON HardDay reads (never the pages themselves). */
export const API_PATH =
  /^https:\/\/(?:www\.strava\.com\/(?:athlete\/training_activities|activities\/\d+\/lap_efforts)|connect\.garmin\.com\/gc-api\/)/;
export const LIST_PATH = /\/athlete\/training_activities\?|\/activitylist-service\//;
export const LAPS_PATH = /\/lap_efforts|\/splits/;

export function apiRequests(urls) {
  return urls.filter((url) => API_PATH.test(url));
}

/** Marks where a harness's request log stands; `since()` is everything requested after the mark. */
export function requestMark(harness) {
  const start = harness.requests.length;
  return {
    since: () => harness.requests.slice(start),
    apiSince: () => apiRequests(harness.requests.slice(start)),
  };
}

// --- pages -------------------------------------------------------------------------------------------------------

/** A new tab whose console is recorded from the start, navigated to a fixture page that must be served (200). */
export async function openSitePage(harness, url) {
  const page = await harness.newPage();
  const pageConsole = watchConsole(page);
  const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
  assert.equal(response?.status(), 200, `fixture served for ${url}`);
  return { page, pageConsole };
}

/** Waits until the page has no <hardday-card>. */
export async function waitForNoCard(page, { timeout = WAIT_TIMEOUT } = {}) {
  try {
    await page.waitForFunction(() => document.querySelectorAll('hardday-card').length === 0, {
      polling: 50,
      timeout,
    });
  } catch (error) {
    const count = await page
      .evaluate(() => document.querySelectorAll('hardday-card').length)
      .catch(() => '?');
    throw new Error(`${count} card(s) still on ${await page.evaluate(() => location.href)}`, {
      cause: error,
    });
  }
}

/**
 * Starts counting <hardday-card> elements in the page on every DOM change, so a test can tell whether two cards
 * (or a card for another activity) were ever on screen at once, not only at the moments it looked.
 * `kinds` lists, per path, the data-kind values seen while that path was in the address bar.
 */
export async function trackCards(page) {
  await page.evaluate(() => {
    const stats = { maxCount: 0, changes: 0, kindsByPath: {} };
    globalThis.__harddayCardStats = stats;
    const look = () => {
      const cards = document.querySelectorAll('hardday-card');
      stats.changes++;
      stats.maxCount = Math.max(stats.maxCount, cards.length);
      for (const card of cards) {
        const kind = card.getAttribute('data-kind');
        if (!kind) continue;
        const seen = (stats.kindsByPath[location.pathname] ??= []);
        if (!seen.includes(kind)) seen.push(kind);
      }
    };
    new MutationObserver(look).observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-kind'],
    });
    look();
  });
}

/** @returns {Promise<{ maxCount: number, changes: number, kindsByPath: Record<string, string[]> }>} */
export async function cardStats(page) {
  return page.evaluate(() => globalThis.__harddayCardStats);
}

/** Clicks a control inside the card's shadow root the way a user does (a real mouse click on it). */
export async function clickInCard(page, testId, { timeout = WAIT_TIMEOUT } = {}) {
  const control = await page.waitForSelector(`hardday-card >>> [data-testid="${testId}"]`, { timeout });
  if (!control) throw new Error(`no ${testId} in the card`);
  try {
    await control.click();
  } finally {
    await control.dispose().catch(() => {});
  }
}

/** What the card's shadow root shows: is the body there, and what the toggle says. */
export async function cardBodyState(page) {
  return page.evaluate(() => {
    const root = document.querySelector('hardday-card')?.shadowRoot;
    const body = root?.querySelector('.card-body');
    const toggle = root?.querySelector('[data-testid="card-toggle"]');
    return {
      bodyShown: Boolean(body && body.getClientRects().length > 0),
      expanded: toggle?.getAttribute('aria-expanded') ?? null,
    };
  });
}

/** Reloads a site page and waits for the new document (a marker set before the reload is gone). */
export async function reloadSitePage(page) {
  await page.evaluate(() => {
    globalThis.__harddayBeforeReload = true;
  });
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => !globalThis.__harddayBeforeReload, { polling: 50, timeout: WAIT_TIMEOUT });
}

/**
 * Waits until `predicate` (sync or async, run in Node) is true, checking every `interval` ms; for conditions on the
 * harness's own records (requests, storage) that no page event announces.
 */
export async function waitUntil(predicate, what, { timeout = WAIT_TIMEOUT, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await predicate()) return;
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * The DOM event a site's detector (WXT's content-script context, in the entrypoint `<site>-detector`) dispatches on
 * `window` when it sees the address change (`<runtime id>:<entrypoint>:wxt:locationchange`,
 * wxt/dist/utils/internal/custom-events). A page can listen for it to know the detector has looked at a new address.
 */
export function locationChangeEvent(harness, site) {
  const runtimeId = harness.kind === 'firefox' ? GECKO_ID : new URL(harness.extensionOrigin).host;
  return `${runtimeId}:${site}-detector:wxt:locationchange`;
}

/**
 * The popup as it opens over `sitePage`: the site tab in front, the popup (re)loaded behind it until it shows
 * `selector`; then the popup comes to the front to be used (a background tab paints no frames to click in).
 */
export async function popupOver(harness, sitePage, selector, popup) {
  const page = popup ?? (await harness.openPopup());
  await sitePage.bringToFront();
  await sitePage.waitForFunction(() => document.visibilityState === 'visible', {
    polling: 50,
    timeout: 10_000,
  });
  await harness.reloadExtensionPage(page);
  await page.waitForSelector(selector, { timeout: 20_000 });
  await page.bringToFront();
  return page;
}
