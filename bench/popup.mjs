// Figure 4: popup.html opened in a fresh popup-sized tab until body[data-ready="true"], against an empty page of
// the same extension (blank.html, written into the bench's copy of the build) until its load event, and a control:
// the smallest page that could be a popup at all (popup.html's stylesheet and a one-line module script that marks it
// ready at once). Interleaved rounds; every page is timed inside the page from navigation start, so tab creation and
// CDP latency are left out.
import fs from 'node:fs';
import path from 'node:path';
import { pairRatios, summarize } from './stats.mjs';

export const BLANK_PAGE = 'blank.html';
export const BLANK_HTML =
  '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>blank</title></head>\n<body></body>\n</html>\n';
const MINIMAL_PAGE = 'minimal-popup.html';
const MINIMAL_SCRIPT = 'minimal-popup.js';

/** Writes the yardstick pages into a copy of the built extension. */
export function writeYardstickPages(extensionDir) {
  fs.writeFileSync(path.join(extensionDir, BLANK_PAGE), BLANK_HTML);
  const popupHtml = fs.readFileSync(path.join(extensionDir, 'popup.html'), 'utf8');
  const minimal = popupHtml
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace(
      /<script type="module"[^>]*><\/script>/,
      `<script type="module" src="/${MINIMAL_SCRIPT}"></script>`,
    );
  if (!minimal.includes(MINIMAL_SCRIPT) || !/rel="stylesheet"/.test(minimal)) {
    throw new Error('popup.html no longer has the module script and stylesheet the control copies');
  }
  fs.writeFileSync(path.join(extensionDir, MINIMAL_PAGE), minimal);
  fs.writeFileSync(path.join(extensionDir, MINIMAL_SCRIPT), "document.body.dataset.ready = 'true';\n");
}
const POPUP_VIEWPORT = { width: 400, height: 640 };

/** Injected before the page's own scripts: notes the moment body gets data-ready="true". */
function watchReady() {
  const check = () => {
    if (document.body?.dataset.ready === 'true' && globalThis.__benchReadyAt === undefined) {
      globalThis.__benchReadyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready'],
  });
}

/** Opens `url` in a fresh popup-sized tab from `newPage()`; its timings are taken in the page from navigation start. */
export async function timeExtensionPage(newPage, url, { waitForReady }) {
  const page = await newPage();
  try {
    await page.setViewport(POPUP_VIEWPORT);
    await page.bringToFront();
    await page.evaluateOnNewDocument(watchReady);
    await page.goto(url, { waitUntil: 'load' });
    if (waitForReady) {
      await page.waitForFunction(() => globalThis.__benchReadyAt !== undefined, {
        polling: 20,
        timeout: 20_000,
      });
    }
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        domContentLoadedMs: nav.domContentLoadedEventEnd,
        loadEventEndMs: nav.loadEventEnd,
        readyMs: globalThis.__benchReadyAt ?? null,
      };
    });
  } finally {
    await page.close().catch(() => {});
  }
}

/** A harness tab without the harness's request handler: extension pages need no fixture routes, and interception
 * (one round trip to Node per file) would slow a page with more files. */
async function uninterceptedPage(harness) {
  const page = await harness.newPage();
  page.removeAllListeners('request');
  await page.setRequestInterception(false);
  return page;
}

export async function measurePopup({ harness, pairs, warmup, log = () => {} }) {
  // The first open on a fresh profile shows onboarding; skip it once so every measured open shows the main view.
  await (await harness.openPopup()).close();
  const open = (pagePath, waitForReady) =>
    timeExtensionPage(() => uninterceptedPage(harness), `${harness.extensionOrigin}/${pagePath}`, {
      waitForReady,
    });
  const pages = {
    popup: () => open('popup.html', true),
    blank: () => open(BLANK_PAGE, false),
    minimal: () => open(MINIMAL_PAGE, true),
  };
  const samples = { popup: [], blank: [], minimal: [] };
  for (let round = 0; round < warmup + pairs; round += 1) {
    const names = Object.keys(pages);
    const order = round % 2 === 0 ? names : names.reverse();
    const result = {};
    for (const which of order) result[which] = await pages[which]();
    if (round < warmup) continue;
    for (const which of names) samples[which].push(result[which]);
    log(
      `  popup round ${round - warmup + 1}/${pairs}: ready ${result.popup.readyMs.toFixed(1)} ms, ` +
        `minimal page ready ${result.minimal.readyMs.toFixed(1)} ms, blank load ` +
        `${result.blank.loadEventEndMs.toFixed(1)} ms`,
    );
  }
  const ready = samples.popup.map((sample) => sample.readyMs);
  const minimalReady = samples.minimal.map((sample) => sample.readyMs);
  const blankLoad = samples.blank.map((sample) => sample.loadEventEndMs);
  return {
    pairs: ready.length,
    popupReadyMs: summarize(ready),
    popupLoadEventEndMs: summarize(samples.popup.map((sample) => sample.loadEventEndMs)),
    blankLoadEventEndMs: summarize(blankLoad),
    minimalReadyMs: summarize(minimalReady),
    ratio: summarize(pairRatios(ready, blankLoad), 2),
    minimalRatio: summarize(pairRatios(minimalReady, blankLoad), 2),
    overMinimalMs: summarize(ready.map((value, i) => value - minimalReady[i])),
    samples,
  };
}
