/**
 * Event density over the whole dataset for the overview strip: counts of events starting in each
 * of `bins` equal time slices of `[t0, t1)`. Pure; O(n), run once per dataset or filter change.
 */

/** Counts per bin (events outside the window are clamped into the first/last bin). */
export function densityHistogram(start: Float64Array, n: number, t0: number, t1: number, bins: number): Uint32Array {
  const out = new Uint32Array(Math.max(1, bins));
  if (n === 0 || !(t1 > t0)) return out;
  const scale = out.length / (t1 - t0);
  for (let i = 0; i < n; i++) {
    let b = Math.floor(((start[i] as number) - t0) * scale);
    if (b < 0) b = 0;
    else if (b >= out.length) b = out.length - 1;
    out[b] = (out[b] as number) + 1;
  }
  return out;
}
