/**
 * Small statistics for benchmark samples: median, nearest-rank percentiles, frame summaries.
 */

/** p-th percentile (0–100) by nearest rank; NaN for no samples. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Median (mean of the two middle values for an even count); NaN for no samples. Ignores null. */
export function median(values: readonly (number | null | undefined)[]): number {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** Frame-time summary of requestAnimationFrame deltas, in milliseconds. */
export interface FrameSummary {
  frames: number;
  p50: number;
  p95: number;
  max: number;
}

/** Summarizes rAF deltas (ms between consecutive frames). */
export function summarizeFrames(deltas: readonly number[]): FrameSummary {
  return {
    frames: deltas.length,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    max: deltas.length ? Math.max(...deltas) : Number.NaN,
  };
}
