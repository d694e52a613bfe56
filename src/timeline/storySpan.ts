/**
 * The story's span: where most events lie, apart from background facts and far-off outliers.
 * The opening view, "Fit all", Home/End and the overview's scale are taken from it, so one 2014
 * background event does not shrink a five-month story to a sliver. Pure; O(n) over the index's
 * sorted start times (no sort, no per-event allocation beyond one Float64Array of starts when some
 * events are background).
 *
 * The rule, decided from the data:
 * 1. Events flagged `background: true` never count (unless every event is background).
 * 2. Far-out fences on the other events' start days (Tukey's "far out", k = 3): with quartiles
 *    Q1 and Q3 of the start days and IQR = max(Q3 − Q1, 30 days), an event starting before
 *    Q1 − 3·IQR or after Q3 + 3·IQR is an outlier. The 30-day floor keeps a story packed into a
 *    few days from calling next month's follow-up an outlier; the fences need at least 4 events.
 * 3. The span runs from the first story event's start to the last story event's end; an end that
 *    reaches past the upper fence (a long open range) is cut at the fence.
 * Events outside the span are "earlier" or "later" outliers; a background event dated inside
 * the span is neither (it just does not stretch it). Outliers stay in the index: they are drawn,
 * listed, searchable and reachable by stepping; only the view does not follow them.
 */
import { DAY_MS, type TimeWindow } from '../lib/model/calendar';
import { lowerBound } from './search';

/** Tukey's "far out" factor. */
export const FENCE_FACTOR = 3;
/** The smallest inter-quartile range the fences use: 30 days. */
export const MIN_IQR_MS = 30 * DAY_MS;
/** Fewer story events than this: no event is an outlier by its date (only by `background`). */
export const MIN_EVENTS_FOR_FENCES = 4;

/** The outliers on one side of the story. Indices are into the sorted arrays given. */
export interface OutlierSide {
  count: number;
  /** Index of the first and last outlier on this side (start order). */
  from: number;
  to: number;
  /** Their extent: first start to last end (exclusive). */
  start: number;
  end: number;
}

/** Result of {@link storySpan}. */
export interface StorySpan {
  /** The story's extent, unpadded (exclusive end); null when there are no events. */
  extent: TimeWindow | null;
  /** Index of the first and last event inside the extent (start order); -1 when none. */
  first: number;
  last: number;
  /** Outliers starting before the extent, and at or after its end; null when none. */
  earlier: OutlierSide | null;
  later: OutlierSide | null;
}

const NO_STORY: StorySpan = { extent: null, first: -1, last: -1, earlier: null, later: null };

/** The value at quantile q of ascending `s[0..m)` (linear interpolation). */
function quantile(s: ArrayLike<number>, m: number, q: number): number {
  const pos = (m - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = s[lo] as number;
  return a + ((s[hi] as number) - a) * (pos - lo);
}

function side(start: ArrayLike<number>, end: ArrayLike<number>, from: number, to: number): OutlierSide | null {
  if (to < from) return null;
  let hi = -Infinity;
  for (let i = from; i <= to; i++) hi = Math.max(hi, end[i] as number);
  return { count: to - from + 1, from, to, start: start[from] as number, end: hi };
}

/**
 * The story span of `n` events with ascending `start` and exclusive `end` times (epoch ms, as in
 * the timeline index). `isBackground(i)` tells whether event i is a background fact.
 */
export function storySpan(start: ArrayLike<number>, end: ArrayLike<number>, n: number, isBackground: (i: number) => boolean = () => false): StorySpan {
  if (n <= 0) return NO_STORY;
  // Start times of the events that count (all of them when every one is background).
  let counted = 0;
  for (let i = 0; i < n; i++) if (!isBackground(i)) counted++;
  const useAll = counted === 0 || counted === n;
  const keep = (i: number) => useAll || !isBackground(i);
  let starts: ArrayLike<number> = start;
  let m = n;
  if (!useAll) {
    const s = new Float64Array(counted);
    let k = 0;
    for (let i = 0; i < n; i++) if (!isBackground(i)) s[k++] = start[i] as number;
    starts = s;
    m = counted;
  }
  let loFence = -Infinity;
  let hiFence = Infinity;
  if (m >= MIN_EVENTS_FOR_FENCES) {
    const q1 = quantile(starts, m, 0.25);
    const q3 = quantile(starts, m, 0.75);
    const iqr = Math.max(q3 - q1, MIN_IQR_MS);
    loFence = q1 - FENCE_FACTOR * iqr;
    hiFence = q3 + FENCE_FACTOR * iqr;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!keep(i)) continue;
    const s = start[i] as number;
    if (s < loFence || s > hiFence) continue;
    lo = Math.min(lo, s);
    hi = Math.max(hi, Math.min(end[i] as number, hiFence + DAY_MS));
  }
  if (!(lo < hi)) return NO_STORY;
  const extent = { start: lo, end: hi };
  const { first, last, earlier, later } = outliersOutside(start, end, n, extent);
  return { extent, first, last, earlier, later };
}

/** Events inside a window and the outlier groups on either side of it. */
export interface Outside {
  /** Index of the first and last event starting inside `[w.start, w.end)`; last < first when none. */
  first: number;
  last: number;
  earlier: OutlierSide | null;
  later: OutlierSide | null;
}

/**
 * The events (ascending `start`, exclusive `end`) starting before window `w` and at or after its
 * end: what the overview's "earlier" / "later" stubs lead to. O(log n + outliers).
 */
export function outliersOutside(start: ArrayLike<number>, end: ArrayLike<number>, n: number, w: TimeWindow): Outside {
  const first = lowerBound(start, w.start, n);
  const after = lowerBound(start, w.end, n);
  return { first, last: after - 1, earlier: side(start, end, 0, first - 1), later: side(start, end, after, n - 1) };
}
