// Issue 2, end to end: the card shows on a Strava and a Garmin activity page, the popup's level picker changes
// it live, the choice survives a browser restart, and nothing talks to any host but the two sites.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OWN_RUN_PAGES, browserKind, loadSiteRoutes } from './context.mjs';
import {
  checkedLevel,
  chooseLevel,
  launch,
  makeProfileDir,
  removeProfileDir,
  screenshot,
  screenshotCard,
  showPopupMain,
  waitForCard,
  watchConsole,
} from './harness.mjs';

const kind = browserKind();
const LEVELS = ['1', '2', '3'];

function assertCardContract(card) {
  assert.equal(card.count, 1, 'exactly one card');
  assert.ok(card.hasShadowRoot, 'the card renders in an open shadow root');
  assert.match(card.effort ?? '', /^(hard|easy)$/, 'data-effort');
  assert.match(card.kind ?? '', /^(race|long|intervals|tempo|hills|easy|recovery)$/, 'data-kind');
  assert.match(
    card.advice ?? '',
    /^(strength|window-missed|easy-day|quota-met|taper|done|no-run|race-recovery|spacing|foundation)$/,
    'data-advice',
  );
  assert.ok(LEVELS.includes(card.level ?? ''), `data-level is 1–3, got ${card.level}`);
  assert.notEqual(card.text, '', 'the card shows text');
}

const pageConsoles = new WeakMap();

async function openSitePage(harness, url) {
  const page = await harness.newPage();
  pageConsoles.set(page, watchConsole(page));
  const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
  assert.equal(response?.status(), 200, `fixture served for ${url}`);
  return page;
}

describe(`[${kind}] preferred level, end to end`, { timeout: 240_000 }, () => {
  let routes;
  let profile;
  let harness;
  const pages = {};
  const blocked = [];

  before(async () => {
    ({ routes } = await loadSiteRoutes());
    profile = makeProfileDir(kind);
    harness = await launch(kind, { routes, userDataDir: profile });
  });

  after(async () => {
    await harness?.close();
    if (profile) removeProfileDir(profile);
  });

  for (const site of /** @type {const} */ (['strava', 'garmin'])) {
    test(`[${kind}] the card appears on a ${site} activity page`, async () => {
      pages[site] = await openSitePage(harness, OWN_RUN_PAGES[site]);
      const card = await waitForCard(pages[site]);
      assertCardContract(card);
      await screenshotCard(pages[site], kind, `card-${site}`);
      await screenshot(pages[site], kind, `page-${site}`);
    });
  }

  test(`[${kind}] the popup offers levels 1–3 with one chosen`, async () => {
    const popup = await harness.openPopup();
    const radios = await popup.$$eval('[data-testid="level-picker"] input[type="radio"]', (inputs) =>
      inputs.map((input) => input.getAttribute('data-testid')),
    );
    assert.deepEqual(radios, ['level-1', 'level-2', 'level-3']);
    assert.ok(LEVELS.includes((await checkedLevel(popup)) ?? ''), 'one level is checked');
    await screenshot(popup, kind, 'popup', { fullPage: true });
    await popup.close();
  });

  test(`[${kind}] choosing a level in the popup updates both cards live`, async () => {
    assert.ok(pages.strava && pages.garmin, 'the card tests ran first');
    for (const page of Object.values(pages)) {
      await page.evaluate(() => {
        globalThis.__harddaySamePage = true;
      });
    }
    const popup = await harness.openPopup();
    const start = await checkedLevel(popup);
    // Visit every other level, ending on one that differs from the start, so a stuck card cannot pass.
    const sequence = LEVELS.filter((level) => level !== start);
    for (const level of sequence) {
      await chooseLevel(popup, level);
      for (const page of Object.values(pages)) {
        const card = await waitForCard(page, { expect: { level } });
        assertCardContract(card);
      }
    }
    for (const [site, page] of Object.entries(pages)) {
      assert.equal(
        await page.evaluate(() => globalThis.__harddaySamePage),
        true,
        `${site} page was not reloaded`,
      );
    }
    await screenshot(popup, kind, 'popup-level-changed', { fullPage: true });
    await screenshotCard(pages.strava, kind, 'card-level-changed');
    await popup.close();
  });

  test(`[${kind}] the chosen level survives reopening the popup and restarting the browser`, async () => {
    const popup = await harness.openPopup();
    const chosen = (await checkedLevel(popup)) === '2' ? '3' : '2';
    await chooseLevel(popup, chosen);
    await waitForCard(pages.strava, { expect: { level: chosen } });

    await harness.reloadExtensionPage(popup);
    await showPopupMain(popup);
    assert.equal(await checkedLevel(popup), chosen, 'popup shows the level after a reload');

    blocked.push(...harness.blockedRequests);
    await harness.close();
    harness = await launch(kind, { routes, userDataDir: profile });

    const reopened = await harness.openPopup();
    assert.equal(await checkedLevel(reopened), chosen, 'popup shows the level after a restart');
    const page = await openSitePage(harness, OWN_RUN_PAGES.garmin);
    assertCardContract(await waitForCard(page, { expect: { level: chosen } }));
  });

  test(`[${kind}] no request went to any host but www.strava.com and connect.garmin.com`, () => {
    blocked.push(...harness.blockedRequests);
    assert.deepEqual(blocked, []);
    assert.ok(harness.requests.length > 0, 'the site pages were requested through the harness');
  });
});
