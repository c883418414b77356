import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DARK_PAGE_LUMINANCE,
  cardThemeFor,
  parseCssColor,
  relativeLuminance,
  visibleBackground,
  type Rgba,
} from './card-theme';

const rgb = (r: number, g: number, b: number, a = 1): Rgba => ({ r, g, b, a });

describe('parseCssColor', () => {
  it.each([
    ['rgb(255, 255, 255)', rgb(255, 255, 255)],
    ['rgba(0, 0, 0, 0)', rgb(0, 0, 0, 0)],
    ['rgba(18, 18, 18, 0.5)', rgb(18, 18, 18, 0.5)],
    ['rgb(18 18 18 / 0.5)', rgb(18, 18, 18, 0.5)],
  ])('%s', (text, color) => expect(parseCssColor(text)).toEqual(color));

  it.each([
    'oklch(0.5 0.1 200)',
    'color(srgb 1 1 1)',
    'red',
    '',
    'rgb(1, 2)',
    'rgb(a, b, c)',
    'rgb(50%, 1, 1)',
  ])('%s: not read', (text) => expect(parseCssColor(text)).toBeNull());
});

describe('visibleBackground', () => {
  it('is the browser’s white canvas when every layer is transparent', () => {
    expect(visibleBackground([])).toEqual(rgb(255, 255, 255));
    expect(visibleBackground([rgb(0, 0, 0, 0)])).toEqual(rgb(255, 255, 255));
  });

  it('is the first opaque layer from the inside; layers outside it do not show', () => {
    expect(visibleBackground([rgb(30, 30, 30), rgb(255, 255, 255)])).toEqual(rgb(30, 30, 30));
  });

  it('lets a translucent layer tint what is below it', () => {
    // A 50 % black veil over a white page: mid grey.
    expect(visibleBackground([rgb(0, 0, 0, 0.5), rgb(255, 255, 255)])).toEqual(rgb(127.5, 127.5, 127.5));
    const veiled = visibleBackground([rgb(0, 0, 0, 0.04)]);
    for (const c of [veiled.r, veiled.g, veiled.b]) expect(c).toBeCloseTo(244.8, 6);
  });
});

// Backgrounds of the kinds the card meets: white and near-white site pages, dark modes, mid greys, brand colours.
describe('cardThemeFor on real page colours', () => {
  it.each([
    ['Strava activity page', 'rgb(255, 255, 255)', 'light'],
    ['Strava grey panel', 'rgb(247, 247, 250)', 'light'],
    ['Garmin Connect page', 'rgb(241, 242, 243)', 'light'],
    ['Garmin Connect dark mode', 'rgb(17, 17, 17)', 'dark'],
    ['a dark reader extension’s page', 'rgb(24, 26, 27)', 'dark'],
    ['a mid grey just above the middle', 'rgb(120, 120, 120)', 'light'],
    ['a mid grey just below it', 'rgb(110, 110, 110)', 'dark'],
    ['a deep brand blue', 'rgb(31, 79, 209)', 'dark'],
  ] as const)('%s (%s) → %s', (_, css, theme) => {
    expect(cardThemeFor('page', parseCssColor(css)!)).toBe(theme);
  });

  it('keeps the runner’s fixed choice whatever the page', () => {
    expect(cardThemeFor('dark', rgb(255, 255, 255))).toBe('dark');
    expect(cardThemeFor('light', rgb(0, 0, 0))).toBe('light');
  });

  it('picks the theme whose text has the better contrast on the page (property)', () => {
    const channel = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(channel, channel, channel, (r, g, b) => {
        const page = rgb(r, g, b);
        const l = relativeLuminance(page);
        const onBlack = (l + 0.05) / 0.05;
        const onWhite = 1.05 / (l + 0.05);
        const theme = cardThemeFor('page', page);
        // A light card carries dark text: it belongs where dark text reads better, and the other way round.
        if (Math.abs(onBlack - onWhite) > 1e-9) expect(theme).toBe(onBlack > onWhite ? 'light' : 'dark');
      }),
    );
    expect(DARK_PAGE_LUMINANCE).toBeCloseTo(0.179, 3);
  });
});
