/**
 * The window that makes a selected event legible: pans the smallest amount to include it and,
 * when the frame would draw it inside a density bin rather than as its own mark, zooms in around
 * it (halving the span) until it is an individual mark. Zooming stops at `minSpanMs` (about a
 * week) unless the event is still in a bin there; then a point event continues down to one day
 * (a bar sharing its start with others would never separate: it stays at the week, where the
 * selection is drawn over the bin — see selectionMark). Pure;
 * each try is one {@link layoutFrame} of the candidate window (O(log n + visible)).
 * Used only when the selection changes, never while the user zooms.
 */
import { FLAG_UNCERTAIN, type TimelineIndex } from './buildTimelineIndex';
import { createFrameLayout, layoutFrame, type FrameGeometry, type FrameLayout } from './layoutFrame';
import { MIN_SPAN_MS, panToInclude } from './viewportMath';
import { DAY_MS, type TimeWindow } from '../lib/model/calendar';

/** The narrowest window chosen while the event is not crowded: one week. */
export const REVEAL_MIN_SPAN_MS = 7 * DAY_MS;

const scratch: FrameLayout = createFrameLayout();

/** Whether event i is drawn as an individual mark in window `w`. */
function isMark(index: TimelineIndex, i: number, w: TimeWindow, g: FrameGeometry): boolean {
  layoutFrame(scratch, index, w.start, w.end, g);
  return scratch.markOfEvent.has(i);
}

/** Pans `w` to include event i (a long event: its first half-window). */
function include(index: TimelineIndex, i: number, w: TimeWindow): TimeWindow {
  const s = index.start[i] as number;
  const e = index.end[i] as number;
  return panToInclude(w, s, Math.min(e, s + (w.end - w.start) * 0.5));
}

/**
 * The window showing event i of `index` as an individual mark, starting from `vp`. Returns `vp`
 * itself when it already does (nothing moves), and `vp` for an index out of range.
 */
export function revealWindow(index: TimelineIndex, i: number, vp: TimeWindow, g: FrameGeometry, minSpanMs = REVEAL_MIN_SPAN_MS): TimeWindow {
  if (i < 0 || i >= index.n) return vp;
  let w = include(index, i, vp);
  if (isMark(index, i, w, g)) return w;
  const s = index.start[i] as number;
  const e = index.end[i] as number;
  // Zooming below a week separates same-day points; bars starting together never separate.
  const point = ((index.flags[i] as number) & FLAG_UNCERTAIN) === 0;
  for (let step = 0; step < 40; step++) {
    const span = w.end - w.start;
    const floor = span > minSpanMs || !point ? minSpanMs : MIN_SPAN_MS;
    if (span <= floor) break;
    const next = Math.max(floor, span / 2);
    // Zoom around the event's start (its first day), then make sure it is inside.
    const anchor = Math.min(s + DAY_MS / 2, e);
    const frac = Math.min(0.9, Math.max(0.1, (anchor - w.start) / span));
    w = include(index, i, { start: anchor - frac * next, end: anchor - frac * next + next });
    if (isMark(index, i, w, g)) return w;
  }
  return w;
}
