// Issue 4, end to end: Garmin Connect is a single-page app and Strava changes the address in place on activity
// subpages. The card follows: one card at a time, for the activity in the address bar, none on the activity list
// or on someone else's activity; twenty round trips leave one card and a clean console.
// The Garmin app-shell fixture re-renders its activity header on history.pushState/popstate, replacing its nodes
// like a framework would (and taking the card with them).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, readCard, screenshot, waitForCard } from './harness.mjs';
import {
  GARMIN,
  LIST_PATH,
  STRAVA,
  cardStats,
  locationChangeEvent,
  openSitePage,
  requestMark,
  trackCards,
  waitForNoCard,
  waitUntil,
} from './site-helpers.mjs';

const kind = browserKind();
const ROUND_TRIPS = 20;

const INTERVALS = { path: '/app/activity/21500000001', kind: 'intervals' };
const EASY = { path: '/app/activity/21500000003', kind: 'recovery' };
const SOMEONE_ELSE = { path: '/app/activity/21500000004', kind: null };
const LIST = { path: '/app/activities', kind: null };

async function pushState(page, path) {
  await page.evaluate((to) => history.pushState({}, '', to), path);
}

async function goBack(page) {
  await page.evaluate(() => history.back());
}

/** After a navigation: waits for the card of `expected` (or for no card), then checks there is exactly one. */
async function expectCardFor(page, expected, step) {
  await page.waitForFunction((path) => location.pathname === path, { polling: 50 }, expected.path);
  if (expected.kind === null) {
    await waitForNoCard(page);
    return;
  }
  const card = await waitForCard(page, { expect: { kind: expected.kind } });
  assert.equal(card.count, 1, `${step}: exactly one card`);
}

/** The number of console lines matching `pattern` so far. */
function countMessages(pageConsole, pattern) {
  return pageConsole.messages.filter(({ text }) => pattern.test(text)).length;
}

describe(`[${kind}] the card follows in-page navigation`, { timeout: 300_000 }, () => {
  let harness;
  /** Per Garmin navigation test: the card kinds seen under each address, at every DOM change. */
  const seenKinds = [];

  before(async () => {
    const { routes } = await loadSiteRoutes();
    harness = await launch(kind, { routes });
  });

  after(async () => {
    await harness?.close();
  });

  test(`[${kind}] Garmin: two own activities, someone else's, the list, and back: one right card at every step`, async () => {
    const { page, pageConsole } = await openSitePage(harness, `${GARMIN}${INTERVALS.path}`);
    await expectCardFor(page, INTERVALS, 'first load');
    await trackCards(page);

    await pushState(page, EASY.path);
    await expectCardFor(page, EASY, 'to the other own activity');
    await goBack(page);
    await expectCardFor(page, INTERVALS, 'back');

    const noCardLines = countMessages(pageConsole, /\[HardDay\] no card:/);
    await pushState(page, SOMEONE_ELSE.path);
    // The content script says when it has decided; only then is "no card" a verdict and not a moment.
    await waitUntil(
      () => countMessages(pageConsole, /\[HardDay\] no card:/) > noCardLines,
      "HardDay's verdict on someone else's activity",
    );
    await expectCardFor(page, SOMEONE_ELSE, "to someone else's activity");
    await goBack(page);
    await expectCardFor(page, INTERVALS, "back from someone else's activity");

    await pushState(page, LIST.path);
    await expectCardFor(page, LIST, 'to the activity list');
    await screenshot(page, kind, 'garmin-activity-list-no-card');
    await goBack(page);
    await expectCardFor(page, INTERVALS, 'back from the list');
    await screenshot(page, kind, 'garmin-after-navigation');

    const stats = await cardStats(page);
    seenKinds.push(stats.kindsByPath);
    assert.equal(stats.maxCount, 1, 'never two cards at once');
    assert.deepEqual(pageConsole.errors(), [], 'no error in the page console');
    await page.close();
  });

  test(`[${kind}] Garmin: ${ROUND_TRIPS} round trips between activities and the list leave exactly one card`, async () => {
    const { page, pageConsole } = await openSitePage(harness, `${GARMIN}${INTERVALS.path}`);
    await expectCardFor(page, INTERVALS, 'first load');
    await trackCards(page);
    const mark = requestMark(harness);
    for (let round = 1; round <= ROUND_TRIPS; round++) {
      await pushState(page, EASY.path);
      await expectCardFor(page, EASY, `round ${round}: to the other activity`);
      await goBack(page);
      await expectCardFor(page, INTERVALS, `round ${round}: back`);
      await pushState(page, LIST.path);
      await expectCardFor(page, LIST, `round ${round}: to the list`);
      await goBack(page);
      await expectCardFor(page, INTERVALS, `round ${round}: back from the list`);
    }
    const card = await readCard(page);
    assert.equal(card?.count, 1, 'exactly one card at the end');
    assert.equal(card?.kind, INTERVALS.kind);
    const stats = await cardStats(page);
    seenKinds.push(stats.kindsByPath);
    assert.equal(stats.maxCount, 1, 'never two cards at once');
    const lists = mark.apiSince().filter((url) => LIST_PATH.test(url));
    assert.ok(
      lists.length <= 1,
      `at most one activity-list request in ${ROUND_TRIPS} visits: ${lists.length}`,
    );
    assert.deepEqual(pageConsole.errors(), [], 'no error in the page console');
    await page.close();
  });

  test(`[${kind}] Garmin: while navigating, no card ever sat beside another activity's header, not even for a moment`, () => {
    // Every DOM change during the two tests above was looked at: a card may only carry the kind of the activity in
    // the address bar at that moment, and none may show on someone else's activity or on the list.
    assert.equal(seenKinds.length, 2, 'both navigation tests ran');
    for (const kindsByPath of seenKinds) {
      assert.deepEqual(kindsByPath, { [INTERVALS.path]: [INTERVALS.kind], [EASY.path]: [EASY.kind] });
    }
  });

  test(`[${kind}] Strava: moving to the activity's analysis and laps subpages keeps the one card`, async () => {
    const { page, pageConsole } = await openSitePage(harness, `${STRAVA}/activities/16900000002`);
    await waitForCard(page, { expect: { kind: 'intervals' } });
    await trackCards(page);
    await page.evaluate(
      (eventName) => {
        document.querySelector('hardday-card').__harddayFirstCard = true;
        globalThis.__harddayLocationChanges = 0;
        // HardDay's detector announces every address change it sees; counting them tells the test when the
        // script has looked at the new address.
        window.addEventListener(eventName, () => globalThis.__harddayLocationChanges++);
      },
      locationChangeEvent(harness, 'strava'),
    );
    const subpages = ['/activities/16900000002/analysis', '/activities/16900000002/laps'];
    for (const [index, path] of subpages.entries()) {
      await pushState(page, path);
      await page.waitForFunction(
        (seen) => globalThis.__harddayLocationChanges >= seen,
        { polling: 50 },
        index + 1,
      );
      const card = await waitForCard(page, { expect: { kind: 'intervals' } });
      assert.equal(card.count, 1, `one card on ${path}`);
    }
    await goBack(page);
    await goBack(page);
    await page.waitForFunction(() => globalThis.__harddayLocationChanges >= 4, { polling: 50 });
    assert.equal(await page.evaluate(() => location.pathname), '/activities/16900000002');
    assert.equal(
      await page.evaluate(() => document.querySelector('hardday-card')?.__harddayFirstCard === true),
      true,
      'the same card stayed (not removed and mounted again)',
    );
    assert.equal((await cardStats(page)).maxCount, 1, 'never two cards at once');
    assert.deepEqual(pageConsole.errors(), [], 'no error in the page console');
    await page.close();
  });

  test(`[${kind}] no request went to any host but the two sites`, () => {
    assert.deepEqual(harness.blockedRequests, []);
  });
});
