// DESIGN.md: nothing is mounted on someone else's activity or on a non-run, and the host page sees no error.
// The content script says why it showed no card (console.debug "[HardDay] no card: …"); the test waits for that
// line instead of sleeping, then checks that no card exists.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, readCard, watchConsole } from './harness.mjs';

const kind = browserKind();
const NO_CARD_PAGES = {
  "someone else's Strava run": 'https://www.strava.com/activities/16900000005',
  'a Strava ride': 'https://www.strava.com/activities/16900000006',
  "someone else's Garmin run": 'https://connect.garmin.com/app/activity/21500000004',
  'a Garmin ride': 'https://connect.garmin.com/app/activity/21500000005',
};

describe(`[${kind}] no card where it does not belong`, { timeout: 180_000 }, () => {
  let harness;

  before(async () => {
    const { routes } = await loadSiteRoutes();
    harness = await launch(kind, { routes });
  });

  after(async () => {
    await harness?.close();
  });

  for (const [what, url] of Object.entries(NO_CARD_PAGES)) {
    test(`[${kind}] no card on ${what}, and no error in the page console`, async () => {
      const page = await harness.newPage();
      const pageConsole = watchConsole(page);
      const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
      assert.equal(response?.status(), 200, `fixture served for ${url}`);
      await pageConsole.waitFor(/\[HardDay\] no card:/);
      assert.equal(await readCard(page), null, 'no <hardday-card> on the page');
      assert.deepEqual(pageConsole.errors(), []);
      await page.close();
    });
  }

  test(`[${kind}] no request went to any host but the two sites`, () => {
    assert.deepEqual(harness.blockedRequests, []);
  });
});
