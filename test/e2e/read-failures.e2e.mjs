// Issue 14, visible reading failures, end to end: a Strava activity page whose bootstrap script and card anchors are
// gone (and whose JSON answers in a shape HardDay does not know) gets no card, and the popup opened over that tab says
// it could not read it, offers the hand entry prefilled from the page and bug-report details without personal data.
// "Pause HardDay on Strava" then stops every read on the site: after a reload, no card and no request of HardDay's;
// "Resume" brings the card back.
//
// The popup is a tab here (test/e2e/harness.mjs): it looks at the active tab as it opens, so the site tab is brought
// to the front and the popup reloaded behind it, as the toolbar popup would open over that tab.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixturePath } from '../fixtures/routes.mjs';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, readCard, screenshot, waitForCard, watchConsole } from './harness.mjs';
import { GARMIN, STRAVA, openSitePage, popupOver } from './site-helpers.mjs';

const kind = browserKind();
const UNREADABLE_ID = '16900000097';
const UNREADABLE = `${STRAVA}/activities/${UNREADABLE_ID}`;
const OWN_RUN = `${STRAVA}/activities/16900000001`;
const TEST_IDS = ['page-unreadable', 'site-paused', 'run-summary', 'no-run'];
const GARMIN_UNREADABLE_ID = '21500000098';
/** The same run's page in German, without the bootstrap; its training JSON fails, so only the page's words tell. */
const GERMAN_ID = '16900000096';
const GERMAN = `${STRAVA}/activities/${GERMAN_ID}`;
const GARMIN_UNREADABLE = `${GARMIN}/app/activity/${GARMIN_UNREADABLE_ID}`;
const GARMIN_OWN_RUN = `${GARMIN}/app/activity/21500000001`;

/**
 * The rendered 2026-04 Garmin activity page (test/fixtures/garmin/activity-rendered-2026-04.html) without the app
 * shell's script of globals: no VIEWER_SOCIAL_PROFILE or VIEWER_USERPREFERENCES in the page.
 */
const withoutShellGlobals = (html) =>
  html.replace(/<script nonce="[^"]*">window\.URL_BUST_VALUE[\s\S]*?<\/script>/, '');

/**
 * The page of the run without its bootstrap (test/fixtures/strava/activity-run-no-script-2026-01.html), as if Strava
 * had also dropped the activity type from the title and renamed the three places the card goes.
 */
const redesigned = (html) =>
  html
    .replaceAll('16900000007', UNREADABLE_ID)
    .replace('<title>Lunch Run | Run | Strava</title>', '<title>Lunch Run | Strava</title>')
    .replace('id="heading"', 'id="activity-heading"')
    .replace('class="activity-summary-container"', 'class="activity-summary-box"')
    .replace('id="pagenav-container"', 'id="side-nav"');

const extraRoutes = [
  {
    url: UNREADABLE,
    file: fixturePath('strava/activity-run-no-script-2026-01.html'),
    contentType: 'text/html; charset=utf-8',
    transform: redesigned,
  },
  {
    // The training JSON answers, but in a shape HardDay does not know.
    url: `${STRAVA}/athlete/training_activities/${UNREADABLE_ID}`,
    body: JSON.stringify({ activity: { id: Number(UNREADABLE_ID), kind: 'Run', started: '2026-01-16' } }),
    contentType: 'application/json; charset=utf-8',
  },
  { url: `${STRAVA}/activities/${UNREADABLE_ID}/lap_efforts`, body: '[]', contentType: 'application/json' },
  {
    url: GERMAN,
    file: fixturePath('strava/activity-run-no-script-de-2026-12.html'),
    contentType: 'text/html; charset=utf-8',
    transform: (html) => html.replaceAll('16900000007', GERMAN_ID),
  },
  {
    url: `${STRAVA}/athlete/training_activities/${GERMAN_ID}`,
    file: fixturePath('garmin/server-error-2026-01.json'),
    contentType: 'application/json; charset=utf-8',
    status: 500,
  },
  { url: `${STRAVA}/activities/${GERMAN_ID}/lap_efforts`, body: '[]', contentType: 'application/json' },
  {
    url: GARMIN_UNREADABLE,
    file: fixturePath('garmin/activity-rendered-2026-04.html'),
    contentType: 'text/html; charset=utf-8',
    transform: withoutShellGlobals,
  },
  {
    // The activity JSON fails (Garmin's server error), and HardDay holds no copy of this run.
    url: new RegExp(
      `^${GARMIN}/gc-api/activity-service/activity/${GARMIN_UNREADABLE_ID}(?:/splits)?(?:\\?.*)?$`,
    ),
    file: fixturePath('garmin/server-error-2026-01.json'),
    contentType: 'application/json; charset=utf-8',
    status: 500,
  },
];

/** HardDay's own requests to the site (JSON), after `from` in the harness's request log. */
const hardDayRequests = (harness, from) =>
  harness.requests.slice(from).filter((url) => /\/athlete\/training_activities|\/lap_efforts/.test(url));

/** Which of the popup's main panels are on screen. */
const panels = (popup) =>
  popup.evaluate((ids) => ids.filter((id) => document.querySelector(`[data-testid="${id}"]`)), TEST_IDS);

describe(
  `[${kind}] an activity page HardDay cannot read, and pausing it on the site`,
  { timeout: 240_000 },
  () => {
    let harness;
    let site;
    let popup;

    before(async () => {
      const { routes } = await loadSiteRoutes();
      harness = await launch(kind, { routes, extraRoutes });
    });

    after(async () => {
      await harness?.close();
    });

    test(`[${kind}] control: the runner's own run gets its card`, async () => {
      const { page } = await openSitePage(harness, OWN_RUN);
      await waitForCard(page);
      await page.close();
    });

    test(`[${kind}] a German page without its bootstrap, and no JSON: the card's run is read from the German words`, async () => {
      const { page } = await openSitePage(harness, GERMAN);
      await waitForCard(page);
      // The start line "12:10 am Freitag, 16. Januar 2026" is the browser's local time.
      const start = await page.evaluate(() => new Date(2026, 0, 16, 12, 10).toISOString());
      const stored = (await harness.storage()).runs.find((run) => run.id === GERMAN_ID);
      assert.deepEqual(
        stored && [
          stored.title,
          stored.start,
          stored.elapsedS,
          stored.movingS,
          stored.distanceM,
          stored.elevationGainM,
        ],
        ['Mittagslauf', start, 2355, 2293, 7020, 18],
      );
      await screenshot(page, kind, 'strava-german-page-no-bootstrap');
      await page.close();
    });

    test(`[${kind}] no card, and the popup says it could not read the page, with the hand entry prefilled`, async () => {
      const opened = await openSitePage(harness, UNREADABLE);
      site = opened.page;
      // The card feature has read the page and given up (the popup would also update if it opened before).
      await opened.pageConsole.waitFor(/\[HardDay\] no card: The page names no activity type/);
      popup = await popupOver(harness, site, '[data-testid="page-unreadable"]');
      assert.equal(await readCard(site), null, 'no card on the page');

      const shown = await popup.evaluate(() => {
        const value = (id) => document.querySelector(`[data-testid="${id}"]`)?.value;
        const text = (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
        return {
          heading: document.querySelector('[data-testid="page-unreadable"] h2')?.textContent,
          shown: text('unreadable-shown'),
          date: value('manual-date'),
          time: value('manual-time'),
          minutes: value('manual-minutes'),
          distance: text('manual-distance'),
          report: text('bug-report-text'),
          forms: document.querySelectorAll('[data-testid="manual-run"]').length,
        };
      });
      assert.equal(shown.heading, 'HardDay could not read this Strava activity');
      assert.match(shown.shown, /Lunch Run/);
      // The page's start (12:10 PM, Friday 16 January 2026, in the browser's zone), elapsed 39:15, 7.02 km.
      assert.deepEqual([shown.date, shown.time, shown.minutes], ['2026-01-16', '12:10', '39']);
      assert.match(shown.distance, /7\.0 km|4\.4 mi/); // in the browser language's unit
      assert.equal(shown.forms, 1, 'one hand-entry form, the prefilled one');
      assert.match(shown.report, /^Site: Strava$/m);
      assert.match(shown.report, /^Page: activity$/m);
      assert.match(shown.report, /^Outcome: unreadable \(no-bootstrap\)$/m);
      assert.match(shown.report, /^Found: heading, start time, stats$/m);
      assert.match(
        shown.report,
        /^Missing: bootstrap, title type, training JSON, #heading, \.activity-summary-container, #pagenav-container$/m,
      );
      assert.match(
        shown.report,
        new RegExp(`^Browser: ${kind === 'firefox' ? 'Firefox' : 'Chrome'} \\d+$`, 'm'),
      );
      assert.doesNotMatch(shown.report, new RegExp(`${UNREADABLE_ID}|Lunch Run|strava\\.com`));
      await screenshot(popup, kind, 'popup-page-unreadable', { fullPage: true });

      // Copying needs the browser's leave; either way the runner is told.
      await popup.click('[data-testid="copy-bug-report"]');
      await popup.waitForFunction(
        () => document.querySelector('[data-testid="copy-status"]')?.textContent?.trim(),
        { polling: 50, timeout: 10_000 },
      );

      // The prefilled run is saved as it stands.
      await popup.click('[data-testid="manual-save"]');
      await popup.waitForFunction(
        () => document.querySelector('[data-testid="manual-status"]')?.textContent === 'Run saved.',
        { polling: 50, timeout: 10_000 },
      );
      const { runs } = await harness.storage();
      const saved = runs.filter((run) => run.source === 'manual');
      assert.equal(saved.length, 1);
      assert.equal(saved[0].elapsedS, 39 * 60);
      assert.equal(saved[0].distanceM, 7020);
    });

    test(`[${kind}] "pause HardDay on Strava": no read on the site after a reload, until resumed`, async () => {
      await popupOver(harness, site, '[data-testid="pause-site"]', popup);
      await popup.click('[data-testid="pause-site"]');
      await popup.waitForSelector('[data-testid="site-paused"]', { timeout: 10_000 });
      assert.deepEqual((await harness.storage()).prefs.sites, { strava: false, garmin: true });
      assert.deepEqual(await panels(popup), ['site-paused', 'run-summary']);
      await screenshot(popup, kind, 'popup-site-paused', { fullPage: true });

      // The same tab goes to the runner's own run, which had a card before: none now, and no JSON asked for.
      await site.bringToFront();
      const from = harness.requests.length;
      const PAUSED = /\[HardDay\] no card: turned off for strava/;
      const visit = watchConsole(site);
      await site.goto(OWN_RUN, { waitUntil: 'load' });
      await visit.waitFor(PAUSED);
      const reload = watchConsole(site);
      await site.reload({ waitUntil: 'load' });
      await reload.waitFor(PAUSED);
      assert.equal(await readCard(site), null, 'no card while paused');
      assert.deepEqual(hardDayRequests(harness, from), [], 'no request of HardDay’s while paused');
      assert.ok(
        harness.requests.slice(from).every((url) => url.split('#')[0] === OWN_RUN),
        `only the page itself was loaded: ${harness.requests.slice(from).join(', ')}`,
      );

      // Resume: the card is back after a reload.
      await popupOver(harness, site, '[data-testid="resume-site"]', popup);
      await popup.click('[data-testid="resume-site"]');
      await popup.waitForFunction(() => !document.querySelector('[data-testid="site-paused"]'), {
        polling: 50,
        timeout: 10_000,
      });
      assert.deepEqual((await harness.storage()).prefs.sites, { strava: true, garmin: true });
      await site.bringToFront();
      await site.reload({ waitUntil: 'load' });
      await waitForCard(site);
      await screenshot(site, kind, 'card-after-resume');
    });

    test(`[${kind}] Garmin: no shell globals and no activity JSON → the popup says it could not read it, with the hand entry; pause and resume`, async () => {
      const opened = await openSitePage(harness, GARMIN_UNREADABLE);
      const garmin = opened.page;
      await opened.pageConsole.waitFor(/\[HardDay\] no card: .*no stored copy of this run/);
      const garminPopup = await popupOver(harness, garmin, '[data-testid="page-unreadable"]');
      assert.equal(await readCard(garmin), null, 'no card on the page');
      const shown = await garminPopup.evaluate(() => {
        const text = (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
        return {
          heading: document.querySelector('[data-testid="page-unreadable"] h2')?.textContent,
          shown: text('unreadable-shown'),
          report: text('bug-report-text'),
          forms: document.querySelectorAll('[data-testid="manual-run"]').length,
          save: !!document.querySelector('[data-testid="manual-save"]'),
        };
      });
      assert.equal(shown.heading, 'HardDay could not read this Garmin Connect activity');
      assert.match(shown.shown, /Morning Run/, 'the activity’s name from the tab title');
      assert.equal(shown.forms, 1, 'the hand entry, once');
      assert.ok(shown.save, 'the hand entry can be saved');
      assert.match(shown.report, /^Site: Garmin Connect$/m);
      assert.match(shown.report, /^Page: activity$/m);
      assert.match(shown.report, /^Outcome: unreadable \(fetch-failed\)$/m);
      assert.match(shown.report, /^Found: viewer, activity title\b/m);
      assert.match(shown.report, /^Missing: activity JSON\b/m);
      assert.doesNotMatch(shown.report, new RegExp(`${GARMIN_UNREADABLE_ID}|Morning Run|garmin\\.com`));
      await screenshot(garminPopup, kind, 'popup-garmin-unreadable', { fullPage: true });

      // Pause on Garmin Connect: the runner's own run, which has a card otherwise, gets none and no JSON is asked for.
      await garminPopup.click('[data-testid="pause-site"]');
      await garminPopup.waitForSelector('[data-testid="site-paused"]', { timeout: 10_000 });
      assert.deepEqual((await harness.storage()).prefs.sites, { strava: true, garmin: false });
      await garmin.bringToFront();
      const from = harness.requests.length;
      const visit = watchConsole(garmin);
      await garmin.goto(GARMIN_OWN_RUN, { waitUntil: 'load' });
      await visit.waitFor(/\[HardDay\] no card: turned off for garmin/);
      assert.equal(await readCard(garmin), null, 'no card while paused');
      assert.deepEqual(
        harness.requests.slice(from).filter((url) => /\/gc-api\//.test(url)),
        [],
        'no JSON of HardDay’s while paused (the page’s own shell asks for none here)',
      );

      // Resume: the card is back after a reload.
      await popupOver(harness, garmin, '[data-testid="resume-site"]', garminPopup);
      await garminPopup.click('[data-testid="resume-site"]');
      await garminPopup.waitForFunction(() => !document.querySelector('[data-testid="site-paused"]'), {
        polling: 50,
        timeout: 10_000,
      });
      assert.deepEqual((await harness.storage()).prefs.sites, { strava: true, garmin: true });
      await garmin.bringToFront();
      const resumedFrom = harness.requests.length;
      await garmin.reload({ waitUntil: 'load' });
      await waitForCard(garmin);
      assert.ok(
        harness.requests
          .slice(resumedFrom)
          .some((url) => /\/gc-api\/activity-service\/activity\/21500000001/.test(url)),
        'resumed, HardDay reads the activity JSON again (so the paused visit really asked for nothing)',
      );
      await garminPopup.close();
      await garmin.close();
    });

    test(`[${kind}] no request went to any host but the two sites`, () => {
      assert.deepEqual(harness.blockedRequests, []);
    });
  },
);
