/**
 * The event at or nearest a time, for the scrubber. Pure; O(log n + k) on the sorted start times,
 * where k is the number of events within `maxSpan` before `t`.
 */
import { upperBound } from './search';

/**
 * Index of the event at or nearest `t`; -1 when there are no events.
 * - Among events whose span `[start, end)` contains `t`, the one with the latest start wins.
 * - Otherwise the event whose span is nearest `t`; on a tie the event before `t` wins over the one after.
 * `start` is sorted ascending, `end[i] >= start[i]`, and `maxSpan >= max(end - start)`.
 */
export function nearestEventIndex(start: Float64Array, end: Float64Array, n: number, t: number, maxSpan: number): number {
  if (n === 0) return -1;
  const after = upperBound(start, t, n); // first event starting after t
  let best = -1;
  let bestDist = Infinity;
  for (let i = after - 1; i >= 0; i--) {
    const s = start[i] as number;
    // Every earlier event ends by s + maxSpan, so it is at least t - s - maxSpan away.
    if (t - s - maxSpan > bestDist) break;
    const e = end[i] as number;
    if (t < e) return i;
    const dist = t - e;
    if (dist < bestDist) {
      best = i;
      bestDist = dist;
    }
  }
  if (after < n && (start[after] as number) - t < bestDist) best = after;
  return best;
}
