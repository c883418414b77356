// Issue 12, the dashboard line, end to end: a runner lands on the Strava dashboard after an upload. The detector
// refreshes the recent runs, reads the runner's own entries in the feed and the background injects the dashboard
// line only because the newest run is among them: exactly one line, inside that run's entry, none on a friend's run or
// on the runner's older run. A correction in the popup repaints it. A feed without the newest run loads nothing,
// until the run's entry arrives later in the feed (feeds load lazily). A run uploaded minutes after the last list read
// gets its line on the next dashboard visit, without waiting for the next paced read.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { HARD_RUN, launchWithHardRunEndedAt, openProbe } from './loop-helpers.mjs';
import {
  correctToEasyInPopup,
  injectedInto as injectedIntoPage,
  openSessionFromLine,
  storedReadOutcomes,
  readLines as readLinesOf,
  waitForLine as waitForLineOf,
} from './line-helpers.mjs';
import { screenshot } from './page-helpers.mjs';
import { LIST_PATH, STRAVA, openSitePage, requestMark } from './site-helpers.mjs';

const kind = browserKind();
const DASHBOARD = `${STRAVA}/dashboard`;
/** The same dashboard at another address the detectors read as the dashboard: its feed lacks the newest run. */
const DASHBOARD_WITHOUT_NEWEST = `${STRAVA}/dashboard/following/30`;
const NEWEST = '16900000002';

/** Where Strava's dashboard keeps its entries and their activity links. */
const FEED = {
  entry: '[data-testid="web-feed-entry"]',
  activityLink: '[data-testid="activity_name"]',
  activityId: String.raw`\/activities\/(\d+)`,
};
const readLines = (page) => readLinesOf(page, FEED);
const waitForLine = (page, check, what) => waitForLineOf(page, FEED, check, what);

/**
 * The dashboard at DASHBOARD_WITHOUT_NEWEST: the feed fixture with the newest run's entry taken out, kept in the page
 * as a template a test can add back later.
 */
async function feedWithoutNewest() {
  const { module } = await loadSiteRoutes();
  const feed = await import('node:fs').then((fs) =>
    fs.readFileSync(module.fixturePath('strava/dashboard-feed-2026-11.html'), 'utf8'),
  );
  const start = feed.indexOf('<div class="react-card-container">', feed.indexOf(`/athletes/27182818`));
  const newestAt = feed.indexOf(`/activities/${NEWEST}"`, start);
  const from = feed.lastIndexOf('<div class="react-card-container">', newestAt);
  const to = feed.indexOf('<div class="react-card-container">', newestAt);
  const entry = feed.slice(from, to);
  const body = feed.slice(0, from) + `<template id="later">${entry}</template>` + feed.slice(to);
  return { url: DASHBOARD_WITHOUT_NEWEST, body, contentType: 'text/html; charset=utf-8' };
}

describe(`[${kind}] the dashboard line on the runner's newest run`, { timeout: 240_000 }, () => {
  let harness;
  let probe;

  before(async () => {
    ({ harness } = await launchWithHardRunEndedAt(kind, Date.now() - 30 * 60_000, {
      extraRoutes: [await feedWithoutNewest()],
    }));
    probe = await openProbe(harness);
  });

  after(async () => {
    await harness?.close();
  });

  const injectedInto = (page) => injectedIntoPage(probe, page);

  test(`[${kind}] exactly one line, on the own newest run; none on a friend's run or an older own run`, async () => {
    const { page, pageConsole } = await openSitePage(harness, DASHBOARD);
    const line = await waitForLine(page, (seen) => seen.effort === 'hard', 'a hard line');
    assert.equal(line.activity, NEWEST);
    assert.equal(line.entryActivity, NEWEST, 'inside the newest run’s own feed entry');
    assert.match(line.verdict, /^Hard day · Intervals/);
    assert.equal(line.advice, 'strength', 'the window is open 30 minutes after the hard run');
    assert.match(line.text, /left/, 'the window’s time left');
    assert.ok(line.openSession, 'Open session is offered');
    assert.equal((await injectedInto(page)).length, 1, 'the dashboard line injected once');
    // The read's outcome is kept for the popup over this tab, as the card's is.
    const outcomes = await storedReadOutcomes(probe);
    assert.ok(
      outcomes.some(
        (outcome) => outcome.url === DASHBOARD && outcome.verdict === 'read' && outcome.site === 'strava',
      ),
      `a 'read' outcome for the dashboard: ${JSON.stringify(outcomes)}`,
    );
    // Nothing in the friend's entry, the group run or the runner's older run.
    const inOtherEntries = await page.evaluate(
      (newest) =>
        Array.from(document.querySelectorAll('[data-testid="web-feed-entry"]')).filter(
          (entry) =>
            !entry.querySelector(`a[href="/activities/${newest}"]`) && entry.querySelector('hardday-line'),
        ).length,
      NEWEST,
    );
    assert.equal(inOtherEntries, 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('hardday-card').length), 0, 'no card');
    const host = await page.$('hardday-line');
    await host.evaluate((el) => el.closest('[data-testid="web-feed-entry"]').scrollIntoView());
    await screenshot(page, kind, 'dashboard-strava');
    await host.dispose();

    // "Open session" opens the session player for this run.
    await openSessionFromLine(harness, page);
    assert.deepEqual(pageConsole.errors(), []);
    await page.close();
  });

  test(`[${kind}] a correction in the popup repaints the line`, async () => {
    const { page } = await openSitePage(harness, DASHBOARD);
    await waitForLine(page, (seen) => seen.effort === 'hard', 'a hard line');
    await correctToEasyInPopup(harness);
    const line = await waitForLine(page, (seen) => seen.effort === 'easy', 'the line says easy');
    assert.equal(line.activity, NEWEST);
    assert.match(line.verdict, /^Easy day · Intervals \(your call\)/);
    assert.equal(line.advice, 'easy-day');
    assert.equal(line.openSession, false, 'no session on an easy day');
    await screenshot(page, kind, 'dashboard-strava-corrected');
    // Back to HardDay's verdict, through the background as the popup would.
    await probe.send('setOverride', { runKey: HARD_RUN.runKey, effort: null });
    await waitForLine(page, (seen) => seen.effort === 'hard', 'the line is hard again');
    await page.close();
  });

  test(`[${kind}] no line (and no feature) until the newest run's entry is in the feed`, async () => {
    const { page, pageConsole } = await openSitePage(harness, DASHBOARD_WITHOUT_NEWEST);
    await pageConsole.waitFor(/\[HardDay\] dashboard line: not for these entries/);
    assert.deepEqual(await injectedInto(page), [], 'nothing injected for an older own run');
    assert.deepEqual(await readLines(page), []);
    // The feed loads the newest run's entry later (the page's own scroll loading, simulated).
    await page.evaluate(() => {
      const later = document.getElementById('later');
      document.querySelector('.react-card-container').after(later.content.cloneNode(true));
    });
    const line = await waitForLine(
      page,
      (seen) => seen.activity === NEWEST,
      'a line once the entry is there',
    );
    assert.equal(line.entryActivity, NEWEST);
    assert.equal((await injectedInto(page)).length, 1);
    assert.deepEqual(pageConsole.errors(), []);
    await page.close();
  });
});

describe(`[${kind}] the dashboard line right after an upload`, { timeout: 180_000 }, () => {
  let harness;
  let uploaded = false;

  before(async () => {
    ({ harness } = await launchWithHardRunEndedAt(kind, Date.now() - 10 * 60_000, {
      hardRunUploaded: () => uploaded,
      extraRoutes: [await feedWithoutNewest()],
    }));
  });

  after(async () => {
    await harness?.close();
  });

  test(`[${kind}] a run uploaded after the last list read gets its line on the next visit`, async () => {
    // A first visit reads the list while the interval run is not uploaded yet (nor in the feed).
    const first = await openSitePage(harness, DASHBOARD_WITHOUT_NEWEST);
    await first.pageConsole.waitFor(/\[HardDay\] recent runs: [1-9]\d* read/);
    await first.page.close();
    // Minutes later the run is on Strava and tops the runner's feed: the next paced read would be five minutes on.
    uploaded = true;
    const mark = requestMark(harness);
    const { page, pageConsole } = await openSitePage(harness, DASHBOARD);
    await pageConsole.waitFor(/\[HardDay\] recent runs: not due/);
    const line = await waitForLine(page, (seen) => seen.activity === NEWEST, 'a line on the new upload');
    assert.equal(line.entryActivity, NEWEST);
    assert.equal(line.effort, 'hard');
    const lists = mark.apiSince().filter((url) => LIST_PATH.test(url));
    assert.equal(lists.length, 1, `one early list read for the unknown entry: ${lists.join(', ')}`);
    assert.deepEqual(pageConsole.errors(), []);
    await page.close();
    // Seen again, the entry is known: no further read until the interval is up.
    const again = requestMark(harness);
    const second = await openSitePage(harness, DASHBOARD);
    await waitForLine(second.page, (seen) => seen.activity === NEWEST, 'the line again');
    assert.deepEqual(
      again.apiSince().filter((url) => LIST_PATH.test(url)),
      [],
      'no list read for a known entry',
    );
    await second.page.close();
  });
});
