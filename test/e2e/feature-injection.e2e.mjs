// Issue 16, end to end: the always-on loader asks for the detector only where something may show, and the detector
// asks the background to inject the card feature only where a card may show, once per page. The background's record
// of injections (session storage, per tab: the page's time origin and its address then) is read from an extension
// page; pages are told apart by `performance.timeOrigin`.
// No feature on someone else's Strava run, a Strava dashboard whose feed shows nothing of the runner's (the dashboard
// line, when the feed shows the newest run: dashboard-line.e2e.mjs) or a Garmin non-activity route; one injection and
// one card on a Garmin tab that goes from home to an activity and on to another; reload, back/forward and an
// extension reload never leave two features or two cards in a page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserKind, loadSiteRoutes } from './context.mjs';
import { launch, readCard, waitForCard } from './harness.mjs';
import {
  GARMIN,
  STRAVA,
  cardStats,
  locationChangeEvent,
  openSitePage,
  reloadSitePage,
  trackCards,
  waitUntil,
} from './site-helpers.mjs';

const kind = browserKind();
const OWN_STRAVA = `${STRAVA}/activities/16900000002`;
const OTHER_STRAVA = `${STRAVA}/activities/16900000005`;
const DASHBOARD = `${STRAVA}/dashboard`;
const SEGMENT = `${STRAVA}/segments/1234567`;
const GARMIN_HOME = `${GARMIN}/app/home`;
const GARMIN_RUNS = ['/app/activity/21500000001', '/app/activity/21500000003'];

describe(
  `[${kind}] the card feature is injected only where a card may show, once per page`,
  { timeout: 300_000 },
  () => {
    let harness;

    before(async () => {
      const { routes, module } = await loadSiteRoutes();
      const extraRoutes = [
        // A dashboard with no feed entry of the runner's: nothing shows there, so nothing is loaded.
        {
          url: DASHBOARD,
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><html><head><title>Dashboard | Strava</title></head><body><h1>Dashboard</h1></body></html>',
        },
        // A page where nothing of HardDay's can show: the loader asks for no detector.
        {
          url: SEGMENT,
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><html><head><title>Segment | Strava</title></head><body><h1>Hill</h1></body></html>',
        },
        // Garmin serves the same app shell for every route; home has no activity header.
        {
          url: GARMIN_HOME,
          file: module.fixturePath('garmin/app-shell-2026-01.html'),
          contentType: 'text/html; charset=utf-8',
        },
      ];
      harness = await launch(kind, { routes, extraRoutes });
    });

    after(async () => {
      await harness?.close();
    });

    /** Every injection the background recorded, over all tabs. */
    async function injections() {
      const probe = await harness.openExtensionPage('manifest.json', { ready: false });
      try {
        const stored = await probe.evaluate(() =>
          (globalThis.browser ?? globalThis.chrome).storage.session.get('featureInjections'),
        );
        return Object.values(stored.featureInjections ?? {}).flat();
      } finally {
        await probe.close().catch(() => {});
      }
    }
    const pageKey = (page) => page.evaluate(() => performance.timeOrigin);
    const injectionsInto = async (page) => {
      const key = await pageKey(page);
      return (await injections()).filter((injection) => injection.page === key);
    };

    /**
     * Waits until the page's detector has looked at the address: it follows in-page navigation from the moment it has
     * judged the first address, so a harmless in-page address change it announces proves it ran.
     */
    async function detectorHasLooked(page, site) {
      const eventName = locationChangeEvent(harness, site);
      await page.evaluate((name) => {
        globalThis.__harddaySeen = 0;
        window.addEventListener(name, () => globalThis.__harddaySeen++);
      }, eventName);
      await page.waitForFunction(
        () => {
          if (globalThis.__harddaySeen > 0) return true;
          // Until the detector listens, keep changing the address (only the query, nothing the site reads).
          history.replaceState(history.state, '', `${location.pathname}?hd-probe=${Date.now()}`);
          return false;
        },
        { polling: 200, timeout: 20_000 },
      );
    }

    test(`[${kind}] a Strava page where nothing can show gets neither the detector nor a feature`, async () => {
      const { page, pageConsole } = await openSitePage(harness, SEGMENT);
      // The loader says so after it decided, and it would have asked before saying anything else.
      await pageConsole.waitFor(/\[HardDay\] nothing can show here: no detector loaded/);
      assert.deepEqual(await injectionsInto(page), []);
      assert.deepEqual(pageConsole.errors(), []);
      await page.close();
    });

    test(`[${kind}] no feature on someone else's Strava run`, async () => {
      const { page, pageConsole } = await openSitePage(harness, OTHER_STRAVA);
      await pageConsole.waitFor(/\[HardDay\] no card: someone else/);
      assert.deepEqual(await injectionsInto(page), []);
      assert.equal(await readCard(page), null);
      await page.close();
    });

    test(`[${kind}] no feature on a Strava dashboard without the runner's newest run`, async () => {
      const { page, pageConsole } = await openSitePage(harness, DASHBOARD);
      await detectorHasLooked(page, 'strava');
      assert.deepEqual(await injectionsInto(page), []);
      assert.deepEqual(pageConsole.errors(), []);
      await page.close();
    });

    test(`[${kind}] Garmin: none on home; home → an activity → another: one injection, one card`, async () => {
      const { page, pageConsole } = await openSitePage(harness, GARMIN_HOME);
      await detectorHasLooked(page, 'garmin');
      assert.deepEqual(await injectionsInto(page), [], 'nothing injected on a non-activity route');
      await trackCards(page);
      await page.evaluate((to) => history.pushState({}, '', to), GARMIN_RUNS[0]);
      await waitForCard(page, { expect: { kind: 'intervals' } });
      await page.evaluate((to) => history.pushState({}, '', to), GARMIN_RUNS[1]);
      const card = await waitForCard(page, { expect: { kind: 'recovery' } });
      assert.equal(card.count, 1, 'one card');
      assert.equal((await cardStats(page)).maxCount, 1, 'never two cards at once');
      const injected = await injectionsInto(page);
      assert.equal(injected.length, 1, 'injected once for the whole visit');
      assert.deepEqual(pageConsole.errors(), []);
      await page.close();
    });

    test(`[${kind}] reload: one injection per page, one card`, async () => {
      const { page } = await openSitePage(harness, OWN_STRAVA);
      await waitForCard(page, { expect: { kind: 'intervals' } });
      const first = await pageKey(page);
      await reloadSitePage(page);
      const card = await waitForCard(page, { expect: { kind: 'intervals' } });
      assert.equal(card.count, 1);
      const second = await pageKey(page);
      assert.notEqual(first, second, 'the reload is a new page');
      const all = await injections();
      assert.equal(all.filter((injection) => injection.page === first).length, 1, 'the first page once');
      assert.equal(all.filter((injection) => injection.page === second).length, 1, 'the reloaded page once');
      await page.close();
    });

    test(`[${kind}] back/forward: the page comes back with one card and no second injection`, async () => {
      const { page } = await openSitePage(harness, OWN_STRAVA);
      await waitForCard(page, { expect: { kind: 'intervals' } });
      await page.evaluate(() => {
        globalThis.__harddayBeforeLeaving = true;
      });
      await page.goto(DASHBOARD, { waitUntil: 'domcontentloaded' });
      // history.back() rather than puppeteer's goBack, which in Firefox waits forever for a page from the cache.
      await page.evaluate(() => history.back());
      await page.waitForFunction(
        (path) => location.pathname === path,
        { polling: 50 },
        new URL(OWN_STRAVA).pathname,
      );
      const card = await waitForCard(page, { expect: { kind: 'intervals' } });
      assert.equal(card.count, 1);
      const restored = await page.evaluate(() => globalThis.__harddayBeforeLeaving === true);
      const injected = await injectionsInto(page);
      // From the back/forward cache the same page returns with its feature running; otherwise it loads afresh.
      assert.equal(
        injected.length,
        1,
        `one injection into the page (${restored ? 'bfcache' : 'loaded again'})`,
      );
      await page.close();
    });

    test(
      `[${kind}] extension reload: never two cards; the next visit injects once`,
      {
        // An extension loaded with --load-extension stays disabled after runtime.reload() (ERR_BLOCKED_BY_CLIENT on its
        // pages), and Chrome injects no content script into open tabs on an update anyway: the double-card risk this
        // covers is Firefox's, which injects the new detector into the open tab.
        skip:
          kind === 'chromium' &&
          'Chromium: an extension loaded from the command line does not come back from a reload',
      },
      async () => {
        const { page } = await openSitePage(harness, `${GARMIN}${GARMIN_RUNS[0]}`);
        await waitForCard(page, { expect: { kind: 'intervals' } });
        await trackCards(page);
        const control = await harness.openExtensionPage('manifest.json', { ready: false });
        await control
          .evaluate(() => (globalThis.browser ?? globalThis.chrome).runtime.reload())
          .catch(() => {});
        await control.close().catch(() => {});
        // Back when an extension page can read storage again.
        let lastError;
        await waitUntil(
          async () => (await harness.storage().catch((error) => void (lastError = error))) !== undefined,
          'the reloaded extension',
        ).catch((error) => {
          throw new Error(`${error.message}; last: ${lastError}`);
        });
        if (kind === 'firefox') {
          // Firefox injects the new detector into open tabs: it loads the new feature, the old one ends with its context.
          await waitUntil(
            async () => (await injectionsInto(page)).length === 1,
            'the new feature in the open tab',
          );
          await waitForCard(page, { expect: { kind: 'intervals' } });
        }
        assert.ok((await cardStats(page)).maxCount <= 1, 'never two cards at once');
        assert.ok((await injectionsInto(page)).length <= 1, 'at most one injection after the reload');
        await reloadSitePage(page);
        const card = await waitForCard(page, { expect: { kind: 'intervals' } });
        assert.equal(card.count, 1);
        assert.equal((await injectionsInto(page)).length, 1, 'the reloaded page once');
        await page.close();
      },
    );

    test(`[${kind}] no request went to any host but the two sites`, () => {
      assert.deepEqual(harness.blockedRequests, []);
    });
  },
);
