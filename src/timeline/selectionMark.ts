/**
 * Where the selected event is drawn in a frame. The frame's layout does not depend on the
 * selection (so scrubbing never recomputes it); when the selected event sits in a bin, it is drawn
 * on top as its own mark (covering its day, as layoutFrame would), in the bottom sub-row of each of its lanes. Pure; O(lanes of the event).
 */
import type { TimelineIndex } from './buildTimelineIndex';
import { markExtent } from './markExtent';
import { rowCentre, type FrameGeometry, type FrameLayout } from './frameLayout';

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
  const ext = new Float64Array(2);
  markExtent(index, i, layout.t0, pxPerMs, g, ext);
  const x0 = ext[0] as number;
  const x1 = ext[1] as number;
  const ys: number[] = [];
  for (let k = index.laneOffsets[i] as number; k < (index.laneOffsets[i + 1] as number); k++) {
    const lane = index.laneIds[k] as number;
    ys.push(rowCentre(layout, g, lane, Math.max(0, (layout.laneRows[lane] as number) - 1)));
  }
  return { event: i, x0, x1, ys, inLayout: false, labelled: false };
}
