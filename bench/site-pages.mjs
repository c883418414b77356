// Figure 7 (issue 16): what HardDay costs the site pages a runner opens most, measured against the control (the same
// extension with empty content scripts on the same matches), on script-heavy stand-ins of the Strava dashboard and
// Garmin home, where HardDay shows nothing, and of an own run's Strava activity page, where the card shows. The
// fixture pages load in ~30 ms, which no real page of these sites does: their apps bring megabytes of script whose
// compiling and running holds the load event for hundreds of milliseconds. The stand-ins carry ~1.5 MB of generated
// script (functions defined, a third of them run, a feed rendered), so a constant cost of a few milliseconds weighs as
// it does on the real pages. Each load in a fresh tab; rounds alternate which side goes first.
import fs from 'node:fs';
import path from 'node:path';
import { pairRatios, sleep, summarize } from './stats.mjs';
import {
  TRACE_CATEGORIES,
  extensionCpuAfterLoadMs,
  extensionCpuBeforeLoadMs,
  mainThreadCpuBeforeLoadMs,
  readLoadTrace,
} from './trace-scripting.mjs';

const S = 'https://www.strava.com';
const G = 'https://connect.garmin.com';
const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CARD_WAIT_MS = 15_000;

export const SITE_PAGES = {
  'strava dashboard': { url: `${S}/dashboard`, card: false },
  'garmin home': { url: `${G}/app/home`, card: false },
  'strava activity (own run)': { url: `${S}/activities/16900000002`, card: true },
};

/** Deterministic generated script: `functions` small functions, every third one run, then `entries` feed items. */
export function generatedScript(name, functions, entries, seed) {
  let state = seed;
  const next = (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const lines = [`(function () {`, `  var m = {};`];
  for (let i = 0; i < functions; i += 1) {
    lines.push(
      `  m.f${i} = function (a, b) { var s = ${next(97)}, t = '${name}-${i}'; ` +
        `for (var k = 0; k < ${8 + next(24)}; k++) { s += (a * k + b) % ${7 + next(89)}; ` +
        `t = t.length > 48 ? t.slice(6) : t + String.fromCharCode(97 + (s % 26)); } ` +
        `return { s: s, t: t, n: ${next(1000)} }; };`,
    );
  }
  lines.push(
    `  var out = 0;`,
    `  for (var i = 0; i < ${functions}; i += 3) out += m['f' + i](i, ${seed}).s;`,
    `  window.__benchWork = (window.__benchWork || 0) + out;`,
    `  var feed = document.getElementById('bench-feed');`,
    `  if (feed) for (var e = 0; e < ${entries}; e++) {`,
    `    var item = document.createElement('article'); item.className = 'feed-entry';`,
    `    for (var c = 0; c < 12; c++) { var p = document.createElement(c % 3 ? 'span' : 'div');`,
    `      p.textContent = m['f' + ((e * 12 + c) % ${functions})](e, c).t; item.appendChild(p); }`,
    `    feed.appendChild(item);`,
    `  }`,
    `})();`,
  );
  return `${lines.join('\n')}\n`;
}

/** The scripts every stand-in loads, as real site pages load their app bundles (classic, blocking). */
const ASSETS = [
  { file: 'vendor.js', functions: 4000, entries: 0, seed: 11 },
  { file: 'app.js', functions: 2500, entries: 30, seed: 23 },
];
const scriptTags = ASSETS.map(({ file }) => `<script src="/bench-assets/${file}"></script>`).join('\n');
const withScripts = (html) =>
  html.replace(/<\/body>/i, `<div id="bench-feed"></div>\n${scriptTags}\n</body>`);

const DASHBOARD_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="bench-dashboard-token">
<title>Dashboard | Strava</title>
<style>body { font-family: sans-serif; margin: 0 } header { height: 56px; background: #fc5200 } .feed-entry { padding: 8px; border-bottom: 1px solid #ddd }</style>
</head>
<body>
<header></header>
<main><h1>Dashboard</h1></main>
</body>
</html>
`;

/** Routes for the stand-ins (placed before the fixture routes, so the activity page's heavy copy wins). */
export function sitePageRoutes(fixtureRoutes, fixturePath) {
  const assets = ASSETS.flatMap(({ file, functions, entries, seed }) => {
    const body = generatedScript(file.replace('.js', ''), functions, entries, seed);
    return [S, G].map((origin) => ({ url: `${origin}/bench-assets/${file}`, body, contentType: JS }));
  });
  const activity = fixtureRoutes.find((route) => route.url === SITE_PAGES['strava activity (own run)'].url);
  if (!activity?.file) throw new Error('no fixture route for the Strava activity stand-in');
  const read = (file) => fs.readFileSync(path.resolve(file), 'utf8');
  return [
    ...assets,
    { url: SITE_PAGES['strava dashboard'].url, body: withScripts(DASHBOARD_HTML), contentType: HTML },
    {
      url: SITE_PAGES['garmin home'].url,
      body: withScripts(read(fixturePath('garmin/app-shell-2026-01.html'))),
      contentType: HTML,
    },
    { url: activity.url, body: withScripts(read(activity.file)), contentType: HTML },
  ];
}

/** Runs in the page. */
function readLoad() {
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    domContentLoadedMs: nav?.domContentLoadedEventEnd ?? null,
    loadEventEndMs: nav?.loadEventEnd ?? null,
    work: globalThis.__benchWork ?? null,
    cards: document.querySelectorAll('hardday-card').length,
  };
}

async function loadOnce(side, url, { windowMs, expectCard }) {
  const page = await side.newPage();
  try {
    await page.bringToFront();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    const started = performance.now();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    // The same window on both sides, so whatever HardDay does after the load event is done before the next load; the
    // trace runs through it, so that work is counted too (apart from the load).
    await sleep(windowMs - (performance.now() - started));
    // Parsed once: a trace of a script-heavy page is megabytes of JSON.
    const trace = readLoadTrace(await page.tracing.stop());
    const cpuBeforeLoadMs = mainThreadCpuBeforeLoadMs(trace);
    const extensionCpuMs = extensionCpuBeforeLoadMs(trace);
    const extensionCpuAfterMs = extensionCpuAfterLoadMs(trace);
    const { ScriptDuration } = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]),
    );
    if (expectCard) {
      await page.waitForFunction(() => document.querySelectorAll('hardday-card').length > 0, {
        polling: 50,
        timeout: CARD_WAIT_MS,
      });
    }
    const load = await page.evaluate(readLoad);
    if (!load.work) throw new Error(`${url}: the stand-in's scripts did not run`);
    if (load.cards !== (expectCard ? 1 : 0)) {
      throw new Error(`${url} (${side.label}): ${load.cards} cards, expected ${expectCard ? 1 : 0}`);
    }
    return { ...load, cpuBeforeLoadMs, extensionCpuMs, extensionCpuAfterMs, scriptMs: ScriptDuration * 1000 };
  } finally {
    await page.close().catch(() => {});
  }
}

const pick = (list, key) => list.map((sample) => sample[key]);
/** Median, range and the middle half of the per-pair ratios. */
function ratioSummary(ratios) {
  const sorted = ratios.filter(Number.isFinite).sort((a, b) => a - b);
  const quartile = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
  return {
    ...summarize(sorted, 3),
    q1: Number(quartile(0.25)?.toFixed(3)),
    q3: Number(quartile(0.75)?.toFixed(3)),
  };
}

/**
 * @param {{ hardday: object, control: object, pairs: number, warmup: number, windowMs: number,
 *   log?: (line: string) => void }} options
 */
export async function measureSitePages({ hardday, control, pairs, warmup, windowMs, log = () => {} }) {
  const sides = { hardday, control };
  const collected = Object.fromEntries(
    Object.keys(SITE_PAGES).map((name) => [name, { hardday: [], control: [] }]),
  );
  for (let pair = 0; pair < warmup + pairs; pair += 1) {
    for (const [name, { url, card }] of Object.entries(SITE_PAGES)) {
      const order = pair % 2 === 0 ? ['hardday', 'control'] : ['control', 'hardday'];
      const samples = {};
      for (const side of order) {
        samples[side] = await loadOnce(sides[side], url, {
          windowMs,
          expectCard: card && side === 'hardday',
        });
      }
      if (pair < warmup) continue;
      for (const side of order) collected[name][side].push(samples[side]);
      log(
        `  ${name} ${pair - warmup + 1}/${pairs}: load HardDay ${samples.hardday.loadEventEndMs.toFixed(1)}, ` +
          `control ${samples.control.loadEventEndMs.toFixed(1)} ms ` +
          `(${(samples.hardday.loadEventEndMs / samples.control.loadEventEndMs).toFixed(3)}×); main-thread CPU ` +
          `before load ${samples.hardday.cpuBeforeLoadMs?.toFixed(1)} vs ${samples.control.cpuBeforeLoadMs?.toFixed(1)} ms; ` +
          `extension scripts ${samples.hardday.extensionCpuMs?.toFixed(2)} vs ${samples.control.extensionCpuMs?.toFixed(2)} ms`,
      );
    }
  }
  return Object.fromEntries(
    Object.entries(collected).map(([name, { hardday: a, control: b }]) => [
      name,
      {
        url: SITE_PAGES[name].url,
        card: SITE_PAGES[name].card,
        pairs: a.length,
        loadEventEndMs: {
          hardday: summarize(pick(a, 'loadEventEndMs')),
          control: summarize(pick(b, 'loadEventEndMs')),
        },
        loadRatio: ratioSummary(pairRatios(pick(a, 'loadEventEndMs'), pick(b, 'loadEventEndMs'))),
        domContentLoadedRatio: ratioSummary(
          pairRatios(pick(a, 'domContentLoadedMs'), pick(b, 'domContentLoadedMs')),
        ),
        loadExtraMs: summarize(a.map((sample, i) => sample.loadEventEndMs - b[i].loadEventEndMs)),
        cpuBeforeLoadMs: {
          hardday: summarize(pick(a, 'cpuBeforeLoadMs')),
          control: summarize(pick(b, 'cpuBeforeLoadMs')),
        },
        cpuRatio: ratioSummary(pairRatios(pick(a, 'cpuBeforeLoadMs'), pick(b, 'cpuBeforeLoadMs'))),
        cpuExtraMs: summarize(a.map((sample, i) => sample.cpuBeforeLoadMs - b[i].cpuBeforeLoadMs)),
        extensionCpuMs: {
          hardday: summarize(pick(a, 'extensionCpuMs')),
          control: summarize(pick(b, 'extensionCpuMs')),
        },
        extensionCpuAfterLoadMs: {
          hardday: summarize(pick(a, 'extensionCpuAfterMs')),
          control: summarize(pick(b, 'extensionCpuAfterMs')),
        },
        // What HardDay's own scripts add over the empty ones, on the page's CPU: the page's work is the same on both
        // sides, so this is the ratio without the load-to-load swing of the page itself.
        attributedRatio: ratioSummary(
          a.map((sample, i) => 1 + (sample.extensionCpuMs - b[i].extensionCpuMs) / b[i].cpuBeforeLoadMs),
        ),
        scriptMs: { hardday: summarize(pick(a, 'scriptMs')), control: summarize(pick(b, 'scriptMs')) },
        samples: { hardday: a, control: b },
      },
    ]),
  );
}
