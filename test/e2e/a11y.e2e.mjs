// Issue 5, accessibility: axe-core runs inside the real browser on every view a runner meets (popup onboarding,
// the popup with no run, with a run and its History tab, the options page, the session page on an exercise and on a
// rest) in the light and the dark theme. No serious or critical violation is allowed. Chromium switches the colour
// scheme per tab through DevTools; Firefox (no such emulation over WebDriver BiDi) gets a profile that prefers dark.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { browserKind } from './context.mjs';
import { POPUP_VIEWPORT, screenshot, showPopupMain, waitForCard } from './harness.mjs';
import {
  HARD_RUN,
  axeViolations,
  clickLabelOf,
  clickTestId,
  darkFirefoxProfile,
  emulateColorScheme,
  launchWithHardRunEndedAt,
  pollUntil,
  readTestId,
  visitSitePage,
  waitForTestId,
} from './loop-helpers.mjs';

const kind = browserKind();
const SCHEMES = /** @type {const} */ (['light', 'dark']);
/** Page background per scheme, to show the theme really follows the system. */
const backgrounds = {};

function describeViolations(violations) {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target}\n      ${n.summary?.replace(/\n/g, '\n      ')}`).join('\n')}`,
    )
    .join('\n');
}

/** Relative luminance of a CSS rgb()/rgba() colour (0 black … 1 white). */
function luminance(color) {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

for (const scheme of SCHEMES) {
  describe(`[${kind}] accessibility (axe-core), ${scheme} theme`, { timeout: 180_000 }, () => {
    let harness;
    let profile;
    let sessionUrl;

    before(async () => {
      const options = {};
      if (kind === 'firefox' && scheme === 'dark') {
        profile = darkFirefoxProfile();
        options.userDataDir = profile;
      }
      ({ harness } = await launchWithHardRunEndedAt(kind, Date.now() - 30 * 60_000, options));
    });

    after(async () => {
      await harness?.close();
      if (profile) fs.rmSync(profile, { recursive: true, force: true });
    });

    /** Puts the tab in this describe's colour scheme and proves the page sees it. */
    async function useScheme(page) {
      if (kind === 'chromium') assert.equal(await emulateColorScheme(page, scheme), true, 'scheme emulated');
      const matches = await page.evaluate(
        (wanted) => matchMedia(`(prefers-color-scheme: ${wanted})`).matches,
        scheme,
      );
      assert.equal(matches, true, `the page sees prefers-color-scheme: ${scheme}`);
    }

    async function assertAccessible(page, what) {
      const { blocking, all } = await axeViolations(page);
      if (all.length > blocking.length) {
        const minor = all.filter((v) => !blocking.includes(v)).map((v) => `${v.impact} ${v.id}`);
        console.log(`[${kind}] ${what} (${scheme}): minor/moderate axe findings: ${minor.join(', ')}`);
      }
      assert.equal(blocking.length, 0, `${what} (${scheme}):\n${describeViolations(blocking)}`);
    }

    async function openPage(path, { ready = true } = {}) {
      const page = await harness.openExtensionPage(path, { ready, viewport: POPUP_VIEWPORT });
      await useScheme(page);
      return page;
    }

    test(`[${kind}] popup onboarding, all three steps (${scheme}): no serious or critical violations`, async () => {
      const popup = await openPage('popup.html');
      await waitForTestId(popup, 'onboarding', (el) => el.data.step === '0');
      await assertAccessible(popup, 'onboarding: level');
      await clickTestId(popup, 'onboarding-next');
      await waitForTestId(popup, 'onboarding', (el) => el.data.step === '1');
      await clickLabelOf(popup, '[data-testid="season-race"]');
      await popup.waitForSelector('[data-testid="onboarding-race-date"]');
      await assertAccessible(popup, 'onboarding: season with a race date field');
      await clickLabelOf(popup, '[data-testid="season-none"]');
      await clickTestId(popup, 'onboarding-next');
      await waitForTestId(popup, 'onboarding', (el) => el.data.step === '2');
      await assertAccessible(popup, 'onboarding: weekly target');
      if (scheme === 'dark') await screenshot(popup, kind, 'popup-onboarding-dark', { fullPage: true });
      await showPopupMain(popup, { skipOnboarding: true });
      await popup.close();
    });

    test(`[${kind}] popup with no run yet and the hand-log form (${scheme}): no serious or critical violations`, async () => {
      const popup = await openPage('popup.html');
      await showPopupMain(popup);
      await waitForTestId(popup, 'no-run');
      await assertAccessible(popup, 'popup: no run');
      await popup.close();
    });

    test(`[${kind}] popup with a hard run, and its History tab (${scheme}): no serious or critical violations`, async () => {
      const site = await visitSitePage(harness, HARD_RUN.url);
      await waitForCard(site, { expect: { advice: 'strength' } });
      await site.close();

      const popup = await openPage('popup.html');
      await showPopupMain(popup);
      await waitForTestId(popup, 'countdown');
      // Open the folded parts too, so their contents are checked.
      await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await assertAccessible(popup, 'popup: hard run with countdown');
      backgrounds[scheme] = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const preview = await readTestId(popup, 'session-preview');
      assert.ok(preview?.data.session, 'a session is offered');
      sessionUrl = `session.html?${new URLSearchParams({ id: preview.data.session, run: HARD_RUN.runKey })}`;
      if (scheme === 'dark') await screenshot(popup, kind, 'popup-countdown-dark', { fullPage: true });

      await clickTestId(popup, 'tab-history');
      await waitForTestId(popup, 'history');
      await assertAccessible(popup, 'popup: History tab');
      if (scheme === 'dark') await screenshot(popup, kind, 'popup-history-dark', { fullPage: true });
      await popup.close();
    });

    test(`[${kind}] options page, with the reset question open (${scheme}): no serious or critical violations`, async () => {
      const options = await openPage('options.html');
      await options.setViewport({ width: 1000, height: 900 });
      await assertAccessible(options, 'options');
      await clickTestId(options, 'reset');
      await waitForTestId(options, 'reset-confirmation');
      await assertAccessible(options, 'options: reset confirmation');
      await clickTestId(options, 'reset-cancel');
      if (scheme === 'dark') await screenshot(options, kind, 'options-dark', { fullPage: true });
      await options.close();
    });

    test(`[${kind}] session page on an exercise and on a rest (${scheme}): no serious or critical violations`, async () => {
      assert.ok(sessionUrl, 'the popup test found the session to open');
      const session = await openPage(sessionUrl);
      await session.setViewport({ width: 1000, height: 900 });
      await waitForTestId(session, 'session', (el) => el.data.stepKind === 'work');
      await assertAccessible(session, 'session: exercise step');
      if (scheme === 'dark') await screenshot(session, kind, 'session-exercise-dark', { fullPage: true });

      await session.evaluate(() => document.body.focus());
      for (let guard = 0; guard < 10; guard++) {
        const step = (await readTestId(session, 'session'))?.data;
        if (step?.stepKind === 'rest') break;
        await session.keyboard.press('ArrowRight');
        await pollUntil(
          () => readTestId(session, 'session'),
          (el) => el?.data.step !== step?.step,
          { what: 'the next step' },
        );
      }
      await waitForTestId(session, 'rest');
      // Hold the rest timer still (Space pauses), so the page does not move on while axe reads it.
      await session.keyboard.press(' ');
      await waitForTestId(session, 'pause', (el) => el.text === 'Resume');
      await assertAccessible(session, 'session: rest step');
      await screenshot(session, kind, `session-rest-${scheme}`, { fullPage: true });
      await session.close();
    });

    if (scheme === 'dark') {
      test(`[${kind}] the dark theme follows the system: a dark page background, unlike the light theme`, () => {
        assert.ok(backgrounds.light && backgrounds.dark, 'both themes were rendered');
        const light = luminance(backgrounds.light);
        const dark = luminance(backgrounds.dark);
        assert.ok(
          dark < 0.1 && light > 0.5,
          `light ${backgrounds.light} (${light}), dark ${backgrounds.dark} (${dark})`,
        );
      });
    }

    test(`[${kind}] no request went to any host but the two sites (${scheme})`, () => {
      assert.deepEqual(harness.blockedRequests, []);
    });
  });
}
