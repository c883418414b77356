// Issue 12, the dashboard line on Garmin Connect, end to end: a runner lands on the news feed (or home) after a
// sync. The detector refreshes the recent runs from the runner's own activity list, reads the activities the feed
// shows and the background injects the line only because the newest stored run is among them: exactly one line,
// inside that run's card, none on a friend's newer run or on the runner's older run. A correction in the popup
// repaints it. The app keeps its document across routes: home → an activity → home shows one line, then one card,
// then one line again, each feature loaded once. A feed without the newest run loads nothing until its card arrives.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, readCard, waitForCard } from './harness.mjs';
import { openProbe } from './loop-helpers.mjs';
import {
  correctToEasyInPopup,
  injectedInto as injectedIntoPage,
  openSessionFromLine,
  storedReadOutcomes,
  readLines as readLinesOf,
  waitForLine as waitForLineOf,
} from './line-helpers.mjs';
import { screenshot } from './page-helpers.mjs';
import { GARMIN, cardStats, openSitePage, trackCards, waitForNoCard, waitUntil } from './site-helpers.mjs';

const kind = browserKind();
const NEWSFEED = `${GARMIN}/app/newsfeed`;
const HOME = `${GARMIN}/app/home`;
/** A feed address the detector reads as the feed, served without the newest run's card (it comes later). */
const FEED_WITHOUT_NEWEST = `${GARMIN}/app/newsfeed/connections`;
const NEWEST = '21500000001';
const RUN_KEY = `garmin:${NEWEST}`;
const CARD = '[class*="ActivityCard_activityContainer"]';

/** Where Garmin Connect's feed keeps its activity cards and their activity links. */
const FEED = {
  entry: CARD,
  activityLink: '[class*="ActivityCard_activityName"]',
  activityId: String.raw`\/activity\/(\d+)`,
};
const readLines = (page) => readLinesOf(page, FEED);
const waitForLine = (page, check, what) => waitForLineOf(page, FEED, check, what);

/** Counts <hardday-line> and <hardday-card> at every DOM change, so two of either at once would not go unseen. */
async function trackLines(page) {
  await page.evaluate(() => {
    const stats = { maxLines: 0 };
    globalThis.__harddayLineStats = stats;
    const look = () => {
      stats.maxLines = Math.max(stats.maxLines, document.querySelectorAll('hardday-line').length);
    };
    new MutationObserver(look).observe(document.documentElement, { childList: true, subtree: true });
    look();
  });
}

describe(
  `[${kind}] the Garmin Connect dashboard line on the runner's newest run`,
  { timeout: 300_000 },
  () => {
    let harness;
    let probe;

    before(async () => {
      const { routes, retime, module } = await loadSiteRoutes();
      // The interval run ended 30 minutes ago; the activity list holds nothing after it (the later fixture runs, moved,
      // would lie in the future).
      const shift = module.shiftToEndAt('garmin-intervals', Date.now() - 30 * 60_000);
      const latestStart = Date.parse(module.FIXTURE_ANCHOR['garmin-intervals'].start) + shift * 1000;
      const transform = (text, _route, url) => {
        if (new URL(url).hostname !== 'connect.garmin.com') return text;
        const moved = retime(text, shift);
        if (!new URL(url).pathname.startsWith('/gc-api/activitylist-service/')) return moved;
        return JSON.stringify(
          JSON.parse(moved).filter((item) => !(Date.parse(`${item.startTimeGMT}Z`) > latestStart)),
        );
      };
      // The newest run's card taken out of the feed: kept in the page as a template the test adds back later.
      const feed = fs.readFileSync(module.fixturePath('garmin/newsfeed-2026-12.html'), 'utf8');
      const newestAt = feed.indexOf(`href="/app/activity/${NEWEST}"`);
      const cardOpen = '<div class="ActivityCard_activityContainer__Hx7Qa">';
      const from = feed.lastIndexOf(cardOpen, newestAt);
      const to = feed.indexOf(cardOpen, newestAt);
      const withoutNewest =
        feed.slice(0, from) +
        feed.slice(to).replace('</body>', `<template id="later">${feed.slice(from, to)}</template></body>`);
      harness = await launch(kind, {
        routes,
        transform,
        extraRoutes: [
          { url: FEED_WITHOUT_NEWEST, body: withoutNewest, contentType: 'text/html; charset=utf-8' },
          // The app serves one shell for every route: the run's address loads the same app, which renders the run.
          { url: `${GARMIN}/app/activity/${NEWEST}`, body: feed, contentType: 'text/html; charset=utf-8' },
        ],
      });
      probe = await openProbe(harness);
    });

    after(async () => {
      await harness?.close();
    });

    const injectedInto = (page) => injectedIntoPage(probe, page);

    test(`[${kind}] exactly one line, on the own newest run; none on a friend's run or an older own run`, async () => {
      const { page, pageConsole } = await openSitePage(harness, NEWSFEED);
      const line = await waitForLine(page, (seen) => seen.effort === 'hard', 'a hard line');
      assert.equal(line.activity, NEWEST);
      assert.equal(line.entryActivity, NEWEST, 'inside the newest run’s own card');
      assert.match(line.verdict, /^Hard day · Intervals/);
      assert.equal(line.advice, 'strength', 'the window is open 30 minutes after the hard run');
      assert.match(line.text, /left/, 'the window’s time left');
      assert.ok(line.openSession, 'Open session is offered');
      assert.deepEqual(
        (await injectedInto(page)).map((injection) => [injection.site, injection.feature]),
        [['garmin', 'line']],
        'the Garmin line injected once, and no card feature',
      );
      const outcomes = await storedReadOutcomes(probe);
      assert.ok(
        outcomes.some(
          (outcome) => outcome.url === NEWSFEED && outcome.verdict === 'read' && outcome.site === 'garmin',
        ),
        `a 'read' outcome for the feed: ${JSON.stringify(outcomes)}`,
      );
      // Nothing in the friend's newer run, the friend's ride or the runner's older trail run.
      const inOtherCards = await page.evaluate(
        (cardSelector, newest) =>
          Array.from(document.querySelectorAll(cardSelector)).filter(
            (card) =>
              !card.querySelector(`a[href="/app/activity/${newest}"]`) && card.querySelector('hardday-line'),
          ).length,
        CARD,
        NEWEST,
      );
      assert.equal(inOtherCards, 0);
      assert.equal(await readCard(page), null, 'no card on the feed');
      await page.evaluate(() => document.querySelector('hardday-line').scrollIntoView({ block: 'center' }));
      await screenshot(page, 'garmin-dashboard-line', kind);

      // "Open session" opens the session player.
      await openSessionFromLine(harness, page);
      assert.deepEqual(pageConsole.errors(), []);
      await page.close();
    });

    test(`[${kind}] a correction in the popup repaints the line`, async () => {
      const { page } = await openSitePage(harness, NEWSFEED);
      await waitForLine(page, (seen) => seen.effort === 'hard', 'a hard line');
      await correctToEasyInPopup(harness);
      const line = await waitForLine(page, (seen) => seen.effort === 'easy', 'the line says easy');
      assert.equal(line.activity, NEWEST);
      assert.match(line.verdict, /^Easy day · Intervals \(your call\)/);
      assert.equal(line.advice, 'easy-day');
      assert.equal(line.openSession, false, 'no session on an easy day');
      await page.evaluate(() => document.querySelector('hardday-line').scrollIntoView({ block: 'center' }));
      await screenshot(page, 'garmin-dashboard-line-corrected', kind);
      await probe.send('setOverride', { runKey: RUN_KEY, effort: null });
      await waitForLine(page, (seen) => seen.effort === 'hard', 'the line is hard again');
      await page.close();
    });

    test(`[${kind}] home → the run → home in the app: one line, then one card, then one line; each loaded once`, async () => {
      const { page, pageConsole } = await openSitePage(harness, HOME);
      await waitForLine(page, (seen) => seen.activity === NEWEST, 'the line on home');
      await trackCards(page);
      await trackLines(page);
      for (let round = 1; round <= 3; round++) {
        await page.evaluate((to) => history.pushState({}, '', to), `/app/activity/${NEWEST}`);
        const card = await waitForCard(page, { expect: { kind: 'intervals' } });
        assert.equal(card.count, 1, `round ${round}: one card on the activity`);
        await waitUntil(async () => (await readLines(page)).length === 0, `round ${round}: the line leaves`);
        await page.evaluate(() => history.back());
        await page.waitForFunction(() => location.pathname === '/app/home', { polling: 50 });
        await waitForNoCard(page);
        const line = await waitForLine(
          page,
          (seen) => seen.activity === NEWEST,
          `round ${round}: the line is back`,
        );
        assert.equal(line.entryActivity, NEWEST);
      }
      assert.equal((await cardStats(page)).maxCount, 1, 'never two cards at once');
      assert.equal(
        await page.evaluate(() => globalThis.__harddayLineStats.maxLines),
        1,
        'never two lines at once',
      );
      assert.deepEqual(
        (await injectedInto(page)).map((injection) => injection.feature).sort(),
        ['card', 'line'],
        'the line and the card feature loaded once each',
      );
      assert.deepEqual(pageConsole.errors(), []);
      await page.close();
    });

    test(`[${kind}] from the run to the feed in the app: the card, then the line, each loaded once`, async () => {
      const { page, pageConsole } = await openSitePage(harness, `${GARMIN}/app/activity/${NEWEST}`);
      await waitForCard(page, { expect: { kind: 'intervals' } });
      assert.deepEqual(await readLines(page), []);
      await page.evaluate(() => history.pushState({}, '', '/app/newsfeed'));
      const line = await waitForLine(page, (seen) => seen.activity === NEWEST, 'the line on the feed');
      assert.equal(line.entryActivity, NEWEST);
      await waitForNoCard(page);
      assert.deepEqual(
        (await injectedInto(page)).map((injection) => injection.feature),
        ['card', 'line'],
        'the card feature, then the line',
      );
      assert.deepEqual(pageConsole.errors(), []);
      await page.close();
    });

    test(`[${kind}] no line (and no feature) until the newest run's card is in the feed`, async () => {
      const { page, pageConsole } = await openSitePage(harness, FEED_WITHOUT_NEWEST);
      await pageConsole.waitFor(/\[HardDay\] dashboard line: not for these entries/);
      assert.deepEqual(
        await injectedInto(page),
        [],
        'nothing injected for a friend’s run and an older own run',
      );
      assert.deepEqual(await readLines(page), []);
      // The feed loads the newest run's card later (the app's own loading, simulated).
      await page.evaluate((cardSelector) => {
        const later = document.getElementById('later');
        document.querySelector(cardSelector).after(later.content.cloneNode(true));
      }, CARD);
      const line = await waitForLine(
        page,
        (seen) => seen.activity === NEWEST,
        'a line once the card is there',
      );
      assert.equal(line.entryActivity, NEWEST);
      assert.equal((await injectedInto(page)).length, 1);
      assert.deepEqual(pageConsole.errors(), []);
      await page.close();
    });

    test(`[${kind}] no request went to any host but the two sites`, () => {
      assert.deepEqual(harness.blockedRequests, []);
    });
  },
);
