// When Garmin's activity API fails, the card falls back to HardDay's stored copy of the runner's own run, and to no
// card at all when there is none: the rendered page alone cannot say whose activity it is or that it is a run.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, readCard, waitForCard, watchConsole } from './harness.mjs';

const kind = browserKind();
const G = 'https://connect.garmin.com';
const OWN_INTERVALS = { id: '21500000001', expect: { effort: 'hard', kind: 'intervals' } };
/** A rendered activity page whose API always answers 500, and which no activity list holds. */
const NEVER_STORED = '21500000009';

describe(`[${kind}] Garmin activity API failure`, { timeout: 180_000 }, () => {
  let harness;
  // Starts out matching nothing; a test points it at an activity to make that activity's API fail from then on.
  const failing = {
    url: /^$/,
    file: '', // set from the fixture folder below
    contentType: 'application/json; charset=utf-8',
    status: 500,
  };

  before(async () => {
    const { routes, module } = await loadSiteRoutes();
    failing.file = module.fixturePath('garmin/server-error-2026-01.json');
    harness = await launch(kind, { routes, extraRoutes: [failing] });
  });

  after(async () => {
    await harness?.close();
  });

  test(`[${kind}] no card for a run HardDay never stored, and no error in the page`, async () => {
    const page = await harness.newPage();
    const pageConsole = watchConsole(page);
    await page.goto(`${G}/app/activity/${NEVER_STORED}`, { waitUntil: 'domcontentloaded' });
    await pageConsole.waitFor(/\[HardDay\] no card: .*no stored copy/);
    assert.equal(await readCard(page), null);
    assert.deepEqual(pageConsole.errors(), []);
    await page.close();
  });

  test(`[${kind}] the card stays, from the stored copy, when the API fails on a later visit`, async () => {
    const url = `${G}/app/activity/${OWN_INTERVALS.id}`;
    const first = await harness.newPage();
    await first.goto(url, { waitUntil: 'domcontentloaded' });
    await waitForCard(first, { expect: OWN_INTERVALS.expect });
    await first.close();
    const stored = await harness.storage();
    assert.ok(
      stored.runs.some((run) => run.source === 'garmin' && run.id === OWN_INTERVALS.id),
      'the first visit stored the run',
    );

    failing.url = new RegExp(
      `^${G}/gc-api/activity-service/activity/${OWN_INTERVALS.id}(?:/splits)?(?:\\?.*)?$`,
    );
    const requestsBefore = harness.requests.length;
    const page = await harness.newPage();
    const pageConsole = watchConsole(page);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const card = await waitForCard(page, { expect: OWN_INTERVALS.expect });
    assert.equal(card.effort, 'hard');
    const apiCalls = harness.requests
      .slice(requestsBefore)
      .filter((requested) =>
        requested.startsWith(`${G}/gc-api/activity-service/activity/${OWN_INTERVALS.id}`),
      );
    assert.ok(apiCalls.length >= 1, 'the card came after the failing activity request, not instead of it');
    assert.deepEqual(pageConsole.errors(), []);
    await page.close();
  });

  test(`[${kind}] no request went to any host but the two sites`, () => {
    assert.deepEqual(harness.blockedRequests, []);
  });
});
