/**
 * Viewport arithmetic: the visible window `{start, end}` in epoch ms, its relation to a d3-zoom
 * style transform `{k, x}` over a base scale of the whole dataset, and zoom/pan helpers used by
 * the buttons and the keyboard. Pure.
 */
import { DAY_MS, type TimeWindow } from '../lib/model/calendar';
import { lowerBound } from './search';

/** The horizontal part of a d3-zoom transform: screen x = base(t) * k + x. */
export interface ZoomTransformX {
  k: number;
  x: number;
}

/** The narrowest window: one day. */
export const MIN_SPAN_MS = DAY_MS;

/** The whole-dataset window, padded by 3 % each side (at least one day). */
export function paddedExtent(extent: TimeWindow): TimeWindow {
  const span = Math.max(extent.end - extent.start, DAY_MS);
  const pad = Math.max(span * 0.03, DAY_MS);
  return { start: extent.start - pad, end: extent.start + span + pad };
}

/** Transform that shows `vp` when the base scale maps `base` onto [0, width]. */
export function transformFromWindow(vp: TimeWindow, base: TimeWindow, width: number): ZoomTransformX {
  const k = (base.end - base.start) / (vp.end - vp.start);
  const x = -((vp.start - base.start) / (base.end - base.start)) * width * k;
  return { k, x };
}

/** Window shown by transform `t` when the base scale maps `base` onto [0, width]. */
export function windowFromTransform(t: ZoomTransformX, base: TimeWindow, width: number): TimeWindow {
  const span = base.end - base.start;
  const toTime = (px: number) => base.start + ((px - t.x) / t.k / width) * span;
  return { start: toTime(0), end: toTime(width) };
}

/** Scale extent [min k, max k] for d3-zoom: from a little wider than the dataset down to one day. */
export function zoomScaleExtent(base: TimeWindow): [number, number] {
  const span = base.end - base.start;
  return [0.5, Math.max(1, span / MIN_SPAN_MS)];
}

/**
 * Zooms by `factor` (> 1 zooms in) keeping `anchor` (epoch ms) at the same screen position.
 * The result is never narrower than one day, nor wider than twice `limit`.
 */
export function zoomWindow(vp: TimeWindow, factor: number, anchor: number, limit?: TimeWindow): TimeWindow {
  const span = vp.end - vp.start;
  let next = span / factor;
  next = Math.max(next, MIN_SPAN_MS);
  if (limit) next = Math.min(next, 2 * (limit.end - limit.start));
  const a = Math.min(Math.max(anchor, vp.start), vp.end);
  const frac = span > 0 ? (a - vp.start) / span : 0.5;
  const start = a - frac * next;
  return { start, end: start + next };
}

/**
 * Pans the smallest amount so `[t0, t1)` is inside the window with a 10 % margin; recentres
 * when it does not fit. Returns `vp` itself when nothing needs to move.
 */
export function panToInclude(vp: TimeWindow, t0: number, t1: number): TimeWindow {
  const span = vp.end - vp.start;
  const margin = span * 0.1;
  if (t0 >= vp.start + margin && t1 <= vp.end - margin) return vp;
  if (t1 - t0 > span - 2 * margin) {
    const mid = (t0 + t1) / 2;
    return { start: mid - span / 2, end: mid + span / 2 };
  }
  if (t0 < vp.start + margin) return { start: t0 - margin, end: t0 - margin + span };
  return { start: t1 + margin - span, end: t1 + margin };
}

/**
 * True when some event `[start[i], end[i])` (starts ascending, longest span `maxSpan`) overlaps
 * the window. O(log n + events overlapping the left edge's reach).
 */
export function anyInWindow(start: ArrayLike<number>, end: ArrayLike<number>, maxSpan: number, vp: TimeWindow): boolean {
  const n = start.length;
  let i = lowerBound(start, vp.start - maxSpan, n);
  for (; i < n && start[i]! < vp.end; i++) if (end[i]! > vp.start) return true;
  return false;
}
