// Issue 13, end to end: a browser whose language is German, French, Spanish, Dutch or Italian shows HardDay in that language
// only — the popup, the card on a Strava activity page, the options page and the session page — with numbers written
// the local way ("14,2 km"). Chromium takes the language from LANGUAGE (Debian's chromium-l10n), Firefox from
// intl.locale.requested with Debian's language pack (firefox-esr-l10n-de/-fr/-es-es/-nl/-it); .ci/run installs them.
// Each surface's visible text (innerText of the page, the card's shadow root) is checked against English words that
// must not appear; screenshots: test-results/screenshots/<browser>-locale-<lang>-<surface>.png.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, screenshot, screenshotCard, waitForCard } from './harness.mjs';
import { openSitePage, retimer, shiftToEndedAgo } from './site-helpers.mjs';

const kind = browserKind();
const RUN = { url: 'https://www.strava.com/activities/16900000002', anchor: 'strava-intervals' };

/**
 * English words a runner would spot. Proper nouns (HardDay, Strava, Garmin Connect) are allowed, and so are the
 * words the language itself uses: German runners say Level, Start, Mobility and Tempo; "minutes" is French too; an
 * exercise keeps its English name where runners use it (Open Book).
 */
const ENGLISH = [
  'the',
  'and',
  'easy',
  'hard',
  'session',
  'sessions',
  'minutes',
  'window',
  'Open',
  'Settings',
  'strength',
  'Strength',
  'today',
  'Today',
  'tomorrow',
  'week',
  'left',
  'your',
  'Your',
  'from',
  'with',
  'run',
  'runs',
  'after',
  'Skip',
  'Done',
  'History',
  'This',
  'this',
  'felt',
  'Show',
  'Hide',
  'Level',
  'Start',
  'unknown',
  'under',
];
const ALLOWED = {
  de: ['Level', 'Start'],
  fr: ['minutes'],
  // Dutch runners train per week, and the open book is an "open boek".
  nl: ['week', 'Open'],
};
// The runner's own words are theirs: the fixture run's title on Strava.
const RUN_TITLE = /6 x 800 m on the river path/g;
const PROPER = [/\bHardDay\b/g, /\bStrava\b/g, /\bGarmin Connect\b/g, /\bOpen Book\b/g, RUN_TITLE];

/** The English words left in `text`, with a little context each. */
function englishLeftovers(text, language) {
  const allowed = new Set(ALLOWED[language] ?? []);
  const clean = PROPER.reduce((t, name) => t.replace(name, ' '), text);
  const found = [];
  for (const word of ENGLISH) {
    if (allowed.has(word)) continue;
    for (const match of clean.matchAll(new RegExp(`(?<![\\p{L}\\d{])${word}(?![\\p{L}}])`, 'gu'))) {
      found.push(
        `"${word}" in …${clean.slice(Math.max(0, match.index - 30), match.index + word.length + 30)}…`,
      );
    }
  }
  return found;
}

/** Distances are written with a decimal comma in both languages: "14,2 km", never "14.2 km". */
function assertLocalNumbers(text, surface) {
  const dotted = text.match(/\d+\.\d+\s?(?:km|mi)\b/);
  assert.equal(dotted, null, `${surface}: an English decimal point in "${dotted?.[0]}"`);
}

const visibleText = (page) => page.evaluate(() => document.body.innerText);
/** Runs in the page: the visible text of the card's shadow root (its elements, not its stylesheet). */
function cardText() {
  const root = document.querySelector('hardday-card')?.shadowRoot;
  return [...(root?.children ?? [])]
    .filter((el) => el.tagName !== 'STYLE')
    .map((el) => el.innerText)
    .join('\n');
}

for (const language of ['de', 'fr', 'es', 'nl', 'it']) {
  describe(`[${kind}] HardDay in ${language}`, { timeout: 300_000 }, () => {
    let harness;
    let routes;

    before(async () => {
      routes = (await loadSiteRoutes()).routes;
      harness = await launch(kind, {
        routes,
        locale: language,
        transform: retimer(shiftToEndedAgo(RUN.anchor, 30)).transform,
      });
    });
    after(async () => {
      await harness?.close();
    });

    test(`[${kind}] ${language}: the card on a Strava run speaks ${language} only`, async () => {
      const { page } = await openSitePage(harness, RUN.url);
      const card = await waitForCard(page, { expect: { kind: 'intervals', advice: 'strength' } });
      await screenshotCard(page, kind, `locale-${language}-card`);
      // The open shadow root's visible text (innerText skips what is collapsed or only for styling).
      const text = await page.evaluate(cardText);
      assert.ok(text.length > 40, `the card has text: ${card.text}`);
      assert.deepEqual(englishLeftovers(text, language), [], `English on the ${language} card:\n${text}`);
      assert.match(text, /\d+,\d\s?km|\d:\d\d\/km/, 'numbers in the card');
      assertLocalNumbers(text, 'card');
      await page.close();
    });

    test(`[${kind}] ${language}: the popup speaks ${language} only`, async () => {
      const popup = await harness.openPopup();
      const text = await visibleText(popup);
      await screenshot(popup, kind, `locale-${language}-popup`, { fullPage: true });
      assert.equal(await popup.evaluate(() => document.documentElement.lang), language);
      assert.deepEqual(englishLeftovers(text, language), [], `English in the ${language} popup:\n${text}`);
      assert.match(text, /\d+,\d\s?km/, `a distance with a decimal comma in the popup:\n${text}`);
      assertLocalNumbers(text, 'popup');
      await popup.close();
    });

    test(`[${kind}] ${language}: the options page speaks ${language} only`, async () => {
      const options = await harness.openExtensionPage('options.html', {
        viewport: { width: 1000, height: 900 },
      });
      const text = await visibleText(options);
      await screenshot(options, kind, `locale-${language}-options`, { fullPage: true });
      assert.deepEqual(englishLeftovers(text, language), [], `English in the ${language} options:\n${text}`);
      assertLocalNumbers(text, 'options');
      await options.close();
    });

    test(`[${kind}] ${language}: the session page speaks ${language} only`, async () => {
      const session = await harness.openExtensionPage('session.html', {
        viewport: { width: 1000, height: 900 },
      });
      const text = await visibleText(session);
      await screenshot(session, kind, `locale-${language}-session`, { fullPage: true });
      assert.deepEqual(
        englishLeftovers(text, language),
        [],
        `English in the ${language} session page:\n${text}`,
      );
      await session.close();
    });
  });
}
