// Issue 13, end to end: a runner on miles on the site sees miles in HardDay, whatever the browser's region says. The
// browser is British English (its region alone would say kilometres); the Strava page's athlete has
// measurement_preference "feet", the Garmin shell measurementSystem "statute_us" (fixtures copied from the metric
// ones with only that changed). The card and the popup then show mi, min/mi and ft, never km.
// Screenshots: test-results/screenshots/<browser>-units-<site>-{card,popup}.png.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, screenshot, screenshotCard, waitForCard } from './harness.mjs';
import { openProbe, pollUntil } from './loop-helpers.mjs';
import { GARMIN, STRAVA, openSitePage } from './site-helpers.mjs';

const kind = browserKind();
const HTML = 'text/html; charset=utf-8';

const SITES = [
  {
    site: 'strava',
    url: `${STRAVA}/activities/16900000002`,
    file: 'strava/activity-intervals-feet-2026-01.html',
    card: { kind: 'intervals' },
    // The reps stay track distances ("800 m"); their pace is per mile.
    cardHas: [/\d:\d\d\/mi\b/],
    popupHas: [/\d+\.\d mi\b/, /\d:\d\d\/mi\b/],
  },
  {
    site: 'garmin',
    url: `${GARMIN}/app/activity/21482825013`,
    file: 'garmin/app-shell-statute-us-2026-03.html',
    card: { kind: 'hills' },
    // 151 m of climbing over 4.3 km: said in feet over miles.
    cardHas: [/\d+ ft of climbing over \d+\.\d mi/, /ft\/mi/],
    // The popup shows the latest run of the site's list (a half marathon), in miles.
    popupHas: [/\d+\.\d mi\b/],
  },
];

const KM = /\d\s?km\b|\/km\b/;

const harnesses = [];
after(async () => {
  for (const harness of harnesses) await harness.close();
});

describe(`[${kind}] a runner on miles, on an en-GB browser`, { timeout: 300_000 }, () => {
  for (const where of SITES) {
    test(`[${kind}] ${where.site}: card and popup in mi, min/mi and ft`, async () => {
      const { routes, module } = await loadSiteRoutes();
      const harness = await launch(kind, {
        routes,
        locale: 'en-GB',
        extraRoutes: [{ url: where.url, file: module.fixturePath(where.file), contentType: HTML }],
      });
      harnesses.push(harness);
      const probe = await openProbe(harness);
      // The region guess would be metric: the browser is British English.
      const language = await probe.page.evaluate(() => navigator.language);
      assert.match(language, /^en-GB\b/, 'the browser speaks British English');
      const { page } = await openSitePage(harness, where.url);
      await waitForCard(page, { expect: where.card });
      // Remembered from the page: HardDay now knows the runner's units came from the site.
      await probe.waitForStorage((s) => s.prefs?.siteUnits?.units === 'imperial');
      const card = await pollUntil(
        () =>
          page.evaluate(() =>
            [...(document.querySelector('hardday-card')?.shadowRoot?.children ?? [])]
              .filter((el) => el.tagName !== 'STYLE')
              .map((el) => el.innerText)
              .join('\n'),
          ),
        (text) => where.cardHas.every((pattern) => pattern.test(text)),
        { what: `the ${where.site} card in miles` },
      );
      assert.doesNotMatch(card, KM, `no kilometre on the card:\n${card}`);
      await screenshotCard(page, kind, `units-${where.site}-card`);

      const popup = await harness.openPopup();
      const text = await popup.evaluate(() => document.body.innerText);
      await screenshot(popup, kind, `units-${where.site}-popup`, { fullPage: true });
      for (const pattern of where.popupHas) assert.match(text, pattern, `the popup:\n${text}`);
      assert.doesNotMatch(text, KM, `no kilometre in the popup:\n${text}`);
      await popup.close();
      await page.close();
      await probe.close();
    });
  }
});
