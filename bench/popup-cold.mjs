// The popup opened right after the browser stopped the extension's service worker (as it does after 30 s idle):
// the common case for a runner opening HardDay after a workout. A separate Chromium without the e2e harness, whose
// DevTools session on the worker would hold the worker's restart. Alternating with opens while the worker runs.
import { chromiumExtensionId } from '../test/e2e/harness.mjs';
import { launchPlainChromium } from './browsers.mjs';
import { timeExtensionPage } from './popup.mjs';
import { storeHistory } from './seed.mjs';
import { sleep, summarize } from './stats.mjs';

/**
 * @param {{ extensionDir: string, history: { runs: object[], strengthLog: object[] }, rounds: number,
 *   warmup: number, log?: (line: string) => void }} options
 */
export async function measureColdPopup({ extensionDir, history, rounds, warmup, log = () => {} }) {
  const origin = `chrome-extension://${chromiumExtensionId(extensionDir)}`;
  const { browser, close } = await launchPlainChromium({ profileKind: 'bench-cold-popup', extensionDir });
  try {
    const control = await browser.newPage();
    await control.goto(`${origin}/manifest.json`);
    await storeHistory(control, history);
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
        const timings = await timeExtensionPage(() => browser.newPage(), `${origin}/popup.html`, {
          waitForReady: true,
        });
        result[which] = timings.readyMs;
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
    await close();
  }
}
