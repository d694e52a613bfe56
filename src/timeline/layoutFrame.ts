/**
 * Level of detail for one frame, vis-timeline style: visible events are stacked into sub-rows of
 * their lanes so that no two boxes (a mark plus its label's drawn width plus a gap) overlap, and
 * lanes grow to the rows they need. Only where a lane would exceed its row budget (`g.rows`) at this
 * zoom are events aggregated into per-lane density bins. Pure and allocation-free in the steady
 * state: it writes into the reusable typed arrays of a {@link FrameLayout}; O(log n + visible × rows).
 *
 * Rules:
 * - A lane is split into pixel cells `cellPx` wide. A cell holding more visible events than the row
 *   budget cannot separate at this zoom: its events are counted in a bin, never drawn one by one.
 * - Other events are taken in date order (left edge order) and placed at the lowest row free in each
 *   of their lanes (`firstFreeRow`, the step of `stackRows`): first with the label (whole, or capped
 *   at `maxLabelPx` but never under its first 24 characters), then with a 24-character label, then as
 *   a mark alone. An event with several lanes has one dot per lane; its label goes in the lane where
 *   it finds the lowest row. Labels are part of the boxes, so they never collide.
 * - An event that fits in no row goes to its cell's bin, unless it would be alone there (a bin never
 *   holds a single event): then it is drawn on the row that frees up first.
 * - A day-precision event covers its whole day: a dot while the day is narrower than a dot, a block
 *   over the day when zoomed in (never a time of day).
 * - A bar's label starts at the bar's visible part (it sticks to the bar when its start is off-screen).
 * - A bar entering from the left edge does not make the edge cell crowded.
 * - The prioritised event (option `priority`) is always an individual mark.
 */
import type { TimelineIndex } from './buildTimelineIndex';
import { FLAG_UNCERTAIN } from './buildTimelineIndex';
import { lowerBound } from './search';
import { clusterBadges } from './clusterBadges';
import { firstFreeRow } from './stackRows';
import { markExtent } from './markExtent';
import { grow, rowCentre, type FrameGeometry, type FrameLayout } from './frameLayout';

export { AXIS_HEIGHT, createFrameLayout, DEFAULT_GEOMETRY, fitGeometry, mainGeometry, type FrameGeometry, type FrameLayout } from './frameLayout';

/** A label always shows at least this many characters of its title (or the whole title). */
export const MIN_LABEL_CHARS = 24;
/** Estimated width of one character (11 px system font), where no measurement is given. */
const CHAR_PX = 6.2;
/** Space between a mark and its label. */
const LABEL_PAD = 3;

const scratchExtent = new Float64Array(2);

/** Options of {@link layoutFrame}. */
export interface LayoutOptions {
  /** Width in px of event i's whole title; omit to lay out marks without labels. */
  measure?: (i: number) => number;
  /** Width in px of event i's first 24 characters plus an ellipsis (or its whole title when shorter). */
  measureMin?: (i: number) => number;
  /** Event index always drawn as an individual mark (the selection). */
  priority?: number;
}

/** Lays out the window `[t0, t1)` of `index` into `out` (and returns it). */
export function layoutFrame(out: FrameLayout, index: TimelineIndex, t0: number, t1: number, g: FrameGeometry, options: LayoutOptions = {}): FrameLayout {
  const { start, end, laneOffsets, laneIds, flags } = index;
  const nLanes = Math.max(1, index.lanes.length);
  const width = Math.max(1, g.width);
  const span = Math.max(1, t1 - t0);
  const pxPerMs = width / span;
  const cols = Math.max(1, Math.ceil(width / g.cellPx));
  const cells = nLanes * cols;
  const rows = Math.max(1, g.rows);
  if (out.cellCount.length < cells) {
    out.cellCount = new Int32Array(cells);
    out.cellBinned = new Int32Array(cells);
    out.cellT0 = new Float64Array(cells);
    out.cellT1 = new Float64Array(cells);
  } else {
    out.cellCount.fill(0, 0, cells);
    out.cellBinned.fill(0, 0, cells);
  }
  out.cellT0.fill(Infinity, 0, cells);
  out.cellT1.fill(-Infinity, 0, cells);
  const rowSlots = nLanes * rows;
  if (out.rowEnd.length < rowSlots) out.rowEnd = new Float64Array(rowSlots);
  out.rowEnd.fill(-Infinity, 0, rowSlots);
  if (out.laneRows.length < nLanes) out.laneRows = new Int32Array(nLanes);
  out.laneRows.fill(0, 0, nLanes);
  out.laneTop = grow(out.laneTop, nLanes + 1);
  out.lanes = nLanes;
  out.t0 = t0;
  out.t1 = t1;
  out.marks = 0;
  out.dots = 0;
  out.bins = 0;
  out.maxBin = 0;
  out.binnedEvents = 0;
  out.labels = 0;
  out.visible = 0;
  out.markOfEvent.clear();

  const n = index.n;
  const i0 = lowerBound(start, t0 - index.maxSpan, n);
  const i1 = lowerBound(start, t1, n);
  const isBar = (i: number) => ((flags[i] as number) & FLAG_UNCERTAIN) !== 0;
  // The cell of an event: where its mark starts, or where its bar enters the window.
  const cellOf = (i: number) => {
    const x = (Math.max(start[i] as number, t0) - t0) * pxPerMs;
    return Math.min(cols - 1, Math.max(0, Math.floor(x / g.cellPx)));
  };

  // Pass 1: count visible events per lane cell.
  if (out.eventCell.length < i1 - i0) out.eventCell = new Int32Array(Math.max(i1 - i0, out.eventCell.length * 2));
  const eventCell = out.eventCell;
  for (let i = i0; i < i1; i++) {
    if ((end[i] as number) <= t0) {
      eventCell[i - i0] = -1;
      continue;
    }
    out.visible++;
    const c = cellOf(i);
    eventCell[i - i0] = c;
    if ((start[i] as number) < t0 && isBar(i)) continue;
    for (let k = laneOffsets[i] as number; k < (laneOffsets[i + 1] as number); k++) {
      const cell = (laneIds[k] as number) * cols + c;
      out.cellCount[cell] = (out.cellCount[cell] as number) + 1;
    }
  }

  // Pass 2: stack individual marks where a row is free; bins elsewhere.
  const priority = options.priority ?? -1;
  const measure = options.measure;
  const measureMin = options.measureMin ?? ((i: number) => Math.min((measure as (i: number) => number)(i), (MIN_LABEL_CHARS + 1) * CHAR_PX));
  const cellCount = out.cellCount;
  const r = g.pointRadius;
  const unfit: number[] = [];
  const laneRow: number[] = [];
  const ext = scratchExtent;
  for (let i = i0; i < i1; i++) {
    const c = eventCell[i - i0] as number;
    if (c < 0) continue;
    const k0 = laneOffsets[i] as number;
    const k1 = laneOffsets[i + 1] as number;
    const forced = i === priority;
    const clipped = (start[i] as number) < t0 && isBar(i);
    let dense = false;
    if (!forced && !clipped) for (let k = k0; k < k1; k++) if ((cellCount[(laneIds[k] as number) * cols + c] as number) > rows) dense = true;
    if (dense) {
      binEvent(out, index, i, c, cols);
      continue;
    }
    // The mark's drawn extent: a bar, a dot, or a block covering the day.
    markExtent(index, i, t0, pxPerMs, g, ext);
    const x0 = ext[0] as number;
    const x1 = ext[1] as number;
    const markL = x0 === x1 ? x0 - r : x0;
    const markR = x0 === x1 ? x0 + r : x1;
    let placed = false;
    if (measure) {
      const whole = measure(i);
      const least = Math.min(whole, measureMin(i));
      const full = Math.min(whole, Math.max(g.maxLabelPx, least));
      for (const want of full > least ? [full, least] : [full]) {
        const lab = labelBox(isBar(i), x0, markL, markR, want, least, width);
        if (!lab) continue;
        if (tryPlace(out, index, i, g, rows, markL, markR, lab, laneRow)) {
          placed = true;
          break;
        }
      }
    }
    if (!placed) placed = tryPlace(out, index, i, g, rows, markL, markR, null, laneRow);
    if (placed) {
      writeMark(out, index, i, x0, x1);
      continue;
    }
    if (forced) {
      forceMark(out, index, i, g, rows, markR, x0, x1);
      continue;
    }
    binEvent(out, index, i, c, cols);
    unfit.push(i, x0, x1, markR);
  }
  // A bin never holds a single event: an unfit event alone in its bin (and its neighbours') is
  // drawn on the row that frees up first instead.
  for (let u = 0; u < unfit.length; u += 4) {
    const i = unfit[u] as number;
    const c = eventCell[i - i0] as number;
    let lone = true;
    for (let k = laneOffsets[i] as number; k < (laneOffsets[i + 1] as number) && lone; k++) {
      const base = (laneIds[k] as number) * cols;
      let near = 0;
      for (let cc = Math.max(0, c - 1); cc <= Math.min(cols - 1, c + 1); cc++) near += out.cellBinned[base + cc] as number;
      if (near > 1) lone = false;
    }
    if (!lone) continue;
    out.binnedEvents--;
    for (let k = laneOffsets[i] as number; k < (laneOffsets[i + 1] as number); k++) {
      const cell = (laneIds[k] as number) * cols + c;
      out.cellBinned[cell] = (out.cellBinned[cell] as number) - 1;
    }
    forceMark(out, index, i, g, rows, unfit[u + 3] as number, unfit[u + 1] as number, unfit[u + 2] as number);
  }

  // Bins: one per lane cell holding binned events.
  const laneHasBins = new Uint8Array(nLanes);
  for (let lane = 0; lane < nLanes; lane++) {
    for (let c = 0; c < cols; c++) {
      const count = out.cellBinned[lane * cols + c] as number;
      if (count === 0) continue;
      laneHasBins[lane] = 1;
      const b = out.bins++;
      out.binLane = grow(out.binLane, b + 1);
      out.binX0 = grow(out.binX0, b + 1);
      out.binX1 = grow(out.binX1, b + 1);
      out.binCount = grow(out.binCount, b + 1);
      out.binT0 = grow(out.binT0, b + 1);
      out.binT1 = grow(out.binT1, b + 1);
      out.binT0[b] = out.cellT0[lane * cols + c] as number;
      out.binT1[b] = out.cellT1[lane * cols + c] as number;
      out.binLane[b] = lane;
      out.binX0[b] = c * g.cellPx;
      out.binX1[b] = Math.min(width, (c + 1) * g.cellPx);
      out.binCount[b] = count;
      if (count > out.maxBin) out.maxBin = count;
    }
  }

  // Lanes grow to the rows they use (a lane with bins keeps room for them).
  out.laneTop[0] = g.top;
  for (let lane = 0; lane < nLanes; lane++) {
    const used = Math.max(g.minRows, out.laneRows[lane] as number, laneHasBins[lane] ? 2 : 0);
    out.laneRows[lane] = used;
    out.laneTop[lane + 1] = (out.laneTop[lane] as number) + g.laneHeader + used * g.rowHeight + 4;
  }
  out.height = (out.laneTop[nLanes] as number) + 4;
  for (let d = 0; d < out.dots; d++) out.dotY[d] = rowCentre(out, g, out.dotLane[d] as number, out.dotRow[d] as number);
  for (let l = 0; l < out.labels; l++) out.labelY[l] = out.dotY[out.labelDot[l] as number] as number;

  out.badges = clusterBadges(out, g);
  return out;
}

/** A label's x, width and the box it makes with its mark, or null when it cannot be drawn whole enough. */
interface LabelBox {
  x: number;
  w: number;
  left: number;
  right: number;
}

/**
 * Where event's label goes: right of a dot or day block (else left of it, else truncated to the
 * room there when that still shows `least` px); over a bar from the bar's visible start.
 */
function labelBox(bar: boolean, x0: number, markL: number, markR: number, w: number, least: number, width: number): LabelBox | null {
  if (bar) {
    const lw = Math.min(w, width);
    if (lw < least) return null;
    const x = Math.max(0, Math.min(Math.max(x0, 0) + 4, width - lw));
    return { x, w: lw, left: Math.min(markL, x), right: Math.max(markR, x + lw) };
  }
  const right = markR + LABEL_PAD;
  const leftRoom = markL - LABEL_PAD;
  if (right + w <= width) return { x: right, w, left: markL, right: right + w };
  if (leftRoom - w >= 0) return { x: leftRoom - w, w, left: leftRoom - w, right: markR };
  const roomR = width - right;
  if (roomR >= least && roomR >= leftRoom) return { x: right, w: roomR, left: markL, right: width };
  if (leftRoom >= least) return { x: 0, w: leftRoom, left: 0, right: markR };
  return null;
}

/**
 * Finds a free row in every lane of event i (the label's box in the lane where it sits lowest, the
 * mark alone in the others) and, when all are free, commits the rows and the label. Returns false
 * (and changes nothing) when some lane has no free row.
 */
function tryPlace(out: FrameLayout, index: TimelineIndex, i: number, g: FrameGeometry, rows: number, markL: number, markR: number, lab: LabelBox | null, laneRow: number[]): boolean {
  const k0 = index.laneOffsets[i] as number;
  const k1 = index.laneOffsets[i + 1] as number;
  laneRow.length = 0;
  let labelK = -1;
  let labelRow = rows;
  for (let k = k0; k < k1; k++) {
    const base = (index.laneIds[k] as number) * rows;
    const rm = firstFreeRow(out.rowEnd, base, rows, markL);
    if (rm < 0) return false;
    laneRow.push(rm);
    if (lab) {
      const rl = firstFreeRow(out.rowEnd, base, rows, lab.left);
      if (rl >= 0 && rl < labelRow) {
        labelRow = rl;
        labelK = k;
      }
    }
  }
  if (lab && labelK < 0) return false;
  const dot0 = out.dots;
  out.dotLane = grow(out.dotLane, dot0 + (k1 - k0));
  out.dotRow = grow(out.dotRow, dot0 + (k1 - k0));
  out.dotY = grow(out.dotY, dot0 + (k1 - k0));
  for (let k = k0; k < k1; k++) {
    const lane = index.laneIds[k] as number;
    const row = k === labelK ? labelRow : (laneRow[k - k0] as number);
    // A label keeps `gap` from the next box; a mark alone only 2 px (day blocks of consecutive days share a row).
    const right = k === labelK && lab ? lab.right + g.gap : markR + 2;
    out.rowEnd[lane * rows + row] = Math.max(out.rowEnd[lane * rows + row] as number, right);
    if (row + 1 > (out.laneRows[lane] as number)) out.laneRows[lane] = row + 1;
    out.dotLane[out.dots] = lane;
    out.dotRow[out.dots] = row;
    out.dots++;
    if (k === labelK && lab) {
      const l = out.labels++;
      out.labelMark = grow(out.labelMark, l + 1);
      out.labelDot = grow(out.labelDot, l + 1);
      out.labelX = grow(out.labelX, l + 1);
      out.labelY = grow(out.labelY, l + 1);
      out.labelW = grow(out.labelW, l + 1);
      out.labelMark[l] = out.marks;
      out.labelDot[l] = out.dots - 1;
      out.labelX[l] = lab.x;
      out.labelW[l] = lab.w;
    }
  }
  return true;
}

/** Records mark `out.marks` for event i, whose dots (one per lane) were just written by tryPlace or forceMark. */
function writeMark(out: FrameLayout, index: TimelineIndex, i: number, x0: number, x1: number): void {
  const m = out.marks++;
  const nd = (index.laneOffsets[i + 1] as number) - (index.laneOffsets[i] as number);
  out.markEvent = grow(out.markEvent, m + 1);
  out.markX0 = grow(out.markX0, m + 1);
  out.markX1 = grow(out.markX1, m + 1);
  out.markDot0 = grow(out.markDot0, m + 1);
  out.markDotN = grow(out.markDotN, m + 1);
  out.markEvent[m] = i;
  out.markX0[m] = x0;
  out.markX1[m] = x1;
  out.markDot0[m] = out.dots - nd;
  out.markDotN[m] = nd;
  out.markOfEvent.set(i, m);
}

/** Draws event i (no label) on the row of each lane that frees up first (it may overlap there). */
function forceMark(out: FrameLayout, index: TimelineIndex, i: number, g: FrameGeometry, rows: number, markR: number, x0: number, x1: number): void {
  const k0 = index.laneOffsets[i] as number;
  const k1 = index.laneOffsets[i + 1] as number;
  out.dotLane = grow(out.dotLane, out.dots + (k1 - k0));
  out.dotRow = grow(out.dotRow, out.dots + (k1 - k0));
  out.dotY = grow(out.dotY, out.dots + (k1 - k0));
  for (let k = k0; k < k1; k++) {
    const lane = index.laneIds[k] as number;
    let row = 0;
    for (let q = 1; q < rows; q++) if ((out.rowEnd[lane * rows + q] as number) < (out.rowEnd[lane * rows + row] as number)) row = q;
    out.rowEnd[lane * rows + row] = Math.max(out.rowEnd[lane * rows + row] as number, markR + g.gap);
    if (row + 1 > (out.laneRows[lane] as number)) out.laneRows[lane] = row + 1;
    out.dotLane[out.dots] = lane;
    out.dotRow[out.dots] = row;
    out.dots++;
  }
  writeMark(out, index, i, x0, x1);
}

/** Counts event i in the bins of its lanes at cell c (and widens their time extents). */
function binEvent(out: FrameLayout, index: TimelineIndex, i: number, c: number, cols: number): void {
  out.binnedEvents++;
  const s = index.start[i] as number;
  const e = index.end[i] as number;
  for (let k = index.laneOffsets[i] as number; k < (index.laneOffsets[i + 1] as number); k++) {
    const cell = (index.laneIds[k] as number) * cols + c;
    out.cellBinned[cell] = (out.cellBinned[cell] as number) + 1;
    if (s < (out.cellT0[cell] as number)) out.cellT0[cell] = s;
    if (e > (out.cellT1[cell] as number)) out.cellT1[cell] = e;
  }
}
