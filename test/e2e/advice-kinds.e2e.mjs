// Advice beyond "strength after a hard run", end to end in the card and the popup: an easy run with strides stays
// easy and offers the short mobility routine; an easy jog two days after a marathon gets race recovery; an "easy"
// run at a very high heart rate asks "Felt hard?", and "Mark it hard" turns it hard. Each test has its own profile,
// with the fixtures moved so the run on the page ended 30 minutes ago; its run is later than every run in the sites'
// recent-activity lists, so the popup (opened as a tab, away from the site) speaks of it too.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { before, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, screenshot, screenshotCard, waitForCard } from './harness.mjs';
import {
  AXE_SOURCE,
  axeViolations,
  clickTestId,
  emulateColorScheme,
  openProbe,
  readTestId,
  waitForTab,
  waitForTestId,
} from './loop-helpers.mjs';
import {
  GARMIN,
  STRAVA,
  clickInCard,
  openSitePage,
  retimer,
  shiftToEndedAgo,
  waitUntil,
} from './site-helpers.mjs';

const kind = browserKind();
const ENDED_MINUTES_AGO = 30;
const DAY_MS = 86_400_000;

const STRIDES = { anchor: 'garmin-easy-strides', url: `${GARMIN}/app/activity/21500000020` };
const RECOVERY_JOG = { anchor: 'garmin-recovery-jog', url: `${GARMIN}/app/activity/21500000021` };
const HIGH_HR = {
  anchor: 'strava-easy-high-hr',
  url: `${STRAVA}/activities/16900000020`,
  runKey: 'strava:16900000020',
};

/** Runs in the page: what the card's shadow root shows of one marked element (text), or null. */
function cardPart(selector) {
  const el = document.querySelector('hardday-card')?.shadowRoot?.querySelector(selector);
  return el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/** Waits until the card shows an element matching `selector`; returns its text. */
async function waitForCardPart(page, selector) {
  const handle = await page.waitForFunction(cardPart, { polling: 100, timeout: 20_000 }, selector);
  const text = await handle.jsonValue();
  await handle.dispose().catch(() => {});
  return text;
}

/** axe-core on the card alone (its shadow root included): the saved site page around it is not HardDay's. */
async function cardViolations(page) {
  if (!(await page.evaluate(() => typeof globalThis.axe?.run === 'function')))
    await page.evaluate(fs.readFileSync(AXE_SOURCE, 'utf8'));
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(
      { include: [['hardday-card']] },
      {
        resultTypes: ['violations'],
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** No serious or critical axe finding in the popup and the card, light and (where the browser can) dark. */
async function assertAccessible(popup, site, what) {
  for (const scheme of ['light', 'dark']) {
    // Firefox cannot switch the scheme per tab over WebDriver BiDi: its light run stands for both here (the a11y
    // test covers Firefox's dark theme with a dark profile).
    if (scheme === 'dark' && !(await emulateColorScheme(popup, 'dark'))) continue;
    if (scheme === 'dark') await emulateColorScheme(site, 'dark');
    const { blocking } = await axeViolations(popup);
    assert.deepEqual(
      blocking.map((v) => `${v.impact} ${v.id}`),
      [],
      `popup, ${what} (${scheme})`,
    );
    assert.deepEqual(await cardViolations(site), [], `card, ${what} (${scheme})`);
  }
  await emulateColorScheme(popup, 'light');
  await emulateColorScheme(site, 'light');
}

/** A fresh profile whose fixtures put `anchor`'s run 30 minutes in the past. */
async function launchFor(anchor, routes) {
  return launch(kind, {
    routes,
    transform: retimer(shiftToEndedAgo(anchor, ENDED_MINUTES_AGO)).transform,
  });
}

describe(
  `[${kind}] advice beyond hard and easy: mobility, race recovery, "Felt hard?"`,
  { timeout: 420_000 },
  () => {
    let routes;
    const blocked = [];

    before(async () => {
      routes = (await loadSiteRoutes()).routes;
    });

    test(`[${kind}] Garmin "Easy + strides": easy, no strength, the mobility routine offered in the card and the popup`, async () => {
      const harness = await launchFor(STRIDES.anchor, routes);
      try {
        const { page, pageConsole } = await openSitePage(harness, STRIDES.url);
        const card = await waitForCard(page, { expect: { effort: 'easy', advice: 'easy-day' } });
        assert.equal(card.count, 1, 'exactly one card');
        assert.equal(card.kind, 'easy', 'strides keep the run an easy run');
        const offer = await waitForCardPart(page, '[data-mobility="true"]');
        assert.match(offer, /Mobility routine · \d+ min/);
        assert.equal(await page.evaluate(cardPart, '[data-felt-hard]'), null, 'no "Felt hard?" question');
        assert.equal(
          await page.evaluate(cardPart, '[data-testid="card-session"]'),
          null,
          'no strength session',
        );
        await screenshotCard(page, kind, 'card-easy-strides-mobility');

        const popup = await harness.openPopup();
        await waitForTestId(popup, 'run-summary', (el) => el.data.effort === 'easy');
        await waitForTestId(popup, 'advice', (el) => el.data.advice === 'easy-day');
        const mobility = await waitForTestId(popup, 'mobility');
        assert.match(mobility.text, /Mobility routine · \d+ min/);
        assert.ok(mobility.data.session, 'the routine names its session');
        assert.equal(await readTestId(popup, 'session-preview'), null, 'no strength session on an easy day');
        assert.equal(await readTestId(popup, 'felt-hard'), null);
        await screenshot(popup, kind, 'popup-easy-strides-mobility', { fullPage: true });
        await assertAccessible(popup, page, 'easy day with mobility');

        // Start opens the guided session on the mobility routine itself, not tied to the run.
        await clickTestId(popup, 'mobility-start');
        const session = await waitForTab(harness, `${harness.extensionOrigin}/session.html`);
        const href = new URL(await session.evaluate(() => location.href));
        assert.equal(
          href.searchParams.get('id'),
          mobility.data.session,
          'the routine opens by its session id',
        );
        assert.equal(href.searchParams.get('run'), null, 'the routine is not logged against the run');
        await session.close();
        assert.deepEqual(pageConsole.errors(), [], 'no error in the page console');
      } finally {
        blocked.push(...harness.blockedRequests);
        await harness.close();
      }
    });

    test(`[${kind}] Garmin recovery jog two days after a marathon: race recovery, the light session offered`, async () => {
      const harness = await launchFor(RECOVERY_JOG.anchor, routes);
      try {
        // The marathon, logged by hand (as the popup's form does): it started two days before the jog.
        const probe = await openProbe(harness);
        const marathonStart = Date.now() - ENDED_MINUTES_AGO * 60_000 - 2 * DAY_MS - 3600_000;
        await probe.send('addManualRun', {
          source: 'manual',
          id: 'e2e-marathon',
          title: 'City Marathon',
          sport: 'run',
          start: new Date(marathonStart).toISOString(),
          elapsedS: 12_600,
          movingS: 12_540,
          distanceM: 42_195,
          tags: { race: true },
        });
        await probe.waitForStorage((s) => (s.runs ?? []).some((run) => run.id === 'e2e-marathon'));

        const { page, pageConsole } = await openSitePage(harness, RECOVERY_JOG.url);
        const card = await waitForCard(page, { expect: { effort: 'easy', advice: 'race-recovery' } });
        assert.equal(card.count, 1, 'exactly one card');
        assert.match(card.text, /Race recovery: light mobility and core only/);
        assert.match(card.text, /Full strength again from /);
        const session = await waitForCardPart(page, '[data-testid="card-session"]');
        assert.match(session, /\d+ min/, 'the light session is offered with its length');
        await screenshotCard(page, kind, 'card-race-recovery');

        const popup = await harness.openPopup();
        const advice = await waitForTestId(popup, 'advice', (el) => el.data.advice === 'race-recovery');
        assert.match(advice.text, /light mobility and core only/);
        const preview = await waitForTestId(popup, 'session-preview');
        assert.ok(preview.data.session, 'the popup previews the light session');
        assert.equal(await readTestId(popup, 'countdown'), null, 'no countdown during race recovery');
        await screenshot(popup, kind, 'popup-race-recovery', { fullPage: true });
        assert.deepEqual(pageConsole.errors(), [], 'no error in the page console');
      } finally {
        blocked.push(...harness.blockedRequests);
        await harness.close();
      }
    });

    test(`[${kind}] Strava "Easy run" at 178 bpm with a max of 190: "Felt hard?" — "Mark it hard" turns the card hard`, async () => {
      const harness = await launchFor(HIGH_HR.anchor, routes);
      try {
        const probe = await openProbe(harness);
        await probe.send('updateSettings', { maxHr: 190 });
        await probe.waitForStorage((s) => s.settings?.maxHr === 190);

        const { page, pageConsole } = await openSitePage(harness, HIGH_HR.url);
        await waitForCard(page, { expect: { effort: 'easy', advice: 'easy-day' } });
        const question = await waitForCardPart(page, '[data-felt-hard]');
        assert.match(question, /Felt hard\?/);
        assert.match(question, /Mark it hard/);
        await screenshotCard(page, kind, 'card-felt-hard');

        const popup = await harness.openPopup();
        await waitForTestId(
          popup,
          'advice',
          (el) => el.data.advice === 'easy-day' && /Felt hard\?/.test(el.text),
        );
        const button = await waitForTestId(popup, 'felt-hard');
        assert.equal(button.text, 'Mark it hard');
        await screenshot(popup, kind, 'popup-felt-hard', { fullPage: true });
        await assertAccessible(popup, page, '"Felt hard?"');
        await popup.close();

        await page.evaluate(() => {
          globalThis.__harddaySamePage = true;
        });
        await clickInCard(page, 'card-felt-hard');
        const hard = await waitForCard(page, { expect: { effort: 'hard' } });
        assert.notEqual(hard.advice, 'easy-day', 'a hard run is not an easy day');
        assert.match(hard.text, /your call/, 'the card shows it is the runner’s own verdict');
        await waitUntil(
          async () => (await page.evaluate(cardPart, '[data-felt-hard]')) === null,
          'the question to go once answered',
        );
        const stored = await probe.waitForStorage((s) => s.overrides?.[HIGH_HR.runKey] === 'hard');
        assert.deepEqual(stored.overrides, { [HIGH_HR.runKey]: 'hard' });
        assert.equal(await page.evaluate(() => globalThis.__harddaySamePage), true, 'no reload');
        await screenshotCard(page, kind, 'card-felt-hard-marked');
        assert.deepEqual(pageConsole.errors(), [], 'no error in the page console');
      } finally {
        blocked.push(...harness.blockedRequests);
        await harness.close();
      }
    });

    test(`[${kind}] no request went to any host but www.strava.com and connect.garmin.com`, () => {
      assert.deepEqual(blocked, []);
    });
  },
);
