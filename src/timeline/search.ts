/**
 * Binary searches over sorted Float64Arrays (the timeline's precomputed start times).
 * Pure and allocation-free: per-frame work stays O(log n + visible).
 */

/** First index i in [0, n) with `arr[i] >= value` (n when none). */
export function lowerBound(arr: ArrayLike<number>, value: number, n: number = arr.length): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i in [0, n) with `arr[i] > value` (n when none). */
export function upperBound(arr: ArrayLike<number>, value: number, n: number = arr.length): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
