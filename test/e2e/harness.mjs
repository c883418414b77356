// Real-browser harness: loads the built HardDay extension into Debian Chromium or Firefox ESR through
// puppeteer-core, serves saved site pages under their real URLs, and keeps every other request off the network.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { isBrowserServiceHost, startNetworkGuard } from './network-guard.mjs';
import { showPopupMain, waitForReady } from './page-helpers.mjs';
import { SITE_HOSTS, buildResponse, findRoute, isSiteUrl, notFoundResponse } from './site-routes.mjs';

export { SITE_HOSTS } from './site-routes.mjs';
export {
  waitForCard,
  readCard,
  screenshot,
  screenshotCard,
  chooseLevel,
  checkedLevel,
  showPopupMain,
  waitForReady,
  watchConsole,
} from './page-helpers.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BROWSERS = /** @type {const} */ (['chromium', 'firefox']);
export const BUILD_DIRS = { chromium: '.output/chrome-mv3', firefox: '.output/firefox-mv3' };
export const EXECUTABLES = {
  chromium: process.env.HARDDAY_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.HARDDAY_FIREFOX ?? '/usr/bin/firefox-esr',
};
export const GECKO_ID = 'hardday@hardday.app';
// Pinned so the Firefox extension origin is known before launch and stable across relaunches.
export const FIREFOX_UUID = '5d1f0c3a-7b2e-4c69-a8d4-3e9b6f2a1c70';
/** Flags for Debian Chromium on a closed network: no sandbox as root, no background calls, all traffic via the guard. */
export function chromiumArgs(guardPort) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--proxy-server=http://127.0.0.1:${guardPort}`,
  ];
}

export const POPUP_VIEWPORT = { width: 400, height: 640 };
export const TIMEOUTS = {
  launch: 60_000,
  extensionLoad: 20_000,
  navigation: 30_000,
  close: 15_000,
  protocol: 60_000,
};

// Browsers and temp profiles still open; killed and removed if the process exits without close().
const live = new Set();
process.once('exit', () => {
  for (const entry of live) {
    killBrowserProcess(entry.browser);
    if (entry.ownsProfile) fs.rmSync(entry.profile, { recursive: true, force: true });
  }
});

function killBrowserProcess(browser) {
  try {
    browser?.process()?.kill('SIGKILL');
  } catch {
    // Already gone.
  }
}

/** The id Chromium gives an unpacked extension: sha256 of its absolute path, hex digits mapped to a–p. */
export function chromiumExtensionId(dir) {
  const hex = crypto.createHash('sha256').update(fs.realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export function makeProfileDir(kind) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `hardday-e2e-${kind}-`));
}

export function removeProfileDir(dir) {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A fixed-offset zone in which it is about midday now, for the browsers under test. HardDay's advice depends on the
 * local clock (no strength window past the 21:30 cut-off, a new day at midnight); tests move runs to "ended N minutes
 * ago", so without this a run at 22:00 UTC would read "too late tonight" and a run at 23:55 would cross midnight.
 */
export function middayTimeZone(nowMs = Date.now()) {
  const utcHours = new Date(nowMs).getUTCHours() + new Date(nowMs).getUTCMinutes() / 60;
  const offset = Math.max(-12, Math.min(14, Math.round(12.5 - utcHours)));
  // POSIX-style names are inverted: Etc/GMT-3 is three hours ahead of UTC.
  if (offset === 0) return 'UTC';
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

/**
 * @param {'chromium' | 'firefox'} kind
 * @param {{
 *   routes?: object[], extraRoutes?: object[], transform?: (text: string, route: object, url: string) => string,
 *   userDataDir?: string, extensionDir?: string, headless?: boolean, timeZone?: string,
 *   downloadDir?: string,
 * }} [options]
 * `downloadDir`: downloads are saved there without asking (both browsers), so a test can read the file a click made.
 */
export async function launch(kind, options = {}) {
  if (!BROWSERS.includes(kind)) throw new Error(`unknown browser kind: ${kind}`);
  const { routes = [], extraRoutes = [], transform, headless = true } = options;
  // Chromium on Linux takes its UI language from LANGUAGE (--lang alone leaves i18n.getUILanguage() at en-US); it needs
  // Debian's chromium-l10n for the language to exist.
  const env = {
    ...process.env,
    TZ: options.timeZone ?? middayTimeZone(),
    ...(options.locale ? { LANGUAGE: options.locale } : {}),
  };
  const extensionDir = path.resolve(
    options.extensionDir ?? process.env.HARDDAY_E2E_EXTENSION_DIR ?? path.join(ROOT, BUILD_DIRS[kind]),
  );
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `no built extension in ${extensionDir}: run \`npx wxt build${kind === 'firefox' ? ' -b firefox' : ''}\``,
    );
  }
  const allRoutes = [...extraRoutes, ...routes];
  const fileCache = new Map();
  const requests = [];
  const blockedRequests = [];
  const unmatchedRequests = [];
  const proxyLog = [];
  const consoleErrors = [];

  const ownsProfile = !options.userDataDir;
  const profile = options.userDataDir ?? makeProfileDir(kind);
  const entry = { browser: undefined, profile, ownsProfile };
  live.add(entry);

  const guard = await startNetworkGuard(({ url, hostname }) => {
    proxyLog.push(url);
    if (!SITE_HOSTS.includes(hostname) && !isBrowserServiceHost(hostname)) blockedRequests.push(url);
  });

  /** Answers one request for a site URL from the routes (404 JSON when no route matches). */
  function siteResponse(url) {
    requests.push(url);
    const route = findRoute(allRoutes, url);
    if (!route) {
      unmatchedRequests.push(url);
      return notFoundResponse(url);
    }
    try {
      return buildResponse(route, url, { transform, fileCache });
    } catch (error) {
      // Answer anyway: an unanswered intercepted request would stall the page until a navigation timeout.
      console.error(`[harness] route for ${url} failed:`, error);
      return { status: 500, contentType: 'text/plain', headers: {}, body: `e2e harness: ${error}` };
    }
  }

  async function onPageRequest(request) {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    try {
      if (isSiteUrl(url)) {
        await request.respond(siteResponse(url));
      } else if (/^(https?|wss?|ftp):/i.test(url)) {
        blockedRequests.push(url);
        await request.abort('blockedbyclient');
      } else {
        await request.continue(); // the extension's own pages, data:, blob:, about:
      }
    } catch (error) {
      // The page may close while a request is in flight; anything else is a harness bug worth seeing.
      if (!/closed|detached|not found|No resource|Target/i.test(String(error)))
        console.error('[harness]', error);
    }
  }

  const instrumented = new WeakMap();
  function instrument(page) {
    if (!instrumented.has(page)) {
      instrumented.set(
        page,
        (async () => {
          page.on('request', onPageRequest);
          page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error?.message ?? error}`));
          page.on('console', (message) => {
            if (message.type() === 'error') consoleErrors.push(`console: ${message.text()}`);
          });
          await page.setRequestInterception(true);
          page.setDefaultTimeout(TIMEOUTS.navigation);
          page.setDefaultNavigationTimeout(TIMEOUTS.navigation);
        })(),
      );
    }
    return instrumented.get(page);
  }

  let browser;
  let extensionOrigin;
  try {
    if (kind === 'chromium') {
      const extensionId = chromiumExtensionId(extensionDir);
      extensionOrigin = `chrome-extension://${extensionId}`;
      browser = await puppeteer.launch({
        executablePath: EXECUTABLES.chromium,
        headless,
        env,
        pipe: true,
        userDataDir: profile,
        enableExtensions: true, // keeps puppeteer from adding --disable-extensions
        timeout: TIMEOUTS.launch,
        protocolTimeout: TIMEOUTS.protocol,
        defaultViewport: headless ? { width: 1280, height: 900 } : null,
        args: [
          `--disable-extensions-except=${extensionDir}`,
          `--load-extension=${extensionDir}`,
          ...chromiumArgs(guard.port),
        ],
      });
      entry.browser = browser;
      // The service worker's own fetches bypass page interception; serve them through CDP Fetch instead.
      const watchWorker = (target) => {
        if (target.type() === 'service_worker' && target.url().startsWith(`${extensionOrigin}/`)) {
          interceptWorker(target, siteResponse, blockedRequests).catch(() => {});
        }
      };
      browser.on('targetcreated', watchWorker);
      browser.targets().forEach(watchWorker);
      if (options.downloadDir) {
        const session = await browser.target().createCDPSession();
        await session.send('Browser.setDownloadBehavior', {
          behavior: 'allow',
          downloadPath: options.downloadDir,
        });
      }
    } else {
      extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: EXECUTABLES.firefox,
        headless,
        env,
        userDataDir: profile,
        timeout: TIMEOUTS.launch,
        protocolTimeout: TIMEOUTS.protocol,
        defaultViewport: { width: 1280, height: 900 },
        // Lets WebDriver BiDi navigate a tab to moz-extension:// pages.
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          'network.dns.disableIPv6': true,
          'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
          // The add-on is installed as temporary on each launch; keep its storage across a restart.
          'extensions.webextensions.keepStorageOnUninstall': true,
          'extensions.webextensions.keepUuidOnUninstall': true,
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': guard.port,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': guard.port,
          'network.proxy.no_proxies_on': '',
          // A browser in another language (issue 13): Firefox takes the UI language from this pref, and only with
          // the Debian language pack (firefox-esr-l10n-<lang>, an app-scope add-on) enabled; with it, browser.i18n
          // serves HardDay's messages in that language.
          ...(options.downloadDir
            ? {
                'browser.download.dir': options.downloadDir,
                'browser.download.folderList': 2,
                'browser.download.useDownloadDir': true,
                'browser.download.always_ask_before_handling_new_types': false,
                'browser.download.alwaysOpenPanel': false,
              }
            : {}),
          ...(options.locale
            ? {
                'intl.locale.requested': options.locale,
                'extensions.autoDisableScopes': 0,
                'extensions.enabledScopes': 15,
              }
            : {}),
        },
      });
      entry.browser = browser;
      const id = await withTimeout(
        browser.installExtension(extensionDir),
        TIMEOUTS.extensionLoad,
        'installExtension',
      );
      if (id !== GECKO_ID) throw new Error(`installed add-on id is ${id}, expected ${GECKO_ID}`);
    }
    browser.on('targetcreated', async (target) => {
      if (target.type() !== 'page') return;
      const page = await target.page().catch(() => null);
      if (page) await instrument(page).catch(() => {});
    });
  } catch (error) {
    await closeAll(entry, guard);
    throw error;
  }

  async function newPage() {
    const page = await browser.newPage();
    await instrument(page);
    return page;
  }

  /** Navigates a tab to an extension page (Firefox needs a raw BiDi navigate; puppeteer's goto waits forever). */
  async function gotoExtensionPage(page, pagePath) {
    const url = `${extensionOrigin}/${pagePath.replace(/^\//, '')}`;
    if (kind === 'chromium') {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    } else {
      await page.mainFrame().browsingContext.navigate(url, 'interactive');
      await page.waitForFunction(
        (expected) => location.href === expected && document.readyState !== 'loading',
        {
          polling: 50,
          timeout: TIMEOUTS.navigation,
        },
        url,
      );
    }
    return page;
  }

  /**
   * `initScript`: a function run in the page before its own scripts on every load (e.g. a spy on a browser API),
   * through puppeteer's evaluateOnNewDocument. Firefox runs no such script in moz-extension:// pages, so it is also
   * run once the page has loaded: it must be idempotent, and in Firefox it sees only what happens after the load.
   */
  async function openExtensionPage(pagePath, { ready = true, viewport, initScript } = {}) {
    const page = await newPage();
    if (viewport) await page.setViewport(viewport);
    if (initScript) await page.evaluateOnNewDocument(initScript);
    await gotoExtensionPage(page, pagePath);
    if (initScript) await page.evaluate(initScript);
    if (ready) await waitForReady(page);
    return page;
  }

  /** popup.html in a tab sized like the toolbar popup, showing its main view (onboarding skipped). */
  async function openPopup({ skipOnboarding = true } = {}) {
    const page = await openExtensionPage('popup.html', { viewport: POPUP_VIEWPORT });
    return showPopupMain(page, { skipOnboarding });
  }

  async function reloadExtensionPage(page, { ready = true } = {}) {
    await page
      .evaluate(() => {
        globalThis.__harddayBeforeReload = true;
        location.reload();
      })
      .catch(() => {}); // the context may be destroyed before evaluate returns
    await page.waitForFunction(() => !globalThis.__harddayBeforeReload && document.readyState !== 'loading', {
      polling: 50,
      timeout: TIMEOUTS.navigation,
    });
    if (ready) await waitForReady(page);
    return page;
  }

  /** The whole browser.storage.local, read from an extension page that renders no UI (manifest.json). */
  async function storage() {
    const page = await newPage();
    try {
      await gotoExtensionPage(page, 'manifest.json');
      return await page.evaluate(() => (globalThis.browser ?? globalThis.chrome).storage.local.get(null));
    } finally {
      await page.close().catch(() => {});
    }
  }

  // Proves the extension really loaded (a broken manifest would otherwise surface as a missing card later).
  await withTimeout(storage(), TIMEOUTS.extensionLoad, `loading the extension into ${kind}`).catch(
    async (error) => {
      await closeAll(entry, guard);
      throw error;
    },
  );

  let closed = false;
  return {
    browser,
    kind,
    extensionOrigin,
    extensionDir,
    userDataDir: profile,
    requests,
    blockedRequests,
    unmatchedRequests,
    proxyLog,
    consoleErrors,
    newPage,
    openExtensionPage,
    openPopup,
    reloadExtensionPage,
    storage,
    async close() {
      if (closed) return;
      closed = true;
      await closeAll(entry, guard);
    },
  };
}

async function closeAll(entry, guard) {
  if (entry.browser && !entry.browser.connected) {
    killBrowserProcess(entry.browser); // closed by the user (demo window) or crashed
  } else if (entry.browser) {
    try {
      await withTimeout(entry.browser.close(), TIMEOUTS.close, 'closing the browser');
    } catch {
      killBrowserProcess(entry.browser);
    }
  }
  await guard.close().catch(() => {});
  if (entry.ownsProfile) removeProfileDir(entry.profile);
  live.delete(entry);
}

/** Chromium: serve or block the extension service worker's fetches (one CDP session per worker start). */
async function interceptWorker(target, siteResponse, blockedRequests) {
  const session = await target.createCDPSession();
  session.on('Fetch.requestPaused', async ({ requestId, request }) => {
    try {
      if (isSiteUrl(request.url)) {
        const response = siteResponse(request.url);
        const headers = Object.entries({ ...response.headers, 'content-type': response.contentType });
        await session.send('Fetch.fulfillRequest', {
          requestId,
          responseCode: response.status,
          responseHeaders: headers.map(([name, value]) => ({ name, value: String(value) })),
          body: Buffer.from(response.body).toString('base64'),
        });
      } else {
        blockedRequests.push(request.url);
        await session.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
      }
    } catch {
      // The worker stopped while its request was paused; the request died with it.
    }
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: 'http*' }] });
}
