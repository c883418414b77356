// The popup opened right after the browser stopped the extension's service worker (as it does after 30 s idle):
// the common case for a runner opening HardDay after a workout. A separate Chromium without the e2e harness, whose
// DevTools session on the worker would hold the worker's restart. Alternating with opens while the worker runs.
import puppeteer from 'puppeteer-core';
import {
  EXECUTABLES,
  TIMEOUTS,
  chromiumArgs,
  chromiumExtensionId,
  makeProfileDir,
  removeProfileDir,
} from '../test/e2e/harness.mjs';
import { startNetworkGuard } from '../test/e2e/network-guard.mjs';
import { sleep, summarize } from './stats.mjs';

const POPUP_VIEWPORT = { width: 400, height: 640 };

/** Injected before the page's scripts: notes when body gets data-ready="true". */
function watchReady() {
  const observer = new MutationObserver(() => {
    if (document.body?.dataset.ready === 'true' && globalThis.__benchReadyAt === undefined) {
      globalThis.__benchReadyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready'],
  });
}

async function openPopupOnce(browser, origin) {
  const page = await browser.newPage();
  try {
    await page.setViewport(POPUP_VIEWPORT);
    await page.evaluateOnNewDocument(watchReady);
    await page.goto(`${origin}/popup.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => globalThis.__benchReadyAt !== undefined, {
      polling: 20,
      timeout: 20_000,
    });
    return await page.evaluate(() => globalThis.__benchReadyAt);
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * @param {{ extensionDir: string, history: { runs: object[], strengthLog: object[] }, rounds: number,
 *   warmup: number, log?: (line: string) => void }} options
 */
export async function measureColdPopup({ extensionDir, history, rounds, warmup, log = () => {} }) {
  const guard = await startNetworkGuard(() => {});
  const profile = makeProfileDir('bench-cold-popup');
  const origin = `chrome-extension://${chromiumExtensionId(extensionDir)}`;
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless: true,
    pipe: true,
    userDataDir: profile,
    enableExtensions: true,
    timeout: TIMEOUTS.launch,
    protocolTimeout: TIMEOUTS.protocol,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...chromiumArgs(guard.port),
    ],
  });
  try {
    const control = await browser.newPage();
    await control.goto(`${origin}/manifest.json`);
    await control.evaluate(async (values) => {
      const storage = globalThis.chrome.storage.local;
      const { prefs } = await storage.get('prefs');
      await storage.set({ ...values, prefs: { ...(prefs ?? {}), onboarded: true } });
    }, history);
    const cdp = await control.createCDPSession();
    let workerStatus = 'unknown';
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions)
        if (version.scriptURL.startsWith(origin)) workerStatus = version.runningStatus;
    });
    await cdp.send('ServiceWorker.enable');
    const stopWorker = async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const started = Date.now();
      while (workerStatus !== 'stopped') {
        if (Date.now() - started > 10_000) throw new Error(`the worker did not stop (${workerStatus})`);
        await sleep(20);
      }
    };

    const samples = { warm: [], cold: [] };
    for (let round = 0; round < warmup + rounds; round += 1) {
      const order = round % 2 === 0 ? ['warm', 'cold'] : ['cold', 'warm'];
      const result = {};
      for (const which of order) {
        if (which === 'cold') await stopWorker();
        result[which] = await openPopupOnce(browser, origin);
      }
      if (round < warmup) continue;
      samples.warm.push(result.warm);
      samples.cold.push(result.cold);
      log(
        `  popup round ${round - warmup + 1}/${rounds}: worker stopped ${result.cold.toFixed(1)} ms, ` +
          `worker running ${result.warm.toFixed(1)} ms`,
      );
    }
    return {
      rounds: samples.cold.length,
      coldReadyMs: summarize(samples.cold),
      warmReadyMs: summarize(samples.warm),
      samples,
    };
  } finally {
    await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
    await guard.close().catch(() => {});
    removeProfileDir(profile);
  }
}
