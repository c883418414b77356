// Issue 16, end to end: the Strava dashboard shows no card and gets no card feature, yet opening it still brings the
// runner's new runs into HardDay. The detector asks the background, which reads the recent-activity list through the
// tab (as the page, with its csrf token) and stores it; the popup then shows the run. A second visit within five
// minutes asks the site for nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserKind } from './context.mjs';
import { HARD_RUN, launchWithHardRunEndedAt, openProbe, readTestId, waitForTestId } from './loop-helpers.mjs';
import { LIST_PATH, STRAVA, openSitePage, requestMark } from './site-helpers.mjs';

const kind = browserKind();
const DASHBOARD = `${STRAVA}/dashboard`;
const DASHBOARD_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="dashboard-csrf-token">
<title>Dashboard | Strava</title></head><body><h1>Dashboard</h1><main id="feed"></main></body></html>`;

describe(
  `[${kind}] the Strava dashboard refreshes the recent runs without the card feature`,
  { timeout: 180_000 },
  () => {
    let harness;
    let probe;

    before(async () => {
      ({ harness } = await launchWithHardRunEndedAt(kind, Date.now() - 30 * 60_000, {
        extraRoutes: [{ url: DASHBOARD, body: DASHBOARD_HTML, contentType: 'text/html; charset=utf-8' }],
      }));
      probe = await openProbe(harness);
    });

    after(async () => {
      await harness?.close();
    });

    test(`[${kind}] a dashboard visit brings the new run into the popup`, async () => {
      const empty = await harness.openPopup({ skipOnboarding: true });
      assert.ok(await waitForTestId(empty, 'no-run'), 'nothing seen yet');
      await empty.close();

      const mark = requestMark(harness);
      const { page, pageConsole } = await openSitePage(harness, DASHBOARD);
      await pageConsole.waitFor(/\[HardDay\] recent runs: [1-9]\d* read/);
      const stored = await probe.waitForStorage((s) =>
        s.runs?.some((run) => `${run.source}:${run.id}` === HARD_RUN.runKey),
      );
      assert.ok(stored.listSync?.strava, 'the list read is remembered, so the next pages do not ask again');
      const lists = mark.apiSince().filter((url) => LIST_PATH.test(url));
      assert.equal(lists.length, 1, `one list request: ${lists.join(', ')}`);
      assert.deepEqual(
        mark.apiSince().filter((url) => !LIST_PATH.test(url)),
        [],
        'no activity is read on the dashboard',
      );
      const injections = await probe.page.evaluate(() =>
        (globalThis.browser ?? globalThis.chrome).storage.session.get('featureInjections'),
      );
      assert.deepEqual(
        Object.values(injections.featureInjections ?? {}).flat(),
        [],
        'no card feature on the dashboard',
      );
      assert.equal(await page.evaluate(() => document.querySelectorAll('hardday-card').length), 0);
      assert.deepEqual(pageConsole.errors(), []);
      await page.close();

      const popup = await harness.openPopup({ skipOnboarding: true });
      const summary = await waitForTestId(popup, 'run-summary');
      assert.equal(summary.data.effort, 'hard', 'the popup shows the hard run from the list');
      assert.equal(await readTestId(popup, 'no-run'), null);
      await popup.close();
    });

    test(`[${kind}] a second visit within five minutes asks Strava for nothing`, async () => {
      const before = (await probe.storage()).listSync?.strava;
      const mark = requestMark(harness);
      const { page, pageConsole } = await openSitePage(harness, DASHBOARD);
      await pageConsole.waitFor(/\[HardDay\] recent runs: not due/);
      assert.equal((await probe.storage()).listSync?.strava, before);
      assert.deepEqual(
        mark.apiSince().filter((url) => LIST_PATH.test(url)),
        [],
        'no list request within five minutes',
      );
      await page.close();
    });
  },
);
