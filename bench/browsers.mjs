// The two browsers of every A/B pair: Debian Chromium with HardDay loaded (the e2e harness) and the same Chromium
// without it, launched here with the same flags, the same fixture routes and the same request interception, so the
// extension is the only difference. Neither reaches the network.
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import {
  EXECUTABLES,
  TIMEOUTS,
  chromiumArgs,
  launch,
  makeProfileDir,
  removeProfileDir,
} from '../test/e2e/harness.mjs';
import { startNetworkGuard } from '../test/e2e/network-guard.mjs';
import { buildResponse, findRoute, isSiteUrl, notFoundResponse } from '../test/e2e/site-routes.mjs';

export const VIEWPORT = { width: 1280, height: 900 };

/** Chromium with the extension from `extensionDir` (the harness: fixture routes, network guard, its own profile). */
export async function launchWithHardDay({ routes, extensionDir }) {
  const harness = await launch('chromium', { routes, extensionDir });
  return {
    label: 'with HardDay',
    browser: harness.browser,
    harness,
    newPage: () => harness.newPage(),
    close: () => harness.close(),
  };
}

/**
 * Debian Chromium with the bench's flags, its own profile and the network guard, and no DevTools session on any
 * extension worker (unlike the e2e harness). With `extensionDir`, that unpacked extension is loaded.
 */
export async function launchPlainChromium({ profileKind, extensionDir }) {
  const guard = await startNetworkGuard(() => {});
  const profile = makeProfileDir(profileKind);
  const extensionArgs = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : [];
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: EXECUTABLES.chromium,
      headless: true,
      pipe: true,
      userDataDir: profile,
      enableExtensions: Boolean(extensionDir),
      timeout: TIMEOUTS.launch,
      protocolTimeout: TIMEOUTS.protocol,
      defaultViewport: VIEWPORT,
      args: [...extensionArgs, ...chromiumArgs(guard.port)],
    });
  } catch (error) {
    await guard.close();
    removeProfileDir(profile);
    throw error;
  }
  return {
    browser,
    async close() {
      await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
      await guard.close().catch(() => {});
      removeProfileDir(profile);
    },
  };
}

/** The same Chromium without any extension, answering site URLs from the same routes as the harness does. */
export async function launchWithoutExtension({ routes }) {
  const { browser, close } = await launchPlainChromium({ profileKind: 'bench-plain' });
  const fileCache = new Map();

  async function onRequest(request) {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    try {
      if (isSiteUrl(url)) {
        const route = findRoute(routes, url);
        await request.respond(route ? buildResponse(route, url, { fileCache }) : notFoundResponse(url));
      } else if (/^(https?|wss?|ftp):/i.test(url)) {
        await request.abort('blockedbyclient');
      } else {
        await request.continue();
      }
    } catch {
      // The page closed while its request was in flight.
    }
  }

  return {
    label: 'without HardDay',
    browser,
    async newPage() {
      const page = await browser.newPage();
      page.on('request', onRequest);
      await page.setRequestInterception(true);
      page.setDefaultTimeout(TIMEOUTS.navigation);
      page.setDefaultNavigationTimeout(TIMEOUTS.navigation);
      return page;
    },
    close,
  };
}

/** What the figures were measured on. */
export async function machineInfo(browser) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: await browser.version(),
    date: new Date().toISOString(),
  };
}
