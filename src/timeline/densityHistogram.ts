/**
 * Event density over the whole dataset for the overview strip: counts of events starting in each
 * of `bins` equal time slices of `[t0, t1)`. Pure; O(n), run once per dataset or filter change.
 */

/**
 * Counts per bin. Events starting outside `[t0, t1)` are left out: the overview's domain is the
 * story's span, and its earlier/later stubs count the outliers instead.
 */
export function densityHistogram(start: Float64Array, n: number, t0: number, t1: number, bins: number): Uint32Array {
  const out = new Uint32Array(Math.max(1, bins));
  if (n === 0 || !(t1 > t0)) return out;
  const scale = out.length / (t1 - t0);
  for (let i = 0; i < n; i++) {
    const b = Math.floor(((start[i] as number) - t0) * scale);
    if (b >= 0 && b < out.length) out[b] = (out[b] as number) + 1;
  }
  return out;
}
