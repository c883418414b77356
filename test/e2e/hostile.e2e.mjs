// Issue 7, end to end: an activity whose title carries HTML and script (`<img src=x onerror=…>`, `<script>`) on
// Strava (page and JSON) and on Garmin Connect (activity JSON). The card comes up as usual, the title shows as plain
// text where HardDay shows it (the popup), and nothing runs: `window.__pwned` stays undefined in the site page and in
// the extension pages. A last test proves the payload is live, so the checks above could fail.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { retime } from '../fixtures/routes.mjs';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, screenshot, screenshotCard, waitForCard } from './harness.mjs';
import { GARMIN, STRAVA, openSitePage, shiftToEndedAgo } from './site-helpers.mjs';

const kind = browserKind();
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** The hostile fixtures (test/fixtures/{strava,garmin}/*hostile-title*) are copies of these runs, same times. */
const HOSTILE = {
  strava: {
    url: `${STRAVA}/activities/16900000066`,
    id: '16900000066',
    title: `6 x 800 m ${PAYLOAD}`,
    anchor: 'strava-intervals',
    card: { kind: 'intervals', effort: 'hard', advice: 'strength' },
    endedMinutesAgo: 30,
  },
  garmin: {
    url: `${GARMIN}/app/activity/21500000066`,
    id: '21500000066',
    title: `Sample Town Running ${PAYLOAD}`,
    anchor: 'garmin-easy-run',
    card: { kind: 'recovery', effort: 'easy', advice: 'easy-day' },
    // Later than the Strava one, so the popup (showing the latest run) switches to it.
    endedMinutesAgo: 20,
  },
};

/** Runs in any page: did anything from the payload get into the DOM or run? */
function payloadTraces() {
  const all = [...document.querySelectorAll('*')];
  const shadowHosts = all.filter((el) => el.shadowRoot);
  const inShadows = shadowHosts.flatMap((host) => [...host.shadowRoot.querySelectorAll('*')]);
  const elements = [...all, ...inShadows];
  return {
    pwned: globalThis.__pwned ?? null,
    onerrorAttributes: elements.filter((el) => el.hasAttribute('onerror')).length,
    imagesToX: elements.filter((el) => el.tagName === 'IMG' && el.getAttribute('src') === 'x').length,
    // A <script> made from the title (the site's own bootstrap script quotes the title inside a JS string).
    scriptsFromTitle: elements.filter(
      (el) => el.tagName === 'SCRIPT' && el.textContent.trim() === 'window.__pwned=2',
    ).length,
  };
}
const CLEAN = { pwned: null, onerrorAttributes: 0, imagesToX: 0, scriptsFromTitle: 0 };

/**
 * The site page's own first script records every `message` event its window gets: a content script that posts to
 * the page (as WXT's start-up notice did) wakes the site's own message listeners and tells the page HardDay is there.
 */
const withMessageEar = (html) =>
  html.replace(
    /<head[^>]*>/i,
    (head) =>
      `${head}<script>window.__heard = []; addEventListener('message', (event) => ` +
      `window.__heard.push(JSON.stringify(event.data)));</script>`,
  );

/** The card's shadow root holds no element made from page text. */
async function cardElementTags(page) {
  return page.evaluate(() => {
    const root = document.querySelector('hardday-card')?.shadowRoot;
    return [...(root?.querySelectorAll('img, script, iframe, object, embed') ?? [])].map((el) => el.tagName);
  });
}

describe(`[${kind}] hostile activity titles: shown as text, never run`, { timeout: 240_000 }, () => {
  let harness;

  before(async () => {
    const { routes } = await loadSiteRoutes();
    const shifts = Object.values(HOSTILE).map((run) => ({
      id: run.id,
      shift: shiftToEndedAgo(run.anchor, run.endedMinutesAgo),
    }));
    // Only the hostile runs move to "just now": the lists keep their old dates, so the popup's latest run is ours.
    const transform = (text, _route, url) => {
      const match = shifts.find(({ id }) => url.includes(id));
      return withMessageEar(match ? retime(text, match.shift) : text);
    };
    harness = await launch(kind, { routes, transform });
  });

  after(async () => {
    await harness?.close();
  });

  for (const [site, run] of Object.entries(HOSTILE)) {
    test(`[${kind}] ${site}: the card shows, the page runs nothing, the popup shows the title as text`, async () => {
      const { page, pageConsole } = await openSitePage(harness, run.url);
      const card = await waitForCard(page, { expect: run.card });
      assert.equal(card.count, 1, 'exactly one card');
      assert.deepEqual(await cardElementTags(page), [], 'no img/script/iframe inside the card');
      assert.ok(!card.text.includes('<'), `the card shows no markup: ${card.text}`);
      await screenshotCard(page, kind, `card-hostile-${site}`);
      assert.ok(
        await page.evaluate(() => Array.isArray(window.__heard)),
        'the page’s own listener is in place',
      );
      assert.deepEqual(await page.evaluate(() => window.__heard), [], 'HardDay posted nothing to the page');

      const popup = await harness.openPopup();
      const popupConsole = [];
      popup.on('console', (message) => message.type() === 'error' && popupConsole.push(message.text()));
      await popup.waitForFunction(
        (title) =>
          document.querySelector('[data-testid="run-summary"] .run-title')?.textContent?.trim() === title,
        { polling: 50, timeout: 20_000 },
        run.title,
      );
      const summary = await popup.evaluate(() => {
        const section = document.querySelector('[data-testid="run-summary"]');
        return {
          kind: section?.getAttribute('data-kind'),
          markupInside: [...(section?.querySelectorAll('img, script, iframe') ?? [])].map((el) => el.tagName),
        };
      });
      assert.equal(summary.kind, run.card.kind, 'the popup shows the hostile run');
      assert.deepEqual(summary.markupInside, [], 'the title made no elements in the popup');
      assert.deepEqual(await popup.evaluate(payloadTraces), CLEAN, 'nothing from the title ran in the popup');
      await screenshot(popup, kind, `popup-hostile-${site}`, { fullPage: true });

      const options = await harness.openExtensionPage('options.html');
      assert.deepEqual(
        await options.evaluate(payloadTraces),
        CLEAN,
        'nothing from the title ran in the options page',
      );

      // Checked last, after the extension has had every chance to render the title somewhere.
      assert.deepEqual(
        await page.evaluate(payloadTraces),
        CLEAN,
        'nothing from the title ran in the site page',
      );
      assert.deepEqual(pageConsole.errors(), [], 'no error in the site page console');
      assert.deepEqual(popupConsole, [], 'no error in the popup console');
      await Promise.all([options.close(), popup.close(), page.close()]);
    });
  }

  test(`[${kind}] no request went to any host but the two sites, and every site request was a fixture`, () => {
    assert.deepEqual(harness.blockedRequests, []);
    assert.deepEqual(harness.unmatchedRequests, []);
  });

  test(`[${kind}] control: the same title inserted as HTML does run in this browser`, async () => {
    const { page } = await openSitePage(harness, `${STRAVA}/activities/16900000005`);
    await page.evaluate(
      (title) => document.body.insertAdjacentHTML('beforeend', title),
      HOSTILE.strava.title,
    );
    await page.waitForFunction(() => globalThis.__pwned === 1, { polling: 50, timeout: 10_000 });
    await page.close();
  });
});
