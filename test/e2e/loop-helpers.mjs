// Helpers for the daily-loop, reminder and accessibility browser tests: a fixture run moved to "ended N minutes
// ago", a probe tab on an extension page for storage, badge, alarms and background messages, condition waits that
// poll, popup actions, and axe-core runs. Every wait is a condition with a timeout, never a fixed sleep.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSiteRoutes } from './context.mjs';
import { ROOT, launch, showPopupMain } from './harness.mjs';

export const STRAVA_HOST = 'www.strava.com';

/**
 * The hard run of the daily loop: the Strava intervals fixture (a workout-tagged 6 × 800 m). A race would not do: the
 * days after a race are for recovery, not strength.
 */
export const HARD_RUN = {
  url: 'https://www.strava.com/activities/16900000002',
  anchor: 'strava-intervals',
  runKey: 'strava:16900000002',
};

/** The storage keys an export carries; an import must bring each of them back. */
export const EXPORTED_KEYS = ['settings', 'prefs', 'runs', 'strengthLog', 'overrides'];

export const AXE_SOURCE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/**
 * Launches `kind` with the Strava fixtures moved in time so that the loop's hard run ended at `endedAtMs` (epoch ms).
 * Every Strava answer (page, JSON, list) gets the same shift, so the runs keep their order; the recent-activity list
 * leaves out the runs that came after it in the fixtures (moved, they would lie in the future).
 * `options.hardRunUploaded`, asked on every list request, leaves the hard run itself out too while it says false (a
 * test can then "upload" it between two visits).
 */
export async function launchWithHardRunEndedAt(kind, endedAtMs, options = {}) {
  const { routes, retime, module } = await loadSiteRoutes();
  const shift = module.shiftToEndAt(HARD_RUN.anchor, endedAtMs);
  const latestStart = Date.parse(module.FIXTURE_ANCHOR[HARD_RUN.anchor].start) + shift * 1000;
  const { hardRunUploaded = () => true, ...launchOptions } = options;
  const transform = (text, _route, url) => {
    if (new URL(url).hostname !== STRAVA_HOST) return text;
    const moved = retime(text, shift);
    return new URL(url).pathname === '/athlete/training_activities'
      ? withoutLaterRuns(moved, hardRunUploaded() ? latestStart : latestStart - 1)
      : moved;
  };
  const harness = await launch(kind, { routes, transform, ...launchOptions });
  return { harness, shift, runEndMs: endedAtMs };
}

/** The recent-activity list without the activities that started after `latestStartMs`. */
function withoutLaterRuns(text, latestStartMs) {
  const page = JSON.parse(text);
  page.models = page.models.filter((model) => !(Date.parse(model.start_time) > latestStartMs));
  return JSON.stringify(page);
}

/** Repeats `read` until `check(value)` holds; returns that value. The error shows the last value read. */
export async function pollUntil(read, check, { timeout = 20_000, interval = 200, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await read();
      lastError = undefined;
      if (check(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error ${lastError}` : JSON.stringify(last)?.slice(0, 1500);
      throw new Error(`${what}: not reached within ${timeout} ms; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * A tab on an extension page that renders no UI (manifest.json), kept open for the reads a test repeats: the
 * whole storage, the toolbar badge, the alarms, the notifications, and messages to the background in the
 * protocol's own shape (@webext-core/messaging v4: `{ id, type, data, timestamp }` → `{ res } | { err }`).
 */
export async function openProbe(harness) {
  const page = await harness.openExtensionPage('manifest.json', { ready: false });
  const evaluate = (fn, ...args) => page.evaluate(fn, ...args);
  return {
    page,
    storage: () => evaluate(() => (globalThis.browser ?? globalThis.chrome).storage.local.get(null)),
    badge: () => evaluate(() => (globalThis.browser ?? globalThis.chrome).action.getBadgeText({})),
    title: () => evaluate(() => (globalThis.browser ?? globalThis.chrome).action.getTitle({})),
    alarms: () =>
      evaluate(async () =>
        (await (globalThis.browser ?? globalThis.chrome).alarms.getAll())
          .map(({ name, scheduledTime, periodInMinutes }) => ({ name, scheduledTime, periodInMinutes }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      ),
    /**
     * Ids of the notifications showing now, plus those closed since `watchNotifications()` (headless Firefox
     * closes a notification the moment it shows, so only its onClosed event proves it was there).
     */
    notifications: () =>
      evaluate(async () => {
        const open = Object.keys(await (globalThis.browser ?? globalThis.chrome).notifications.getAll());
        return [...new Set([...open, ...(globalThis.__harddayClosedNotifications ?? [])])];
      }),
    watchNotifications: () =>
      evaluate(() => {
        if (globalThis.__harddayClosedNotifications) return;
        const closed = [];
        globalThis.__harddayClosedNotifications = closed;
        (globalThis.browser ?? globalThis.chrome).notifications.onClosed.addListener((id) => closed.push(id));
      }),
    /** Sends one protocol message to the background; resolves with its answer or throws its error. */
    async send(type, data) {
      const reply = await evaluate(
        (messageType, messageData) =>
          (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({
            id: Math.floor(Math.random() * 1e9),
            type: messageType,
            data: messageData,
            timestamp: Date.now(),
          }),
        type,
        data ?? null,
      );
      if (!reply || typeof reply !== 'object')
        throw new Error(`no answer to ${type}: ${JSON.stringify(reply)}`);
      if (reply.err) throw new Error(`${type} failed: ${reply.err.message ?? JSON.stringify(reply.err)}`);
      return reply.res;
    },
    /** Polls storage until `check(storage)` holds. */
    waitForStorage(check, options = {}) {
      return pollUntil(this.storage, check, { what: 'storage', ...options });
    },
    waitForBadge(check, options = {}) {
      return pollUntil(this.badge, check, { what: 'badge text', ...options });
    },
    waitForTitle(check, options = {}) {
      return pollUntil(this.title, check, { what: 'toolbar tooltip', ...options });
    },
    close: () => page.close().catch(() => {}),
  };
}

/** Opens a Strava page of the retimed fixtures and waits for the card, so the run is reported and stored. */
export async function visitSitePage(harness, url) {
  const page = await harness.newPage();
  const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
  if (response?.status() !== 200) throw new Error(`fixture not served for ${url}: ${response?.status()}`);
  return page;
}

/** Text and attributes of a data-testid element (null when absent). */
export function readTestId(page, testId) {
  return page.evaluate((id) => {
    const el = document.querySelector(`[data-testid="${id}"]`);
    if (!el) return null;
    return {
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      data: { ...el.dataset },
      ariaLabel: el.getAttribute('aria-label'),
    };
  }, testId);
}

/** Waits until the data-testid element exists and `check(read)` holds (checked in Node, polled in the page). */
export async function waitForTestId(page, testId, check = () => true, { timeout = 20_000 } = {}) {
  return pollUntil(
    () => readTestId(page, testId),
    (value) => value !== null && check(value),
    { timeout, interval: 100, what: `[data-testid="${testId}"]` },
  );
}

/** Clicks a data-testid element once it is there and enabled. */
export async function clickTestId(page, testId, { timeout = 20_000 } = {}) {
  const handle = await page.waitForSelector(`[data-testid="${testId}"]:not([disabled])`, { timeout });
  if (!handle) throw new Error(`no [data-testid="${testId}"]`);
  await handle.click();
  await handle.dispose().catch(() => {});
}

/** Finds the tab whose location starts with `urlPrefix` (Firefox keeps page.url() at about:blank for these). */
export async function waitForTab(harness, urlPrefix, { timeout = 20_000 } = {}) {
  return pollUntil(
    async () => {
      for (const page of await harness.browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(urlPrefix)) return page;
      }
      return null;
    },
    (page) => page !== null,
    { timeout, interval: 200, what: `a tab at ${urlPrefix}` },
  );
}

/** Writes `value` as JSON to a temp file (for the options page's file input); returns the path. */
export function writeTempJson(value, name = 'hardday-export.json') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardday-e2e-file-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

/**
 * Makes the next download in this extension page hand its Blob to the test instead of the browser: the options
 * page exports through a Blob URL and a clicked <a download>. Returns a function resolving to the file's text.
 */
export async function captureNextDownload(page) {
  await page.evaluate(() => {
    const state = { text: null, name: null };
    globalThis.__harddayDownload = state;
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => {
      const url = createObjectURL(blob);
      if (blob instanceof Blob)
        void blob.text().then((text) => {
          state.text = text;
        });
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function clickUnlessDownload() {
      if (this.hasAttribute('download')) {
        state.name = this.getAttribute('download');
        return; // the test reads the Blob; no file lands in the downloads folder
      }
      return click.call(this);
    };
  });
  return async () => {
    const handle = await page.waitForFunction(
      () => {
        const state = globalThis.__harddayDownload;
        return state?.text && state.name ? { text: state.text, name: state.name } : false;
      },
      { polling: 50, timeout: 20_000 },
    );
    const value = await handle.jsonValue();
    await handle.dispose().catch(() => {});
    return value;
  };
}

/**
 * Runs axe-core in the page (WCAG 2.x A/AA rules and best practices) and returns the serious and critical
 * violations, each with its rule, impact and the first few offending nodes.
 */
export async function axeViolations(page, { minImpact = 'serious' } = {}) {
  const source = fs.readFileSync(AXE_SOURCE, 'utf8');
  const loaded = await page.evaluate(() => typeof globalThis.axe?.run === 'function');
  // Evaluated, not a <script> tag: extension pages allow only their own scripts.
  if (!loaded) await page.evaluate(source);
  const results = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, {
      resultTypes: ['violations'],
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => ({
        target: node.target.join(' '),
        summary: node.failureSummary,
      })),
    }));
  });
  const order = ['minor', 'moderate', 'serious', 'critical'];
  const floor = order.indexOf(minImpact);
  return {
    blocking: results.filter((violation) => order.indexOf(violation.impact ?? 'minor') >= floor),
    all: results,
  };
}

/** Follows the system colour scheme in this tab (Chromium through CDP; false where the browser cannot). */
export async function emulateColorScheme(page, scheme) {
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  } catch {
    return false;
  }
  return page.evaluate((wanted) => matchMedia(`(prefers-color-scheme: ${wanted})`).matches, scheme);
}

/**
 * A Firefox profile folder whose prefs.js makes every page see `prefers-color-scheme: dark` (puppeteer writes its
 * own user.js but leaves prefs.js in place). The caller removes the folder.
 */
export function darkFirefoxProfile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardday-e2e-firefox-dark-'));
  fs.writeFileSync(
    path.join(dir, 'prefs.js'),
    [
      'user_pref("layout.css.prefers-color-scheme.content-override", 0);',
      'user_pref("ui.systemUsesDarkTheme", 1);',
    ].join('\n'),
  );
  return dir;
}

/** Popup: goes through onboarding with the given answers (the popup must show onboarding). */
export async function finishOnboarding(popup, { level, season, target }) {
  await waitForTestId(popup, 'onboarding', (el) => el.data.step === '0');
  await clickLabelOf(popup, `[data-testid="onboarding"] [data-testid="level-${level}"]`);
  await clickTestId(popup, 'onboarding-next');
  await waitForTestId(popup, 'onboarding', (el) => el.data.step === '1');
  await clickLabelOf(popup, `[data-testid="season-${season}"]`);
  await clickTestId(popup, 'onboarding-next');
  await waitForTestId(popup, 'onboarding', (el) => el.data.step === '2');
  await popup.select('[data-testid="onboarding-target"]', target);
  await clickTestId(popup, 'onboarding-finish');
  await showPopupMain(popup, { skipOnboarding: false });
}

/** Clicks a radio or checkbox the way a user does: on its label (the input itself may be visually hidden). */
export async function clickLabelOf(page, selector) {
  const input = await page.waitForSelector(selector, { timeout: 20_000 });
  if (!input) throw new Error(`no ${selector}`);
  const label = (await input.evaluateHandle((el) => el.labels?.[0] ?? el.closest('label'))).asElement();
  await (label ?? input).click();
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.checked === true,
    { polling: 50 },
    selector,
  );
  await input.dispose().catch(() => {});
}
