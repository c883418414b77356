// The icons as the stores see them (re-exported by scripts/icons.mjs): each PNG is the size its name says, and the
// 128 px store icon keeps the Chrome Web Store's 16 px of transparent padding around 96×96 artwork.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { alphaAt, decodePng } from '../../scripts/png.mjs';

const SIZES = [16, 32, 48, 96, 128];
const read = (size) => decodePng(readFileSync(`public/icon-${size}.png`));

test('every icon is the size its name says', () => {
  for (const size of SIZES) {
    const { width, height } = read(size);
    assert.deepEqual([width, height], [size, size], `icon-${size}.png`);
  }
});

test('icon-128.png: the outer 16 px are fully transparent and the artwork fills the 96×96 inside', () => {
  const image = read(128);
  assert.equal(image.channels, 4, 'has an alpha channel');
  const opaqueRows = new Set();
  const opaqueColumns = new Set();
  for (let y = 0; y < 128; y++) {
    for (let x = 0; x < 128; x++) {
      const alpha = alphaAt(image, x, y);
      const inPadding = x < 16 || x >= 112 || y < 16 || y >= 112;
      if (inPadding) assert.equal(alpha, 0, `pixel ${x},${y} is in the padding but has alpha ${alpha}`);
      if (alpha === 255) {
        opaqueRows.add(y);
        opaqueColumns.add(x);
      }
    }
  }
  // Padding alone would also pass with a shrunken or missing artwork: it must reach the 96 px box on every side.
  assert.equal(Math.min(...opaqueColumns), 16, 'artwork starts at x = 16');
  assert.equal(Math.max(...opaqueColumns), 111, 'artwork ends at x = 111');
  assert.equal(Math.min(...opaqueRows), 16, 'artwork starts at y = 16');
  assert.equal(Math.max(...opaqueRows), 111, 'artwork ends at y = 111');
});

test('the toolbar sizes are full-bleed: the square reaches every edge', () => {
  for (const size of [16, 32, 48]) {
    const image = read(size);
    const middle = size / 2;
    for (const [x, y] of [
      [0, middle],
      [size - 1, middle],
      [middle, 0],
      [middle, size - 1],
    ]) {
      assert.equal(alphaAt(image, x, y), 255, `icon-${size}.png is opaque at ${x},${y}`);
    }
  }
});
