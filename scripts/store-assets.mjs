#!/usr/bin/env node
// `npm run store-assets`: the Chrome Web Store / AMO images, made from the built extension on the demo pages
// (saved fixtures under the real site URLs, nothing fetched), into test-results/store-assets/ (git-ignored):
//   1280×800: the card on a Strava activity, the card on a Garmin activity, the popup, the session player;
//   440×280: the small promo tile.
// Each site gets a fresh browser whose fixtures are moved so its interval run ended ENDED_MINUTES_AGO minutes ago:
// a hard day with the strength window open, which is what the store should show. The stores take no alpha in
// screenshots or tiles, so every image is written as 24-bit RGB.
//   node scripts/store-assets.mjs [--no-build]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadSiteRoutes } from '../test/e2e/context.mjs';
import { EXECUTABLES, ROOT, launch, waitForCard } from '../test/e2e/harness.mjs';
import { decodePng, toOpaqueRgbPng } from './png.mjs';

const OUT_DIR = path.join(ROOT, 'test-results', 'store-assets');
const SCREEN = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
const POPUP = { width: 400, height: 600 }; // the largest a toolbar popup shows without scrolling is 800×600
const ENDED_MINUTES_AGO = 40;
const TAGLINE = 'Strength work right after your hard runs, never on your easy days.';
// A hard run on each site (test/fixtures/routes.mjs anchors), and how the site's recent-runs list dates its runs.
const SCENES = {
  strava: {
    url: 'https://www.strava.com/activities/16900000002',
    anchor: 'strava-intervals',
    runKey: 'strava:16900000002',
    listPath: '/athlete/training_activities',
    listRuns: (json) => ({ get: () => json.models, set: (runs) => ({ ...json, models: runs }) }),
    startOf: (item) => Date.parse(item.start_time),
  },
  garmin: {
    url: 'https://connect.garmin.com/app/activity/21500000001',
    anchor: 'garmin-intervals',
    listPath: '/gc-api/activitylist-service/activities/search/activities',
    listRuns: (json) => ({ get: () => json, set: (runs) => runs }),
    startOf: (item) => Date.parse(`${item.startTimeGMT.replace(' ', 'T')}Z`),
  },
};

function step(message) {
  console.log(`\n== ${message}`);
}

/** Writes a screenshot buffer as an opaque PNG of exactly `size`, and returns its path. */
function save(name, buffer, size) {
  const png = toOpaqueRgbPng(Buffer.from(buffer));
  const { width, height } = decodePng(png);
  if (width !== size.width || height !== size.height) {
    throw new Error(`${name} is ${width}×${height}, expected ${size.width}×${size.height}`);
  }
  const file = path.join(OUT_DIR, `${name}.png`);
  fs.writeFileSync(file, png);
  console.log(`   ${path.relative(process.cwd(), file)}  ${width}×${height}`);
  return file;
}

/**
 * A browser in which `site`'s fixtures are moved so its hard run ended ENDED_MINUTES_AGO minutes ago. The site's
 * recent-runs list leaves out the fixture runs that came after it (moved, they would lie in the future).
 */
async function launchScene(site) {
  const scene = SCENES[site];
  const { routes, retime, module } = await loadSiteRoutes();
  const shift = module.shiftToEndAt(scene.anchor, Date.now() - ENDED_MINUTES_AGO * 60_000);
  const latestStart = Date.parse(module.FIXTURE_ANCHOR[scene.anchor].start) + shift * 1000;
  const host = new URL(scene.url).hostname;
  const transform = (text, _route, url) => {
    if (new URL(url).hostname !== host) return text;
    const moved = retime(text, shift);
    if (new URL(url).pathname !== scene.listPath) return moved;
    const list = scene.listRuns(JSON.parse(moved));
    return JSON.stringify(list.set(list.get().filter((item) => !(scene.startOf(item) > latestStart))));
  };
  return launch('chromium', { routes, transform, headless: true });
}

/** The activity page at 1280×800 with the whole card in view (scrolled only if it would be cut off). */
async function activityPage(harness, site) {
  const page = await harness.newPage();
  await page.setViewport({ ...SCREEN, deviceScaleFactor: 1 });
  await page.goto(SCENES[site].url, { waitUntil: 'domcontentloaded' });
  const card = await waitForCard(page, { expect: { effort: 'hard', advice: 'strength' } });
  console.log(`${site}: card says effort=${card.effort} kind=${card.kind} advice=${card.advice}`);
  await page.evaluate(() => document.fonts.ready);
  const box = await page.$eval('hardday-card', (host) => {
    const rect = host.getBoundingClientRect();
    if (rect.bottom > innerHeight - 24) scrollBy(0, rect.bottom - innerHeight + 24);
    const after = host.getBoundingClientRect();
    return { top: after.top, bottom: after.bottom, left: after.left, right: after.right };
  });
  if (box.top < 0 || box.bottom > SCREEN.height || box.left < 0 || box.right > SCREEN.width) {
    throw new Error(
      `${site}: the card does not fit in ${SCREEN.width}×${SCREEN.height}: ${JSON.stringify(box)}`,
    );
  }
  await page.bringToFront(); // a background tab paints no frames in headless Chromium
  return page;
}

/** The popup over the activity page; returns the session it offers for the hard run. */
async function popupShot(harness, backdrop, runKey) {
  const popup = await harness.openPopup();
  await popup.setViewport({ ...POPUP, deviceScaleFactor: 1 });
  await popup.waitForSelector('[data-testid="countdown"]');
  const session = {
    id: await popup.$eval('[data-testid="session-preview"]', (el) => el.getAttribute('data-session')),
    run: runKey,
  };
  await popup.bringToFront();
  const popupImage = await popup.screenshot({ encoding: 'base64' });
  await popup.close();
  // The popup as it opens from the toolbar: over the page, top right, with a shadow.
  const stage = await harness.newPage();
  await stage.setViewport({ ...SCREEN, deviceScaleFactor: 1 });
  await stage.setContent(
    `<!doctype html><style>
      body { margin: 0; width: ${SCREEN.width}px; height: ${SCREEN.height}px; overflow: hidden;
             background: url(data:image/png;base64,${backdrop}) no-repeat; }
      img { position: absolute; top: 12px; right: 24px; border-radius: 8px;
            box-shadow: 0 12px 40px rgb(0 0 0 / 35%), 0 0 0 1px rgb(0 0 0 / 12%); }
    </style><img src="data:image/png;base64,${popupImage}">`,
  );
  await stage.waitForFunction(() => [...document.images].every((img) => img.complete));
  save('popup-1280x800', await stage.screenshot(), SCREEN);
  await stage.close();
  return session;
}

/**
 * The session player on a timed hold, a second into its countdown: the first hold whose page fits in 800 px
 * without scrolling (the notes above the exercise vary), else the first hold, zoomed out to fit.
 */
async function sessionShot(harness, { id, run }) {
  const query = new URLSearchParams({ id, run });
  const page = await harness.openExtensionPage(`session.html?${query}`, { viewport: SCREEN });
  await page.bringToFront();
  await page.evaluate(() => document.body.focus());
  const readStep = () =>
    page.$eval('[data-testid="session"]', (root) => ({
      step: Number(root.getAttribute('data-step')),
      hold:
        root.getAttribute('data-step-kind') === 'work' && !!document.querySelector('[data-testid="timer"]'),
      fits: document.documentElement.scrollHeight <= innerHeight,
      last: !document.querySelector('[data-testid="next"]'),
    }));
  /** Presses a key and waits for the step to change. */
  const move = async (key, from) => {
    await page.keyboard.press(key);
    await page.waitForFunction(
      (was) => Number(document.querySelector('[data-testid="session"]')?.getAttribute('data-step')) !== was,
      { timeout: 5_000 },
      from,
    );
    return readStep();
  };
  let state = await readStep();
  let firstHold;
  while (!(state.hold && state.fits) && !state.last) {
    if (state.hold) firstHold ??= state.step;
    state = await move('ArrowRight', state.step);
  }
  if (!(state.hold && state.fits)) {
    if (firstHold === undefined) throw new Error(`session ${id} has no timed hold to show`);
    while (state.step > firstHold) state = await move('ArrowLeft', state.step);
    // Zoomed out like a browser's 90 %: the title, the timer and the controls all show, as on a taller screen.
    const zoom = await page.evaluate(() => {
      const scale = Math.max(
        0.75,
        Math.floor((innerHeight / document.documentElement.scrollHeight) * 20) / 20,
      );
      document.documentElement.style.zoom = String(scale);
      return scale;
    });
    console.log(`   (no hold fits 800 px; the player is shown at ${Math.round(zoom * 100)} % zoom)`);
  }
  await page.keyboard.press('Space'); // a hold waits for its start
  await new Promise((resolve) => setTimeout(resolve, 1_300));
  save('session-player-1280x800', await page.screenshot(), SCREEN);
  await page.close();
}

/** The small promo tile: the icon, the name and the tagline, drawn by the browser. */
async function promoTile(harness) {
  const icon = fs.readFileSync(path.join(ROOT, 'public', 'icon-128.png')).toString('base64');
  const page = await harness.newPage();
  await page.setViewport({ ...TILE, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><style>
      body { margin: 0; width: ${TILE.width}px; height: ${TILE.height}px; box-sizing: border-box; padding: 0 36px;
             display: flex; align-items: center; gap: 12px; overflow: hidden;
             font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; color: #fff;
             background: linear-gradient(135deg, #1f4fd1 0%, #16389a 100%); }
      img { width: 128px; height: 128px; flex: none; margin-left: -16px; }
      h1 { margin: 0 0 8px; font-size: 42px; letter-spacing: -0.5px; }
      p { margin: 0; font-size: 17px; line-height: 1.35; color: #e6ecff; }
      b { color: #fdba74; font-weight: 700; }
    </style><img src="data:image/png;base64,${icon}" alt=""><div><h1>HardDay</h1><p>${TAGLINE.replace(
      'hard runs',
      '<b>hard runs</b>',
    )}</p></div>`,
  );
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  await page.evaluate(() => document.fonts.ready);
  save('promo-tile-440x280', await page.screenshot(), TILE);
  await page.close();
}

if (!process.argv.includes('--no-build')) {
  step('building the Chromium extension into .output/chrome-mv3 (npx wxt build)');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
fs.rmSync(OUT_DIR, { recursive: true, force: true });
fs.mkdirSync(OUT_DIR, { recursive: true });

step(`store images with ${EXECUTABLES.chromium}, headless`);
for (const site of Object.keys(SCENES)) {
  const harness = await launchScene(site);
  try {
    const page = await activityPage(harness, site);
    const shot = await page.screenshot();
    save(`${site}-card-1280x800`, shot, SCREEN);
    if (site === 'strava') {
      const session = await popupShot(harness, Buffer.from(shot).toString('base64'), SCENES.strava.runKey);
      await sessionShot(harness, session);
      await promoTile(harness);
    }
    if (harness.blockedRequests.length > 0) {
      console.warn(`blocked requests to other hosts: ${harness.blockedRequests.join(', ')}`);
    }
  } finally {
    await harness.close();
  }
}
console.log(`\nstore images in ${path.relative(process.cwd(), OUT_DIR)}/`);
