// Issue 14, "the card fits the page": on the sites' white pages the card is light even when the operating system
// is in dark mode (it reads the page's background when it mounts, not the OS theme); the options' "Always dark"
// turns the open cards dark without a reload and "Match the page" brings them back; the page's inherited text
// styles do not reach into the card (`all: initial` on its host). Screenshots of both themes on both sites.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes, OWN_RUN_PAGES } from './context.mjs';
import { launch, screenshotCard, waitForCard } from './harness.mjs';
import { darkFirefoxProfile, emulateColorScheme, openProbe } from './loop-helpers.mjs';
import { watchConsole } from './page-helpers.mjs';

const kind = browserKind();
const SITES = /** @type {const} */ (['strava', 'garmin']);

/** How the card looks: its host's theme, the luminance of its box and text, and some inherited text styles. */
function cardLook() {
  const host = document.querySelector('hardday-card');
  const card = host?.shadowRoot?.querySelector('.card');
  if (!host || !card) return null;
  const luminance = (color) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const style = getComputedStyle(card);
  const reason = host.shadowRoot.querySelector('.reasons li');
  return {
    theme: host.dataset.theme,
    background: luminance(style.backgroundColor),
    text: luminance(style.color),
    letterSpacing: style.letterSpacing,
    textTransform: style.textTransform,
    wordSpacing: style.wordSpacing,
    textAlign: reason ? getComputedStyle(reason).textAlign : 'start',
  };
}

describe(`[${kind}] the card's colours follow the page, or the runner's choice`, { timeout: 180_000 }, () => {
  let harness;
  let probe;
  let profile;
  const pages = {};

  before(async () => {
    const { routes } = await loadSiteRoutes();
    // Firefox has no per-tab colour-scheme emulation over WebDriver BiDi: the whole profile is in dark mode.
    if (kind === 'firefox') profile = darkFirefoxProfile();
    harness = await launch(kind, { routes, ...(profile ? { userDataDir: profile } : {}) });
    probe = await openProbe(harness);
  });

  after(async () => {
    await probe?.close();
    await harness?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  for (const site of SITES) {
    test(`[${kind}] ${site}: a light page with the OS in dark mode gets a light card; the page's text styles stay out`, async () => {
      const page = await harness.newPage();
      const pageConsole = watchConsole(page);
      if (kind === 'chromium') assert.equal(await emulateColorScheme(page, 'dark'), true, 'dark emulated');
      const response = await page.goto(OWN_RUN_PAGES[site], { waitUntil: 'domcontentloaded' });
      assert.equal(response?.status(), 200);
      assert.equal(
        await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
        true,
        'the page sees prefers-color-scheme: dark',
      );
      await waitForCard(page, { expect: { theme: 'light' } });
      const look = await page.evaluate(cardLook);
      assert.ok(look.background > 0.8, `a light card box (luminance ${look.background})`);
      assert.ok(look.text < 0.05, `dark text on it (luminance ${look.text})`);

      // Inherited text styles set around the card after it showed: none of them reaches its text.
      await page.evaluate(() => {
        const parent = document.querySelector('hardday-card').parentElement;
        parent.style.letterSpacing = '6px';
        parent.style.wordSpacing = '20px';
        parent.style.textTransform = 'uppercase';
        parent.style.textAlign = 'right';
      });
      const styled = await page.evaluate(cardLook);
      assert.deepEqual(
        [styled.letterSpacing, styled.wordSpacing, styled.textTransform],
        ['normal', '0px', 'none'],
        'the page’s inherited text styles stay outside the card',
      );
      // The initial alignment reads "start" in Chromium and "left" in Firefox: either way, not the page's.
      assert.ok(['start', 'left'].includes(styled.textAlign), `text aligned ${styled.textAlign}`);
      await page.evaluate(() =>
        document.querySelector('hardday-card').parentElement.removeAttribute('style'),
      );
      await screenshotCard(page, kind, `card-theme-${site}-light-os-dark`);
      assert.deepEqual(pageConsole.errors(), [], 'no error in the page console');
      pages[site] = page;
    });
  }

  test(`[${kind}] "Always dark" in the options turns the open cards dark; "Match the page" makes them light again`, async () => {
    assert.deepEqual(Object.keys(pages).sort(), [...SITES].sort(), 'both site pages are open');
    const options = await harness.openExtensionPage('options.html');
    assert.equal(await options.$eval('[data-testid="card-theme"]', (el) => el.value), 'page');
    await options.select('[data-testid="card-theme"]', 'dark');
    await probe.waitForStorage((s) => s.prefs?.cardTheme === 'dark');
    for (const site of SITES) {
      await waitForCard(pages[site], { expect: { theme: 'dark' } });
      const look = await pages[site].evaluate(cardLook);
      assert.ok(look.background < 0.05, `${site}: a dark card box (luminance ${look.background})`);
      assert.ok(look.text > 0.8, `${site}: light text on it (luminance ${look.text})`);
      await screenshotCard(pages[site], kind, `card-theme-${site}-dark`);
    }
    await options.select('[data-testid="card-theme"]', 'page');
    await probe.waitForStorage((s) => s.prefs?.cardTheme === 'page');
    for (const site of SITES) await waitForCard(pages[site], { expect: { theme: 'light' } });
    await options.close();
  });
});
