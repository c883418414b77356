// Figures 2 and 3: each fixture activity page loaded with HardDay, without it, and (control) with an extension whose
// content scripts are empty, in interleaved rounds (the order alternates). Per load: navigation timing, main-thread
// scripting over a fixed window (CDP Performance.getMetrics, and a trace in separate loads) and the card marks the
// content script leaves.
import { pairRatios, sleep, summarize } from './stats.mjs';
import { TRACE_CATEGORIES, scriptingFromTrace } from './trace-scripting.mjs';

const CARD_WAIT_MS = 15_000;

function metricsByName(result) {
  return Object.fromEntries(result.metrics.map(({ name, value }) => [name, value]));
}

/** Runs in the page: navigation timing and HardDay's marks (the content script's marks share this timeline). */
function readTimeline() {
  const nav = performance.getEntriesByType('navigation')[0];
  const marks = performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('hardday:'));
  const first = (name) => marks.find((mark) => mark.name === name)?.startTime ?? null;
  return {
    domContentLoadedMs: nav?.domContentLoadedEventEnd ?? null,
    loadEventStartMs: nav?.loadEventStart ?? null,
    loadEventEndMs: nav?.loadEventEnd ?? null,
    runReadMs: first('hardday:run-read'),
    cardPaintedMs: first('hardday:card-painted'),
    cards: document.querySelectorAll('hardday-card').length,
  };
}

/**
 * One load of `url` in a fresh tab. Scripting is summed from before the navigation until `windowMs` after it
 * (the same window on every side; it must cover the card, see `cardAfterWindow`). With `trace`, the load is also
 * traced for the complete scripting count (traced loads are kept apart: tracing slows the page).
 */
async function loadOnce(side, url, { windowMs, expectCard, trace = false }) {
  const page = await side.newPage();
  try {
    await page.bringToFront();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const before = metricsByName(await cdp.send('Performance.getMetrics'));
    if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
    const started = performance.now();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    await sleep(windowMs - (performance.now() - started));
    const traced = trace ? scriptingFromTrace(await page.tracing.stop()) : null;
    const after = metricsByName(await cdp.send('Performance.getMetrics'));
    let timeline = await page.evaluate(readTimeline);
    const cardAfterWindow = expectCard && timeline.cardPaintedMs === null;
    if (cardAfterWindow) {
      await page.waitForFunction(() => performance.getEntriesByName('hardday:card-painted').length > 0, {
        polling: 50,
        timeout: CARD_WAIT_MS,
      });
      timeline = await page.evaluate(readTimeline);
    }
    if (timeline.cards !== (expectCard ? 1 : 0)) {
      throw new Error(`${url} (${side.label}): ${timeline.cards} cards, expected ${expectCard ? 1 : 0}`);
    }
    return {
      ...timeline,
      cdpScriptMs: (after.ScriptDuration - (before.ScriptDuration ?? 0)) * 1000,
      cdpTaskMs: (after.TaskDuration - (before.TaskDuration ?? 0)) * 1000,
      ...(traced && {
        traceScriptMs: traced.scriptMs,
        traceScriptBeforeLoadMs: traced.scriptBeforeLoadMs,
        traceDclToLoadMs: traced.dclToLoadMs,
      }),
      cardAfterWindow,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

const pick = (list, key) => list.map((sample) => sample[key]);
const bySide = (samples, key, digits) =>
  Object.fromEntries(
    Object.entries(samples).map(([side, list]) => [side, summarize(pick(list, key), digits)]),
  );

function summarizePage(url, plain, traced, windowMs) {
  const a = plain.with;
  const b = plain.without;
  const empty = plain.emptyScript ?? [];
  return {
    url,
    pairs: a.length,
    windowMs,
    loadEventEndMs: bySide(plain, 'loadEventEndMs'),
    domContentLoadedMs: bySide(plain, 'domContentLoadedMs'),
    loadRatio: summarize(pairRatios(pick(a, 'loadEventEndMs'), pick(b, 'loadEventEndMs')), 3),
    loadExtraMs: summarize(a.map((sample, i) => sample.loadEventEndMs - b[i].loadEventEndMs)),
    ...(empty.length && {
      emptyScriptLoadRatio: summarize(
        pairRatios(pick(empty, 'loadEventEndMs'), pick(b, 'loadEventEndMs')),
        3,
      ),
      loadOverEmptyScriptMs: summarize(a.map((sample, i) => sample.loadEventEndMs - empty[i].loadEventEndMs)),
    }),
    cdpScriptMs: bySide(plain, 'cdpScriptMs'),
    cdpScriptRatio: summarize(pairRatios(pick(a, 'cdpScriptMs'), pick(b, 'cdpScriptMs')), 2),
    traceScriptMs: bySide(traced, 'traceScriptMs'),
    traceScriptRatio: summarize(
      pairRatios(pick(traced.with, 'traceScriptMs'), pick(traced.without, 'traceScriptMs')),
      2,
    ),
    traceScriptExtraMs: summarize(
      traced.with.map((sample, i) => sample.traceScriptMs - traced.without[i].traceScriptMs),
    ),
    traceScriptBeforeLoadMs: bySide(traced, 'traceScriptBeforeLoadMs'),
    traceDclToLoadMs: bySide(traced, 'traceDclToLoadMs'),
    runReadMs: summarize(pick(a, 'runReadMs')),
    cardPaintedMs: summarize(pick(a, 'cardPaintedMs')),
    cardAfterDataMs: summarize(a.map((sample) => sample.cardPaintedMs - sample.runReadMs)),
    cardsAfterWindow: a.filter((sample) => sample.cardAfterWindow).length,
    samples: { plain, traced },
  };
}

/**
 * @param {{ sides: { with: object, without: object, emptyScript?: object }, pages: Record<string, string>,
 *   pairs: number, warmup: number, windowMs: number, log?: (line: string) => void }} options
 */
export async function measurePageLoads({ sides, pages, pairs, warmup, windowMs, log = () => {} }) {
  const sideNames = Object.keys(sides);
  const results = {};
  const emptyFor = () => Object.fromEntries(sideNames.map((name) => [name, []]));
  const collected = Object.fromEntries(
    Object.keys(pages).map((name) => [name, { plain: emptyFor(), traced: { with: [], without: [] } }]),
  );
  for (let pair = 0; pair < warmup + pairs; pair += 1) {
    for (const [name, url] of Object.entries(pages)) {
      const forward = pair % 2 === 0;
      const plain = {};
      for (const side of forward ? sideNames : [...sideNames].reverse()) {
        plain[side] = await loadOnce(sides[side], url, { windowMs, expectCard: side === 'with' });
      }
      const traced = {};
      for (const side of forward ? ['without', 'with'] : ['with', 'without']) {
        traced[side] = await loadOnce(sides[side], url, {
          windowMs,
          expectCard: side === 'with',
          trace: true,
        });
      }
      if (pair < warmup) continue;
      for (const side of sideNames) collected[name].plain[side].push(plain[side]);
      for (const side of ['with', 'without']) collected[name].traced[side].push(traced[side]);
      log(
        `  ${name} ${pair - warmup + 1}/${pairs}: load ${sideNames
          .map((side) => `${side} ${plain[side].loadEventEndMs.toFixed(1)}`)
          .join(', ')} ms; scripting (trace) ${traced.with.traceScriptMs.toFixed(1)} vs ` +
          `${traced.without.traceScriptMs.toFixed(1)} ms; card ` +
          `${(plain.with.cardPaintedMs - plain.with.runReadMs).toFixed(1)} ms after data`,
      );
    }
  }
  for (const [name, { plain, traced }] of Object.entries(collected)) {
    results[name] = summarizePage(pages[name], plain, traced, windowMs);
  }
  return results;
}
