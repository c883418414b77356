#!/usr/bin/env node
// `npm start`: builds HardDay for Chromium and opens it on built-in demo activity pages, served under the real
// Strava and Garmin URLs (no account, no network). The demo races are moved in time so each ended about 40
// minutes ago: the strength window is open. With a display the browser stays open until you close it; without one
// it runs headless, saves screenshots to test-results/demo/ and exits. It ends by saying which browser and build it
// used and where the screenshots are, so a first run on a new machine shows what it set up.
//   node scripts/demo.mjs [--no-build] [--headless]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO, demoRoutes } from './demo-pages.mjs';
import { EXECUTABLES, ROOT, launch, screenshot, screenshotCard, waitForCard } from '../test/e2e/harness.mjs';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'demo');
const relative = (file) => path.relative(process.cwd(), file) || '.';

function step(message) {
  console.log(`\n== ${message}`);
}

if (!args.includes('--no-build')) {
  step('building the Chromium extension into .output/chrome-mv3 (npx wxt build)');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (!fs.existsSync(EXECUTABLES.chromium)) {
  console.error(
    `no Chromium at ${EXECUTABLES.chromium}: run \`bash scripts/setup.sh\` (or set HARDDAY_CHROMIUM)`,
  );
  process.exit(1);
}
const { routes, transform } = await demoRoutes();

step(`starting ${EXECUTABLES.chromium} ${headless ? 'headless' : 'with a window'}`);
const harness = await launch('chromium', { routes, transform, headless });
const browserVersion = await harness.browser.version();
const manifest = JSON.parse(fs.readFileSync(path.join(harness.extensionDir, 'manifest.json'), 'utf8'));
let failed = false;
const saved = [];
try {
  for (const [site, { url }] of Object.entries(DEMO)) {
    const page = await harness.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    try {
      const card = await waitForCard(page);
      console.log(
        `${site}: card says effort=${card.effort} kind=${card.kind} advice=${card.advice} level=${card.level}`,
      );
      saved.push(await screenshotCard(page, 'chromium', `${site}-card`, { dir: SCREENSHOT_DIR }));
    } catch (error) {
      failed = true;
      console.error(`${site}: no HardDay card on ${url}: ${error.message}`);
    }
    saved.push(await screenshot(page, 'chromium', `${site}-page`, { dir: SCREENSHOT_DIR }));
  }
  const popup = await harness.openPopup();
  saved.push(await screenshot(popup, 'chromium', 'popup', { dir: SCREENSHOT_DIR, fullPage: true }));

  step('what the demo used');
  console.log(
    `   browser:     ${EXECUTABLES.chromium} (${browserVersion}, ${headless ? 'headless' : 'window'})`,
  );
  console.log(
    `   extension:   ${relative(harness.extensionDir)} (${manifest.name} ${manifest.version}, loaded unpacked as ${harness.extensionOrigin})`,
  );
  console.log(`   screenshots: ${relative(SCREENSHOT_DIR)}/`);
  for (const file of saved) console.log(`     ${path.basename(file)}`);
  if (harness.blockedRequests.length > 0) {
    console.warn(`blocked requests to other hosts: ${harness.blockedRequests.join(', ')}`);
  }

  if (!headless) {
    step('HardDay is running in the Chromium window. Close the window (or press Ctrl+C) to end the demo.');
    await new Promise((resolve) => {
      harness.browser.once('disconnected', resolve);
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
  }
} finally {
  await harness.close();
}
process.exit(failed ? 1 : 0);
