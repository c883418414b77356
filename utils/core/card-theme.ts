// Light or dark for the in-page card, decided by the page it sits on, not by the operating system: Strava and
// Garmin Connect are white pages, and a dark card on them (the OS in dark mode) looks like a foreign object.
// Pure: the content script reads the page's computed colours and hands them in.

/** The runner's choice in the options: follow the page, or always light, or always dark. */
export const CARD_THEME_CHOICES = ['page', 'light', 'dark'] as const;
export type CardThemeChoice = (typeof CARD_THEME_CHOICES)[number];
export type CardTheme = 'light' | 'dark';

/** A colour with alpha 0–1, channels 0–255. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * A computed `background-color`: browsers serialise every sRGB colour (hex, names, hsl, `transparent`) as
 * `rgb(r, g, b)` or `rgba(r, g, b, a)`. Anything else (oklch, lab, color()): null, so the caller looks further out
 * rather than guess.
 */
export function parseCssColor(text: string): Rgba | null {
  const body = /^rgba?\(([^)]*)\)$/.exec(text.trim())?.[1];
  // "1, 2, 3, 0.5" and the newer "1 2 3 / 0.5" alike: three channels and an optional alpha.
  const parts = (body ?? '')
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if (parts.length < 3 || parts.length > 4 || !parts.every(Number.isFinite)) return null;
  const [r, g, b, a = 1] = parts as [number, number, number, number?];
  return { r, g, b, a };
}

/**
 * What shows through a stack of backgrounds, innermost first: each layer is painted over the ones outside it, and
 * the browser's canvas (white) is under all of them. Stops at the first opaque layer.
 */
export function visibleBackground(layersInnermostFirst: readonly Rgba[], canvas: Rgba = WHITE): Rgba {
  const opaque = layersInnermostFirst.findIndex((layer) => layer.a >= 1);
  const seen = opaque === -1 ? layersInnermostFirst : layersInnermostFirst.slice(0, opaque + 1);
  return seen.reduceRight<Rgba>(
    (below, top) => ({
      r: top.r * top.a + below.r * (1 - top.a),
      g: top.g * top.a + below.g * (1 - top.a),
      b: top.b * top.a + below.b * (1 - top.a),
      a: 1,
    }),
    canvas,
  );
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Below this luminance black text has less contrast on the background than white text has (the two contrast
 * ratios are equal at √(1.05 × 0.05) − 0.05 ≈ 0.179): such a page is dark.
 */
export const DARK_PAGE_LUMINANCE = Math.sqrt(1.05 * 0.05) - 0.05;

/** The card's theme: the runner's fixed choice, or the one that matches the page's background. */
export function cardThemeFor(choice: CardThemeChoice, pageBackground: Rgba): CardTheme {
  if (choice !== 'page') return choice;
  return relativeLuminance(pageBackground) < DARK_PAGE_LUMINANCE ? 'dark' : 'light';
}
