/**
 * Order statistics of timings, one definition for every bench (and the pages the
 * browser benches bundle): the value at a share of the sorted list, never interpolated,
 * so a median of an even count is the upper of the two middle values, as the harness has
 * always reported it.
 */

/** The value below which a share `q` (0–1) of `values` lies; 0 for no values. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
