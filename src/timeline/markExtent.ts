/**
 * Where event i's mark is drawn, in px: a bar over its extent (at least `minBarPx`); a day
 * event covering its whole day — a block when the day is wider than a dot, else a dot on the day's
 * centre (x0 === x1). Day events never imply a time of day, whatever the zoom. Pure.
 */
import { FLAG_UNCERTAIN, type TimelineIndex } from './buildTimelineIndex';
import type { FrameGeometry } from './frameLayout';

/** Writes event i's drawn `[x0, x1]` into `out[0]`, `out[1]` for a window starting at `t0`. */
export function markExtent(index: TimelineIndex, i: number, t0: number, pxPerMs: number, g: FrameGeometry, out: Float64Array): void {
  const s = index.start[i] as number;
  const e = index.end[i] as number;
  const d0 = (s - t0) * pxPerMs;
  const d1 = (e - t0) * pxPerMs;
  if (((index.flags[i] as number) & FLAG_UNCERTAIN) !== 0) {
    out[0] = d0;
    out[1] = Math.max(d1, d0 + g.minBarPx);
  } else if (d1 - d0 >= 2 * g.pointRadius + 2) {
    out[0] = d0 + 1;
    out[1] = d1 - 1;
  } else {
    out[0] = (d0 + d1) / 2;
    out[1] = out[0];
  }
}
