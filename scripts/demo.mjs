#!/usr/bin/env node
// `npm start`: builds HardDay for Chromium and opens it on built-in demo activity pages, served under the real
// Strava and Garmin URLs (no account, no network). The demo races are moved in time so each ended about 40
// minutes ago: the strength window is open. With a display the browser stays open until you close it; without one
// it runs headless, saves screenshots to test-results/demo/ and exits.
//   node scripts/demo.mjs [--no-build] [--headless]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadSiteRoutes } from '../test/e2e/context.mjs';
import { ROOT, launch, screenshot, screenshotCard, waitForCard } from '../test/e2e/harness.mjs';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'demo');
const ENDED_MINUTES_AGO = 40;
// The latest run on each site, so no other fixture run lands in the future after the shift.
const DEMO = {
  strava: {
    url: 'https://www.strava.com/activities/16900000003',
    anchor: 'strava-race',
    host: 'www.strava.com',
  },
  garmin: {
    url: 'https://connect.garmin.com/app/activity/21500000006',
    anchor: 'garmin-race',
    host: 'connect.garmin.com',
  },
};

function step(message) {
  console.log(`\n== ${message}`);
}

if (!args.includes('--no-build')) {
  step('building the Chromium extension (npx wxt build)');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { routes, retime, module } = await loadSiteRoutes();
const endedAt = Date.now() - ENDED_MINUTES_AGO * 60_000;
// One shift per site keeps each site's runs in order; both demo races end ENDED_MINUTES_AGO minutes ago.
const shiftByHost = Object.fromEntries(
  Object.values(DEMO).map(({ host, anchor }) => [host, module.shiftToEndAt(anchor, endedAt)]),
);
const transform = (text, _route, url) => retime(text, shiftByHost[new URL(url).hostname] ?? 0);

step(`starting Chromium ${headless ? 'headless' : 'with a window'}`);
const harness = await launch('chromium', { routes, transform, headless });
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

  step('screenshots');
  for (const file of saved) console.log(`   ${path.relative(process.cwd(), file)}`);
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
