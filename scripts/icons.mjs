#!/usr/bin/env node
// Re-exports the toolbar and store icons (public/icon-<size>.png) from assets/icon.svg with headless Chromium,
// the browser the project already needs, so no image tool has to be installed.
//   node scripts/icons.mjs        (HARDDAY_CHROMIUM=/path/to/chromium to use another build)
// The artwork is the rounded square (x/y 4–124 of the SVG's 128 units). Sizes:
// - 128: the Chrome Web Store wants the artwork at 96×96 with 16 px of transparent padding on every side;
// - 16, 32, 48, 96: the square fills the whole canvas, so its edges fall on pixel boundaries and stay sharp
//   (at the SVG's own 4-unit margin a 16 px icon would have half-covered, blurred edge pixels).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, 'assets', 'icon.svg');
const ARTWORK = { x: 4, y: 4, size: 120 }; // the rounded square, in SVG units
const STORE_PADDING = 16; // px on each side of the 128 px icon
const SIZES = [16, 32, 48, 96, 128];

const svg = fs.readFileSync(SOURCE, 'utf8');
// Fail loudly if the artwork moved: the crop below would silently cut it or pad it wrong.
if (
  !svg.includes(`<rect x="${ARTWORK.x}" y="${ARTWORK.y}" width="${ARTWORK.size}" height="${ARTWORK.size}"`)
) {
  throw new Error(
    `${SOURCE}: the artwork is no longer the ${ARTWORK.size}-unit square at ${ARTWORK.x},${ARTWORK.y}`,
  );
}

/** The SVG cropped to the artwork, drawn `box` px square. */
function cropped(box) {
  return svg
    .replace(/viewBox="[^"]*"/, `viewBox="${ARTWORK.x} ${ARTWORK.y} ${ARTWORK.size} ${ARTWORK.size}"`)
    .replace('<svg ', `<svg width="${box}" height="${box}" `);
}

const browser = await puppeteer.launch({
  executablePath: process.env.HARDDAY_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const padding = size === 128 ? STORE_PADDING : 0;
    const box = size - 2 * padding;
    const image = `data:image/svg+xml;base64,${Buffer.from(cropped(box)).toString('base64')}`;
    // The box clips: anti-aliasing of the rounded corners would otherwise leave faint pixels in the padding.
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}` +
        `div{position:absolute;left:${padding}px;top:${padding}px;width:${box}px;height:${box}px;overflow:hidden}` +
        `img{display:block}</style><div><img src="${image}"></div>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const file = path.join(ROOT, 'public', `icon-${size}.png`);
    // omitBackground keeps the canvas transparent outside the artwork.
    await page.screenshot({
      path: file,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(`${path.relative(process.cwd(), file)}  ${size}×${size}`);
  }
} finally {
  await browser.close();
}
