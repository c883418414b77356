// `npm run bench`: builds HardDay, then measures in Debian Chromium what it costs the pages it runs on (issue 6).
// Writes bench/results/latest.json and latest.md and the README section between the bench markers.
//
//   node bench/run.mjs                  # everything (about 5 minutes on 2 cores)
//   node bench/run.mjs --pairs=15       # more A/B pairs (default 10, at least 10 for the README figures)
//   node bench/run.mjs --no-build       # reuse .output/ (while working on the bench itself)
//   node bench/run.mjs --no-readme      # leave README.md alone
//   node bench/run.mjs --extension=DIR --out=DIR   # measure another Chromium build (e.g. an older commit's) and
//                                                  # write its results elsewhere, for before/after figures
//   node bench/run.mjs --only=site-pages,navigations   # only these parts (page-load, site-pages, popup,
//                                                      # cold-popup, navigations, core); leaves README.md alone
//   node bench/run.mjs --site-pairs=30     # pairs on the script-heavy site pages (default 20)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entrySizes } from '../test/build/sizes.mjs';
import { loadSiteRoutes, OWN_RUN_PAGES } from '../test/e2e/context.mjs';
import { launchWithHardDay, launchWithoutExtension, machineInfo } from './browsers.mjs';
import { measureCore } from './core.mjs';
import { garminActivityIds, garminActivityRoutes } from './garmin-activities.mjs';
import { measureNavigations } from './navigations.mjs';
import { measurePageLoads } from './page-load.mjs';
import { measurePopup, writeYardstickPages } from './popup.mjs';
import { measureColdPopup } from './popup-cold.mjs';
import { seedHistory } from './seed.mjs';
import { measureSitePages, sitePageRoutes } from './site-pages.mjs';
import { yearOfHistory } from './year-history.mjs';
import { formatMarkdown, judgeTargets, renderMarkdown, updateReadme } from './report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = path.join(ROOT, 'bench', 'results');
const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv3' };

function textOption(name) {
  const arg = process.argv.find((value) => value.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : undefined;
}
const otherExtension = textOption('extension') && path.resolve(textOption('extension'));
const outDir = textOption('out') ? path.resolve(textOption('out')) : RESULTS_DIR;

function option(name, fallback) {
  const arg = process.argv.find((value) => value.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : fallback;
}
const flag = (name) => process.argv.includes(`--${name}`);

const PARTS = ['page-load', 'site-pages', 'popup', 'cold-popup', 'navigations', 'core'];
const only = textOption('only')?.split(',');
const unknownPart = only?.find((part) => !PARTS.includes(part));
if (unknownPart) throw new Error(`--only: no part ${unknownPart} (${PARTS.join(', ')})`);
const measures = (part) => !only || only.includes(part);

const config = {
  pairs: Math.max(1, option('pairs', 10)),
  // The site-page ratios are judged against 1.01–1.02: more pairs than the other figures.
  sitePairs: Math.max(1, option('site-pairs', 20)),
  warmup: 1,
  // Every load is watched this long on both sides; the card shows within about 200 ms of navigation start.
  windowMs: option('window', 1500),
  navigations: option('navigations', 100),
  pages: {
    strava: OWN_RUN_PAGES.strava, // own long run
    garmin: OWN_RUN_PAGES.garmin, // the single-page-app shell, own structured intervals
  },
  // Distinct own runs visited in turn by in-app navigation (bench/garmin-activities.mjs serves each).
  garminActivities: garminActivityIds(60),
};

const startedAt = performance.now();
const log = (line) =>
  console.log(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${line}`);

function build() {
  log('npm run build');
  const run = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run build failed:\n${run.stdout}\n${run.stderr}`);
}

/**
 * Copies of the Chromium build: HardDay plus the popup's yardstick pages (an empty page and a minimal popup), and the same extension
 * with empty content scripts (the control that shows what any content script costs the page).
 */
function extensionCopies(tempDir) {
  const source = otherExtension ?? path.join(ROOT, BUILDS.chrome);
  const hardday = path.join(tempDir, 'hardday');
  const emptyScripts = path.join(tempDir, 'empty-content-scripts');
  fs.cpSync(source, hardday, { recursive: true });
  writeYardstickPages(hardday);
  fs.cpSync(source, emptyScripts, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(source, 'manifest.json'), 'utf8'));
  for (const script of manifest.content_scripts ?? []) {
    for (const file of script.js ?? []) fs.writeFileSync(path.join(emptyScripts, file), 'void 0;\n');
  }
  return { hardday, emptyScripts };
}

async function main() {
  if (!flag('no-build') && !otherExtension) build();
  const builds = otherExtension ? { chrome: otherExtension } : BUILDS;
  const sizes = Object.fromEntries(
    Object.entries(builds)
      .filter(([, dir]) => fs.existsSync(path.resolve(ROOT, dir, 'manifest.json')))
      .map(([name, dir]) => [name, entrySizes(path.resolve(ROOT, dir))]),
  );
  if (!sizes.chrome) throw new Error(`no Chromium build in ${builds.chrome}`);
  log(
    `sizes: ${Object.entries(sizes.chrome)
      .map(([name, s]) => `${name} ${s.gzipBytes} B gz`)
      .join(', ')}`,
  );

  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardday-bench-'));
  const results = { config: { ...config, pages: undefined }, sizes };
  const opened = [];
  try {
    const copies = extensionCopies(tempDir);
    const { routes: fixtureRoutes, module: fixtures } = await loadSiteRoutes();
    const routes = [
      ...sitePageRoutes(fixtureRoutes, fixtures.fixturePath),
      ...garminActivityRoutes(fixtureRoutes),
      ...fixtureRoutes,
    ];
    const launchTracked = async (launcher) => {
      const side = await launcher();
      opened.push(side);
      return side;
    };
    const withHardDay = await launchTracked(() =>
      launchWithHardDay({ routes, extensionDir: copies.hardday }),
    );
    const without = await launchTracked(() => launchWithoutExtension({ routes }));
    const emptyScript = await launchTracked(() =>
      launchWithHardDay({ routes, extensionDir: copies.emptyScripts }),
    );
    emptyScript.label = 'empty content scripts';
    results.machine = await machineInfo(withHardDay.browser);
    // Measured with a full year stored, as a runner who has used HardDay for a while has it.
    const history = await yearOfHistory(ROOT);
    results.storedHistory = await seedHistory(withHardDay.harness, history);
    log(
      `stored history: ${results.storedHistory.runs} runs, ${results.storedHistory.strengthLog} strength ` +
        `entries; popup shows a ${results.storedHistory.popupShows}`,
    );

    if (measures('page-load')) {
      log(`page loads: ${config.pairs} rounds × ${Object.keys(config.pages).length} pages`);
      results.pageLoad = await measurePageLoads({
        sides: { with: withHardDay, without, emptyScript },
        pages: config.pages,
        pairs: config.pairs,
        warmup: config.warmup,
        windowMs: config.windowMs,
        log,
      });
    }

    if (measures('site-pages')) {
      log(`script-heavy site pages: ${config.sitePairs} pairs, HardDay against the empty content scripts`);
      results.sitePages = await measureSitePages({
        hardday: withHardDay,
        control: emptyScript,
        pairs: config.sitePairs,
        warmup: config.warmup,
        windowMs: config.windowMs,
        log,
      });
    }
    await emptyScript.close();

    if (measures('popup')) {
      log(`popup: ${config.pairs} pairs`);
      results.popup = await measurePopup({
        harness: withHardDay.harness,
        pairs: config.pairs,
        warmup: config.warmup,
        log,
      });
    }

    if (measures('cold-popup')) {
      log(`popup with the service worker stopped: ${config.pairs} rounds`);
      results.coldPopup = await measureColdPopup({
        extensionDir: copies.hardday,
        history,
        rounds: config.pairs,
        warmup: config.warmup,
        log,
      });
    }

    if (measures('navigations')) {
      log(`${config.navigations} Garmin in-app navigations`);
      results.navigations = await measureNavigations({
        withHardDay,
        without,
        startUrl: config.pages.garmin,
        activityIds: config.garminActivities,
        count: config.navigations,
        log,
      });
    }
  } finally {
    for (const side of opened) await side.close().catch(() => {});
    fs.rmSync(tempDir, { recursive: true, force: true });
  }

  if (measures('core')) {
    log('core throughput: vitest bench test/core');
    results.core = measureCore(ROOT);
  }
  results.targets = judgeTargets(results);
  results.durationS = Number(((performance.now() - startedAt) / 1000).toFixed(1));

  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  const body = renderMarkdown(results);
  const mdPath = path.join(outDir, 'latest.md');
  fs.writeFileSync(mdPath, await formatMarkdown(`# HardDay benchmark\n\n${body}`, mdPath));
  const updatesReadme = !flag('no-readme') && !only && outDir === RESULTS_DIR;
  // The full table lives in bench/README.md; the project README keeps a short summary that links to it.
  if (updatesReadme) await updateReadme(path.join(ROOT, 'bench', 'README.md'), body);

  for (const row of results.targets)
    log(`${row.met ? 'met   ' : 'MISSED'} ${row.what}: ${row.measured} (${row.target})`);
  log(
    `wrote ${path.relative(ROOT, outDir) || '.'}/latest.json and latest.md${updatesReadme ? ' and the section in bench/README.md' : ''}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
