// Small statistics for interleaved A/B samples: medians and ranges, never means of noisy timings.

/** Median of finite numbers (mean of the middle two for an even count); NaN for none. */
export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `{ median, min, max, n }` of the finite values, rounded to `digits` decimals. */
export function summarize(values, digits = 2) {
  const finite = values.filter(Number.isFinite);
  const round = (value) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
  return {
    median: round(median(finite)),
    min: round(finite.length ? Math.min(...finite) : NaN),
    max: round(finite.length ? Math.max(...finite) : NaN),
    n: finite.length,
  };
}

/** Per-pair ratios a[i] / b[i] (pairs are measured back to back, so their ratio cancels slow spells). */
export function pairRatios(a, b) {
  return a.map((value, i) => (b[i] > 0 ? value / b[i] : NaN));
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
