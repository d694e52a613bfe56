/**
 * Where the selected event is drawn in a frame. The frame's layout does not depend on the
 * selection (so scrubbing never recomputes it); when the selected event sits in a bin, it is drawn
 * on top as its own mark, in the bottom sub-row of each of its lanes. Pure; O(lanes of the event).
 */
import type { TimelineIndex } from './buildTimelineIndex';
import { FLAG_UNCERTAIN } from './buildTimelineIndex';
import type { FrameGeometry, FrameLayout } from './layoutFrame';
import { DAY_MS } from './time';

/** The selected event's mark: its x extent (x0 === x1 for a point) and one y per lane. */
export interface SelectionMark {
  event: number;
  x0: number;
  x1: number;
  ys: number[];
  /** True when the layout already drew it as a mark (then only the highlight is added). */
  inLayout: boolean;
  /** True when the layout already placed its label. */
  labelled: boolean;
}

/** The selected event `i`'s mark in `layout`, or null when `i` is -1 or outside the window. */
export function selectionMark(index: TimelineIndex, layout: FrameLayout, i: number, g: FrameGeometry): SelectionMark | null {
  if (i < 0 || i >= index.n) return null;
  const s = index.start[i] as number;
  const e = index.end[i] as number;
  if (e <= layout.t0 || s >= layout.t1) return null;
  let labelled = false;
  const m = layout.markOfEvent.get(i);
  if (m !== undefined) {
    for (let l = 0; l < layout.labels; l++) if (layout.labelMark[l] === m) labelled = true;
    const d0 = layout.markDot0[m] as number;
    const ys: number[] = [];
    for (let d = d0; d < d0 + (layout.markDotN[m] as number); d++) ys.push(layout.dotY[d] as number);
    return { event: i, x0: layout.markX0[m] as number, x1: layout.markX1[m] as number, ys, inLayout: true, labelled };
  }
  const pxPerMs = g.width / (layout.t1 - layout.t0);
  let x0: number;
  let x1: number;
  if (((index.flags[i] as number) & FLAG_UNCERTAIN) !== 0) {
    x0 = (s - layout.t0) * pxPerMs;
    x1 = Math.max((e - layout.t0) * pxPerMs, x0 + g.minBarPx);
  } else {
    const runFirst = index.runFirst[i] as number;
    const runLen = index.runLength[i] as number;
    x0 = (s - layout.t0) * pxPerMs + (DAY_MS * pxPerMs * (i - runFirst + 0.5)) / runLen;
    x1 = x0;
  }
  const ys: number[] = [];
  for (let k = index.laneOffsets[i] as number; k < (index.laneOffsets[i + 1] as number); k++) {
    const lane = index.laneIds[k] as number;
    ys.push(g.top + lane * g.laneHeight + g.laneHeader + (g.rows - 1) * g.rowHeight + g.rowHeight / 2);
  }
  return { event: i, x0, x1, ys, inLayout: false, labelled: false };
}
