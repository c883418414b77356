// Figure 4: popup.html opened in a fresh popup-sized tab until body[data-ready="true"], against an empty page of
// the same extension (blank.html, written into the bench's copy of the build) until its load event. Interleaved
// pairs; both are timed inside the page from navigation start, so tab creation and CDP latency are left out.
import { pairRatios, summarize } from './stats.mjs';

export const BLANK_PAGE = 'blank.html';
export const BLANK_HTML =
  '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>blank</title></head>\n<body></body>\n</html>\n';
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

async function openOnce(harness, pagePath, { waitForReady }) {
  const page = await harness.newPage();
  try {
    // Extension pages need no fixture routes; interception (one round trip to Node per file) would slow the page
    // with more files, so the harness's request handler is taken off this tab.
    page.removeAllListeners('request');
    await page.setRequestInterception(false);
    await page.setViewport(POPUP_VIEWPORT);
    await page.bringToFront();
    await page.evaluateOnNewDocument(watchReady);
    await page.goto(`${harness.extensionOrigin}/${pagePath}`, { waitUntil: 'load' });
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

export async function measurePopup({ harness, pairs, warmup, log = () => {} }) {
  // The first open on a fresh profile shows onboarding; skip it once so every measured open shows the main view.
  await (await harness.openPopup()).close();
  const popup = [];
  const blank = [];
  for (let pair = 0; pair < warmup + pairs; pair += 1) {
    const order = pair % 2 === 0 ? ['popup', 'blank'] : ['blank', 'popup'];
    const result = {};
    for (const which of order) {
      result[which] =
        which === 'popup'
          ? await openOnce(harness, 'popup.html', { waitForReady: true })
          : await openOnce(harness, BLANK_PAGE, { waitForReady: false });
    }
    if (pair < warmup) continue;
    popup.push(result.popup);
    blank.push(result.blank);
    log(
      `  popup pair ${pair - warmup + 1}/${pairs}: ready ${result.popup.readyMs.toFixed(1)} ms, ` +
        `blank load ${result.blank.loadEventEndMs.toFixed(1)} ms`,
    );
  }
  const ready = popup.map((sample) => sample.readyMs);
  const blankLoad = blank.map((sample) => sample.loadEventEndMs);
  return {
    pairs: popup.length,
    popupReadyMs: summarize(ready),
    popupLoadEventEndMs: summarize(popup.map((sample) => sample.loadEventEndMs)),
    blankLoadEventEndMs: summarize(blankLoad),
    ratio: summarize(pairRatios(ready, blankLoad), 2),
    samples: { popup, blank },
  };
}
