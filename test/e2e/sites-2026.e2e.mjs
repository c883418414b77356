// Issue 15, end to end on the 2026-shaped fixtures: the card on Strava's 2026 page (the long run declared by the new
// `selected_tag_type`), the corner panel on a Strava page with none of the card anchors (the race declared the same
// way), and Garmin's 2026-03 app shell (viewer and preferences as plain literals in one script: no socialProfile
// request). The corner panel closes with its button and with Escape, is reached with the keyboard, and moves into
// the header when a single-page app renders one late; the popup over a corner card says why it is there; without a viewer in the page and with socialProfile failing,
// Garmin still shows the card from HardDay's stored copy.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, readCard, screenshot, screenshotCard, waitForCard } from './harness.mjs';
import {
  GARMIN,
  STRAVA,
  apiRequests,
  clickInCard,
  openSitePage,
  popupOver,
  requestMark,
  waitForNoCard,
  waitUntil,
} from './site-helpers.mjs';
import { WAIT_TIMEOUT } from './page-helpers.mjs';

const kind = browserKind();

const LONG_RUN = { url: `${STRAVA}/activities/17800000007`, expect: { kind: 'long', effort: 'hard' } };
const NO_ANCHOR_RACE = { url: `${STRAVA}/activities/17800000001`, expect: { kind: 'race', effort: 'hard' } };
const GARMIN_WORKOUT = {
  url: `${GARMIN}/app/activity/21500000031`,
  expect: { kind: 'intervals', effort: 'hard' },
};
const SOCIAL_PROFILE = `${GARMIN}/gc-api/userprofile-service/socialProfile`;
const STRAVA_ANCHORS = ['#heading', '.activity-summary-container', '#pagenav-container'];
const GARMIN_ANCHORS = [
  '[data-testid="activity-header"]',
  '[class*="ActivityHeaderContainer_headerContainer" i]',
  '[class*="ActivityMetaInfo_activityMetadataHeader" i]',
];
/** The fixture shell renders its stand-in header on DOMContentLoaded; with this query it waits for pushState. */
const LATE_HEADER = 'late-header';
/** With this query the shell writes no VIEWER_SOCIAL_PROFILE (the preferences stay). */
const NO_VIEWER = 'no-viewer';
/** With this query the runner's Garmin weeks start on Sunday (the shell says Monday). */
const SUNDAY_WEEK = 'sunday-week';

/** Runs in the page: where the card's host is and how it is laid out. */
function hostPlacement(anchors) {
  const host = document.querySelector('hardday-card');
  if (!host) return null;
  const box = host.getBoundingClientRect();
  const previous = host.previousElementSibling;
  return {
    place: host.getAttribute('data-place'),
    position: getComputedStyle(host).position,
    parent: host.parentElement === document.body ? 'body' : (host.parentElement?.tagName ?? ''),
    after: anchors.find((selector) => previous?.matches(selector)) ?? null,
    box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width },
    viewport: { width: innerWidth, height: innerHeight },
    hasClose: Boolean(host.shadowRoot?.querySelector('[data-testid="card-close"]')),
  };
}

async function waitForPlace(page, place, anchors) {
  await page.waitForFunction(
    (wanted) => document.querySelector('hardday-card')?.getAttribute('data-place') === wanted,
    { polling: 50, timeout: WAIT_TIMEOUT },
    place,
  );
  return page.evaluate(hostPlacement, anchors);
}

/** Presses Tab until the focus is inside the card's host (the corner panel sits last on the page). */
async function tabIntoCard(page, maxPresses = 80) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.focus();
  });
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const inCard = await page.evaluate(() => document.activeElement?.tagName === 'HARDDAY-CARD');
    if (inCard) return i + 1;
  }
  throw new Error(`the card was not reached with ${maxPresses} presses of Tab`);
}

function assertInCorner(placement) {
  assert.equal(placement.place, 'corner');
  assert.equal(placement.position, 'fixed', 'the panel is fixed, not in the page flow');
  assert.equal(placement.parent, 'body');
  assert.ok(placement.hasClose, 'the corner panel can be closed');
  const { box, viewport } = placement;
  assert.ok(box.width > 200 && box.width <= 362, `a small panel: ${box.width}px wide`);
  assert.ok(
    viewport.width - box.right >= 8 && viewport.height - box.bottom >= 8,
    `in the lower right corner, inside the window: ${JSON.stringify(placement)}`,
  );
  assert.ok(box.top >= 0 && box.left >= 0, 'wholly inside the window');
}

describe(`[${kind}] the 2026-shaped pages`, { timeout: 300_000 }, () => {
  let harness;

  before(async () => {
    const { routes, module } = await loadSiteRoutes();
    const shell = module.fixturePath('garmin/app-shell-2026-03.html');
    harness = await launch(kind, {
      routes,
      extraRoutes: [
        // HardDay must not need socialProfile on a 2026 page; if it asks, it gets an error.
        {
          url: SOCIAL_PROFILE,
          body: '{"message":"unavailable"}',
          status: 503,
          contentType: 'application/json',
        },
        {
          url: GARMIN_WORKOUT.url,
          file: shell,
          contentType: 'text/html; charset=utf-8',
          transform: (text, url) => {
            const query = new URL(url).search;
            let page = text;
            if (query.includes(LATE_HEADER))
              page = page.replace("document.addEventListener('DOMContentLoaded', render);", '');
            if (query.includes(NO_VIEWER)) page = page.replaceAll('VIEWER_SOCIAL_PROFILE', 'OTHER_PROFILE');
            if (query.includes(SUNDAY_WEEK))
              page = page.replace(
                '"dayId":2,"dayName":"monday","sortOrder":2',
                '"dayId":1,"dayName":"sunday","sortOrder":1',
              );
            return page;
          },
        },
      ],
    });
  });

  after(async () => {
    await harness?.close();
  });

  test(`[${kind}] Strava 2026 long run (LongRun tag): long/hard, after the page's heading`, async () => {
    const { page, pageConsole } = await openSitePage(harness, LONG_RUN.url);
    const card = await waitForCard(page, { expect: LONG_RUN.expect });
    assert.equal(card.count, 1);
    const placement = await waitForPlace(page, 'anchor', STRAVA_ANCHORS);
    assert.equal(placement.after, '#heading');
    assert.notEqual(placement.position, 'fixed');
    assert.equal(placement.hasClose, false, 'a card in the page has no close button');
    await screenshotCard(page, kind, 'sites-2026-strava-long-run');
    assert.deepEqual(pageConsole.errors(), []);
    await page.close();
  });

  test(`[${kind}] Strava 2026 race on a page with no card anchor: race/hard in the corner panel`, async () => {
    const { page, pageConsole } = await openSitePage(harness, NO_ANCHOR_RACE.url);
    await page.setViewport({ width: 1280, height: 800 });
    const card = await waitForCard(page, { expect: NO_ANCHOR_RACE.expect });
    assert.equal(card.count, 1);
    assert.match(card.text, /Hard day/);
    const placement = await waitForPlace(page, 'corner', STRAVA_ANCHORS);
    assertInCorner(placement);
    await screenshot(page, kind, 'sites-2026-strava-no-anchor-corner');
    await screenshotCard(page, kind, 'sites-2026-strava-no-anchor-corner-card');

    // Keyboard: the panel is reached with Tab, and Escape closes it.
    await tabIntoCard(page);
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    assert.deepEqual(pageConsole.errors(), []);

    // The popup over this tab says why the card sat in the corner, with the bug report a click away.
    const popup = await popupOver(harness, page, '[data-testid="corner-card-note"]');
    const note = await popup.$eval('[data-testid="corner-card-note"]', (el) => el.textContent);
    assert.match(note, /none of its usual places for the card on this Strava page/);
    const report = await popup.$eval('[data-testid="bug-report-text"]', (el) => el.textContent);
    assert.match(report, /^HardDay read a page but found no place for its card\./);
    assert.match(report, /Outcome: read \(anchor-missing\)/);
    assert.doesNotMatch(report, /\d{8,}/, 'no activity id in the report');
    await screenshot(popup, kind, 'sites-2026-popup-corner-card');
    await popup.close();
    await page.close();
  });

  test(`[${kind}] the corner panel's close button takes it away for this visit`, async () => {
    const { page, pageConsole } = await openSitePage(harness, NO_ANCHOR_RACE.url);
    await waitForCard(page, { expect: NO_ANCHOR_RACE.expect });
    await waitForPlace(page, 'corner', STRAVA_ANCHORS);
    await clickInCard(page, 'card-close');
    await waitForNoCard(page);
    assert.equal(await readCard(page), null);
    assert.deepEqual(pageConsole.errors(), []);
    await page.close();
  });

  test(`[${kind}] Garmin 2026-03 shell: intervals/hard after the header, viewer from the page, no socialProfile request`, async () => {
    const mark = requestMark(harness);
    const { page, pageConsole } = await openSitePage(harness, GARMIN_WORKOUT.url);
    const card = await waitForCard(page, { expect: GARMIN_WORKOUT.expect });
    assert.equal(card.count, 1);
    const placement = await waitForPlace(page, 'anchor', GARMIN_ANCHORS);
    assert.equal(placement.after, '[class*="ActivityHeaderContainer_headerContainer" i]');
    await screenshotCard(page, kind, 'sites-2026-garmin-workout');
    const api = mark.apiSince();
    assert.ok(!api.includes(SOCIAL_PROFILE), `no socialProfile request: ${api.join(', ')}`);
    assert.ok(
      api.some((url) => url.endsWith('/activity/21500000031')),
      'the activity was read',
    );
    assert.deepEqual(pageConsole.errors(), []);
    await page.close();
  });

  test(`[${kind}] Garmin header rendered late: the card waits in the corner, then moves into the header`, async () => {
    const { page, pageConsole } = await openSitePage(harness, `${GARMIN_WORKOUT.url}?${LATE_HEADER}`);
    await waitForCard(page, { expect: GARMIN_WORKOUT.expect });
    assertInCorner(await waitForPlace(page, 'corner', GARMIN_ANCHORS));
    await screenshot(page, kind, 'sites-2026-garmin-late-header-corner');
    // The app renders its header (the fixture's stand-in renders on pushState).
    await page.evaluate(() => history.pushState(history.state, '', location.href));
    const placement = await waitForPlace(page, 'anchor', GARMIN_ANCHORS);
    assert.equal(placement.after, '[class*="ActivityHeaderContainer_headerContainer" i]');
    assert.notEqual(placement.position, 'fixed');
    assert.equal(placement.hasClose, false);
    assert.equal((await readCard(page)).count, 1, 'the same single card');
    await screenshot(page, kind, 'sites-2026-garmin-late-header-moved');
    assert.deepEqual(pageConsole.errors(), []);
    await page.close();
  });

  test(`[${kind}] Garmin without a viewer in the page and socialProfile failing: the card from the stored copy`, async () => {
    const stored = await harness.storage();
    assert.ok(
      stored.runs.some((run) => run.source === 'garmin' && run.id === '21500000031'),
      'an earlier visit stored the run',
    );
    const mark = requestMark(harness);
    const { page, pageConsole } = await openSitePage(harness, `${GARMIN_WORKOUT.url}?${NO_VIEWER}`);
    await waitForCard(page, { expect: GARMIN_WORKOUT.expect });
    const api = mark.apiSince();
    assert.ok(api.includes(SOCIAL_PROFILE), `the viewer was asked for: ${api.join(', ')}`);
    assert.deepEqual(
      apiRequests(api).filter((url) => url.includes('/activity-service/')),
      [],
      'the activity is not read without knowing whose it is',
    );
    assert.deepEqual(pageConsole.errors(), []);
    await page.close();
  });

  test(`[${kind}] Garmin weeks starting on Sunday become HardDay's weeks while the runner has not chosen`, async () => {
    const before = await harness.storage();
    assert.equal(
      before.settings?.weekStartsOn ?? 1,
      1,
      'Monday so far: HardDay’s default, and the Garmin shell’s',
    );
    const { page, pageConsole } = await openSitePage(harness, `${GARMIN_WORKOUT.url}?${SUNDAY_WEEK}`);
    await waitForCard(page, { expect: GARMIN_WORKOUT.expect });
    await waitUntil(async () => {
      const { settings, prefs } = await harness.storage();
      return settings?.weekStartsOn === 0 && prefs?.weekStartFrom === 'garmin';
    }, 'settings.weekStartsOn 0 from Garmin');
    assert.deepEqual(pageConsole.errors(), []);
    await page.close();
  });

  test(`[${kind}] no request went to any host but the two sites`, () => {
    assert.deepEqual(harness.blockedRequests, []);
  });
});
