// Issue 4, end to end: the card on each of the runner's own runs says the right kind, effort and advice (fresh:
// strength after a hard run, none after an easy one; weeks old: the window was missed), the "this was easy/hard"
// correction changes the verdict and the advice together without a reload, a collapsed card stays collapsed, and
// HardDay asks the sites for nothing it does not need (nothing at all on someone else's Strava run).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, readCard, screenshot, screenshotCard, waitForCard } from './harness.mjs';
import {
  LAPS_PATH,
  LIST_PATH,
  NO_CARD_RUNS,
  OWN_RUNS,
  apiRequests,
  cardBodyState,
  clickInCard,
  freshAdvice,
  oldAdvice,
  openSitePage,
  reloadSitePage,
  requestMark,
  retimer,
  shiftToEndedAgo,
  waitUntil,
} from './site-helpers.mjs';

const kind = browserKind();
const ENDED_MINUTES_AGO = 30;

/** The activity id in a fixture page URL (both sites end the path with it). */
const activityId = (url) => /(\d+)$/.exec(new URL(url).pathname)?.[1] ?? '';

/**
 * Own run: the activity's JSON, its laps, and the recent-activity list at most once; nothing for other activities.
 */
function assertOwnRunRequests(run, urls) {
  const id = activityId(run.url);
  const api = apiRequests(urls);
  const foreign = api.filter((url) => !LIST_PATH.test(url) && !url.includes(`/${id}`));
  assert.deepEqual(foreign, [], `API requests for other activities while showing ${run.url}`);
  assert.ok(
    api.filter((url) => LIST_PATH.test(url)).length <= 1,
    `at most one list request: ${api.join(', ')}`,
  );
  assert.ok(
    api.some((url) => LAPS_PATH.test(url)),
    `the laps of the runner's own run were read: ${api.join(', ')}`,
  );
  assert.equal(new Set(api).size, api.length, `no request repeated: ${api.join(', ')}`);
}

describe(
  `[${kind}] the card on each own run, corrections, collapse and site requests`,
  { timeout: 600_000 },
  () => {
    let routes;
    /** Shared by the old-date cards and the no-card pages: every fixture on its own date. */
    let harness;
    const blocked = [];
    const unmatched = [];

    before(async () => {
      routes = (await loadSiteRoutes()).routes;
      harness = await launch(kind, { routes });
    });

    after(async () => {
      await harness?.close();
    });

    for (const run of OWN_RUNS) {
      const advice = freshAdvice(run);
      test(`[${kind}] ${run.name}, ended ${ENDED_MINUTES_AGO} min ago: ${run.kind}/${run.effort}, advice ${advice}`, async () => {
        // A fresh profile per run: what the card says about one run must not depend on runs stored by another test.
        const fresh = await launch(kind, {
          routes,
          transform: retimer(shiftToEndedAgo(run.anchor, ENDED_MINUTES_AGO)).transform,
        });
        try {
          const { page, pageConsole } = await openSitePage(fresh, run.url);
          const expect = { kind: run.kind, effort: run.effort, advice };
          const card = await waitForCard(page, { expect });
          assert.equal(card.count, 1, 'exactly one card');
          // The first card asks for the recent-activity list; the card must still say the same once it is stored.
          await waitUntil(
            () => fresh.requests.some((url) => LIST_PATH.test(url)),
            'the recent-activity list request',
          );
          assert.equal((await waitForCard(page, { expect })).count, 1, 'still exactly one card');
          await screenshotCard(page, kind, `card-${run.anchor}-fresh`);
          assertOwnRunRequests(run, fresh.requests);
          assert.deepEqual(pageConsole.errors(), [], 'no error in the page console');
        } finally {
          blocked.push(...fresh.blockedRequests);
          unmatched.push(...fresh.unmatchedRequests);
          await fresh.close();
        }
      });
    }

    for (const run of OWN_RUNS) {
      const advice = oldAdvice(run.effort);
      test(`[${kind}] ${run.name}, on its own date weeks ago: ${run.kind}/${run.effort}, advice ${advice}`, async () => {
        const mark = requestMark(harness);
        const { page, pageConsole } = await openSitePage(harness, run.url);
        const card = await waitForCard(page, { expect: { kind: run.kind, effort: run.effort, advice } });
        assert.equal(card.count, 1, 'exactly one card');
        await screenshotCard(page, kind, `card-${run.anchor}-old`);
        assertOwnRunRequests(run, mark.since());
        assert.deepEqual(pageConsole.errors(), [], 'no error in the page console');
        await page.close();
      });
    }

    for (const where of NO_CARD_RUNS) {
      const allowed = where.allowedApi.length ? 'only the one activity request' : 'no request at all';
      test(`[${kind}] ${where.name}: no card, and HardDay makes ${allowed}`, async () => {
        const mark = requestMark(harness);
        const { page, pageConsole } = await openSitePage(harness, where.url);
        await pageConsole.waitFor(/\[HardDay\] no card:/);
        assert.equal(await readCard(page), null, 'no <hardday-card>');
        assert.deepEqual(mark.apiSince(), where.allowedApi, 'API requests');
        if (where.site === 'strava') {
          // The page says whose run it is: the only request is the page itself.
          assert.deepEqual(mark.since(), [where.url], 'every request made while the page was open');
        }
        assert.deepEqual(pageConsole.errors(), [], 'no error in the page console');
        await page.close();
      });
    }

    describe(`[${kind}] the card's own controls`, () => {
      let interactive;
      const shift = retimer();

      before(async () => {
        interactive = await launch(kind, { routes, transform: shift.transform });
      });

      after(async () => {
        blocked.push(...(interactive?.blockedRequests ?? []));
        await interactive?.close();
      });

      for (const run of OWN_RUNS.filter((r) => ['strava-intervals', 'garmin-race'].includes(r.anchor))) {
        test(`[${kind}] ${run.name}: "this was an easy run" flips effort and advice together, and back, without a reload`, async () => {
          shift.set(shiftToEndedAgo(run.anchor, ENDED_MINUTES_AGO));
          const hardAdvice = freshAdvice(run);
          const { page, pageConsole } = await openSitePage(interactive, run.url);
          await waitForCard(page, { expect: { kind: run.kind, effort: 'hard', advice: hardAdvice } });
          // Records effort and advice at every change of the card, to catch a moment where only one had changed.
          await page.evaluate(() => {
            const host = document.querySelector('hardday-card');
            globalThis.__harddaySamePage = true;
            globalThis.__harddayPairs = [];
            new MutationObserver(() =>
              globalThis.__harddayPairs.push(`${host.dataset.effort}/${host.dataset.advice}`),
            ).observe(host, { attributes: true });
          });

          await clickInCard(page, 'card-correct');
          await waitForCard(page, { expect: { effort: 'easy', advice: 'easy-day' } });
          await screenshotCard(page, kind, `card-${run.anchor}-corrected-easy`);
          await clickInCard(page, 'card-correct-reset');
          await waitForCard(page, { expect: { kind: run.kind, effort: 'hard', advice: hardAdvice } });

          const pairs = await page.evaluate(() => globalThis.__harddayPairs);
          assert.ok(pairs.includes('easy/easy-day'), `the card showed the correction: ${pairs}`);
          for (const pair of pairs)
            assert.ok([`hard/${hardAdvice}`, 'easy/easy-day'].includes(pair), `mixed state ${pair}`);
          assert.equal(
            await page.evaluate(() => globalThis.__harddaySamePage),
            true,
            'the page was not reloaded',
          );
          assert.deepEqual(pageConsole.errors(), [], 'no error in the page console');
          await page.close();
        });
      }

      test(`[${kind}] collapsing the card hides its body, and the choice survives a reload`, async () => {
        const run = OWN_RUNS.find((r) => r.anchor === 'strava-intervals');
        shift.set(shiftToEndedAgo(run.anchor, ENDED_MINUTES_AGO));
        const { page, pageConsole } = await openSitePage(interactive, run.url);
        await waitForCard(page, { expect: { kind: run.kind } });
        assert.deepEqual(await cardBodyState(page), { bodyShown: true, expanded: 'true' }, 'starts expanded');

        const collapsed = { bodyShown: false, expanded: 'false' };
        await clickInCard(page, 'card-toggle');
        await waitUntil(
          async () => isDeepStrictEqual(await cardBodyState(page), collapsed),
          'the card to collapse',
        );
        await screenshotCard(page, kind, 'card-collapsed');

        await reloadSitePage(page);
        await waitForCard(page, { expect: { kind: run.kind } });
        await waitUntil(
          async () => isDeepStrictEqual(await cardBodyState(page), collapsed),
          'collapsed after a reload',
        );

        // And back: expanding is remembered too (also leaves the shared setting as the other tests expect it).
        await clickInCard(page, 'card-toggle');
        await waitUntil(async () => (await cardBodyState(page)).bodyShown, 'the card to expand');
        await reloadSitePage(page);
        await waitForCard(page, { expect: { kind: run.kind } });
        await waitUntil(async () => (await cardBodyState(page)).bodyShown, 'expanded after a reload');
        await screenshot(page, kind, 'page-strava-intervals-card');
        assert.deepEqual(pageConsole.errors(), [], 'no error in the page console');
        await page.close();
      });
    });

    test(`[${kind}] no request went to any host but www.strava.com and connect.garmin.com`, () => {
      blocked.push(...harness.blockedRequests);
      unmatched.push(...harness.unmatchedRequests);
      assert.deepEqual(blocked, []);
      assert.deepEqual(unmatched, [], 'every site request was one the fixtures answer');
    });
  },
);
