/** The few statistics every benchmark prints: nearest-rank percentiles, the median, rounding. */

/** Nearest-rank percentile of ascending `sorted` (p in 0..100); NaN for no samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** The median (nearest rank) of samples in any order. */
export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** `x` rounded to `places` decimals, as a number for the JSON summary. */
export function round(x: number, places = 2): number {
  return Number(x.toFixed(places));
}
