/**
 * Level of detail for one frame: which visible events are drawn as individual marks (with which
 * sub-row in each lane), which are aggregated into per-lane density bins, and which labels fit.
 * Pure and allocation-free in the steady state: it writes into the reusable typed arrays of a
 * {@link FrameLayout}; work is O(log n + visible events).
 *
 * Rules:
 * - A lane is split into pixel cells `cellPx` wide. A cell holding more than `clusterAt` visible
 *   events is dense: its events are counted in a bin, never drawn one by one.
 * - Other events are placed greedily in date order into the first sub-row of each of their lanes
 *   where they do not overlap; where no row is free and the cell holds more events than rows, the
 *   event goes to bins too (otherwise it overlaps the row that frees up first).
 *   An event is either one mark (with a dot in each of its lanes) or counted in bins — never both,
 *   never dropped.
 * - Same-day points spread across their day's width, so zooming in always separates them.
 * - A bar entering from the left edge does not make the edge cell crowded; it is drawn when a
 *   sub-row is free for it, else counted in the edge bin.
 * - The prioritised (selected) event is always an individual mark, so the highlight is visible.
 */
import type { TimelineIndex } from './buildTimelineIndex';
import { FLAG_PARSED, FLAG_UNCERTAIN } from './buildTimelineIndex';
import { placeLabelChoices, type Box } from './placeLabels';
import { lowerBound } from './search';
import { clusterBadges, type ClusterBadge } from './clusterBadges';
import { DAY_MS } from './time';

/** Fixed geometry of the main view, in CSS pixels. */
export interface FrameGeometry {
  width: number;
  /** y of the top of the first lane. */
  top: number;
  /** Height of one lane: `laneHeader + rows * rowHeight + 4`. */
  laneHeight: number;
  /** Strip at the top of each lane for its name (no marks drawn there). */
  laneHeader: number;
  rows: number;
  rowHeight: number;
  cellPx: number;
  pointRadius: number;
  /** A cell with more events than this is drawn as a bin. */
  clusterAt: number;
  /** Minimum drawn width of a bar. */
  minBarPx: number;
  /** Widest label before truncation. */
  maxLabelPx: number;
  labelHeight: number;
}

/** Sensible defaults for {@link FrameGeometry} (width and top are the caller's). */
export const DEFAULT_GEOMETRY: Omit<FrameGeometry, 'width' | 'top'> = {
  laneHeight: 63,
  laneHeader: 14,
  rows: 3,
  rowHeight: 15,
  cellPx: 12,
  pointRadius: 5,
  clusterAt: 6,
  minBarPx: 8,
  maxLabelPx: 180,
  labelHeight: 12,
};

/**
 * Geometry for `nLanes` lanes aiming at about `targetHeight` px of lanes: 2 to 6 sub-rows per lane,
 * so a few lanes get room to stack and many lanes stay compact.
 */
export function fitGeometry(width: number, top: number, nLanes: number, targetHeight = 440): FrameGeometry {
  const base = DEFAULT_GEOMETRY;
  const perLane = targetHeight / Math.max(1, nLanes);
  const rows = Math.max(2, Math.min(6, Math.floor((perLane - base.laneHeader - 4) / base.rowHeight)));
  return { ...base, width, top, rows, laneHeight: base.laneHeader + rows * base.rowHeight + 4 };
}

/** The result of {@link layoutFrame}: counts plus typed arrays (only the first `count` entries are valid). */
export interface FrameLayout {
  /** Visible window. */
  t0: number;
  t1: number;
  /** Number of events overlapping the window. */
  visible: number;
  marks: number;
  markEvent: Int32Array;
  markX0: Float32Array;
  markX1: Float32Array;
  /** Dots of mark m are `markDot0[m] .. markDot0[m] + markDotN[m]`. */
  markDot0: Int32Array;
  markDotN: Int32Array;
  dots: number;
  dotLane: Int32Array;
  dotY: Float32Array;
  bins: number;
  binLane: Int32Array;
  binX0: Float32Array;
  binX1: Float32Array;
  binCount: Int32Array;
  /** Earliest start / latest end (epoch ms) of the events counted in bin b. */
  binT0: Float64Array;
  binT1: Float64Array;
  /** Count badges: one per run of adjacent bins in a lane (see clusterBadges). */
  badges: ClusterBadge[];
  /** Largest bin count (for shading). */
  maxBin: number;
  /** Events counted in bins. */
  binnedEvents: number;
  labels: number;
  labelMark: Int32Array;
  labelX: Float32Array;
  labelY: Float32Array;
  labelW: Float32Array;
  /** Scratch (reused between frames). */
  cellCount: Int32Array;
  cellBinned: Int32Array;
  cellT0: Float64Array;
  cellT1: Float64Array;
  /** Cell of each visible event (index i - i0), -1 when not visible. */
  eventCell: Int32Array;
  rowEnd: Float64Array;
  markOfEvent: Map<number, number>;
}

/** Creates an empty layout whose buffers grow on demand. */
export function createFrameLayout(): FrameLayout {
  return {
    t0: 0,
    t1: 1,
    visible: 0,
    marks: 0,
    markEvent: new Int32Array(64),
    markX0: new Float32Array(64),
    markX1: new Float32Array(64),
    markDot0: new Int32Array(64),
    markDotN: new Int32Array(64),
    dots: 0,
    dotLane: new Int32Array(64),
    dotY: new Float32Array(64),
    bins: 0,
    binLane: new Int32Array(64),
    binX0: new Float32Array(64),
    binX1: new Float32Array(64),
    binCount: new Int32Array(64),
    binT0: new Float64Array(64),
    binT1: new Float64Array(64),
    badges: [],
    maxBin: 0,
    binnedEvents: 0,
    labels: 0,
    labelMark: new Int32Array(64),
    labelX: new Float32Array(64),
    labelY: new Float32Array(64),
    labelW: new Float32Array(64),
    cellCount: new Int32Array(0),
    cellBinned: new Int32Array(0),
    cellT0: new Float64Array(0),
    cellT1: new Float64Array(0),
    eventCell: new Int32Array(0),
    rowEnd: new Float64Array(0),
    markOfEvent: new Map(),
  };
}

function grow<T extends Int32Array | Float32Array | Float64Array>(arr: T, need: number): T {
  if (need <= arr.length) return arr;
  let size = arr.length || 64;
  while (size < need) size *= 2;
  const next = new (arr.constructor as new (n: number) => T)(size);
  next.set(arr);
  return next;
}

/** Options of {@link layoutFrame}. */
export interface LayoutOptions {
  /** Label width in px of event i (before truncation); omit to skip labels. */
  measure?: (i: number) => number;
  /** Event index drawn as an individual mark even in a crowded cell, and labelled first (the selection). */
  priority?: number;
  /** Most label candidates to try. */
  maxLabels?: number;
}

/** Lays out the window `[t0, t1)` of `index` into `out` (and returns it). */
export function layoutFrame(out: FrameLayout, index: TimelineIndex, t0: number, t1: number, g: FrameGeometry, options: LayoutOptions = {}): FrameLayout {
  const { start, end, laneOffsets, laneIds, flags } = index;
  const nLanes = Math.max(1, index.lanes.length);
  const width = Math.max(1, g.width);
  const span = Math.max(1, t1 - t0);
  const pxPerMs = width / span;
  const dayPx = DAY_MS * pxPerMs;
  const cols = Math.max(1, Math.ceil(width / g.cellPx));
  const cells = nLanes * cols;
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
  const rowSlots = nLanes * g.rows;
  if (out.rowEnd.length < rowSlots) out.rowEnd = new Float64Array(rowSlots);
  out.rowEnd.fill(-Infinity, 0, rowSlots);
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
  // The cell of an event: where its point is drawn, or where its bar enters the window.
  const cellOf = (i: number) => {
    const s = start[i] as number;
    let x: number;
    if (((flags[i] as number) & FLAG_UNCERTAIN) !== 0) x = (Math.max(s, t0) - t0) * pxPerMs;
    else x = (s - t0) * pxPerMs + (dayPx * (i - (index.runFirst[i] as number) + 0.5)) / (index.runLength[i] as number);
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
    // A bar entering from the left edge is not a crowd at the edge: it does not count there.
    if ((start[i] as number) < t0 && ((flags[i] as number) & FLAG_UNCERTAIN) !== 0) continue;
    for (let k = laneOffsets[i] as number; k < (laneOffsets[i + 1] as number); k++) {
      const cell = (laneIds[k] as number) * cols + c;
      out.cellCount[cell] = (out.cellCount[cell] as number) + 1;
    }
  }

  // Pass 2: individual marks where they fit, bins elsewhere.
  const rowH = g.rowHeight;
  const priority = options.priority ?? -1;
  const cellCount = out.cellCount;
  for (let i = i0; i < i1; i++) {
    const c = eventCell[i - i0] as number;
    if (c < 0) continue;
    const k0 = laneOffsets[i] as number;
    const k1 = laneOffsets[i + 1] as number;
    // The prioritised (selected) event is always drawn as itself, even inside a crowd.
    const forced = i === priority;
    const clipped = (start[i] as number) < t0 && ((flags[i] as number) & FLAG_UNCERTAIN) !== 0;
    let dense = false;
    if (!forced && !clipped) for (let k = k0; k < k1; k++) if ((cellCount[(laneIds[k] as number) * cols + c] as number) > g.clusterAt) dense = true;
    if (dense) {
      binEvent(out, index, i, c, cols);
      continue;
    }
    const e = end[i] as number;
    const s = start[i] as number;
    let x0: number;
    let x1: number;
    let left: number;
    let right: number;
    if (((flags[i] as number) & FLAG_UNCERTAIN) !== 0) {
      x0 = (s - t0) * pxPerMs;
      x1 = Math.max((e - t0) * pxPerMs, x0 + g.minBarPx);
      left = x0 - 2;
      right = x1 + 2;
    } else {
      const runFirst = index.runFirst[i] as number;
      const runLen = index.runLength[i] as number;
      const cx = (s - t0) * pxPerMs + (dayPx * (i - runFirst + 0.5)) / runLen;
      x0 = cx;
      x1 = cx;
      left = cx - g.pointRadius - 2;
      right = cx + g.pointRadius + 2;
    }
    // Try to find a free row in every lane before committing. Where no row is free but the cell
    // itself is not crowded (a long bar took the rows), the mark overlaps the least-recent row.
    let fits = !dense;
    if (fits) {
      for (let k = k0; k < k1; k++) {
        const lane = laneIds[k] as number;
        let found = false;
        for (let r = 0; r < g.rows; r++) if ((out.rowEnd[lane * g.rows + r] as number) < left) found = true;
        if (!found && !forced && (clipped || (out.cellCount[lane * cols + c] as number) > g.rows)) {
          fits = false;
          break;
        }
      }
    }
    if (!fits) {
      binEvent(out, index, i, c, cols);
      continue;
    }
    const m = out.marks++;
    const nd = k1 - k0;
    out.markEvent = grow(out.markEvent, m + 1);
    out.markX0 = grow(out.markX0, m + 1);
    out.markX1 = grow(out.markX1, m + 1);
    out.markDot0 = grow(out.markDot0, m + 1);
    out.markDotN = grow(out.markDotN, m + 1);
    out.dotLane = grow(out.dotLane, out.dots + nd);
    out.dotY = grow(out.dotY, out.dots + nd);
    out.markEvent[m] = i;
    out.markX0[m] = x0;
    out.markX1[m] = x1;
    out.markDot0[m] = out.dots;
    out.markDotN[m] = nd;
    out.markOfEvent.set(i, m);
    for (let k = k0; k < k1; k++) {
      const lane = laneIds[k] as number;
      let row = -1;
      let oldest = 0;
      for (let r = 0; r < g.rows; r++) {
        const re = out.rowEnd[lane * g.rows + r] as number;
        if (re < left) {
          row = r;
          break;
        }
        if (re < (out.rowEnd[lane * g.rows + oldest] as number)) oldest = r;
      }
      if (row < 0) row = oldest;
      out.rowEnd[lane * g.rows + row] = Math.max(right, out.rowEnd[lane * g.rows + row] as number);
      out.dotLane[out.dots] = lane;
      out.dotY[out.dots] = g.top + lane * g.laneHeight + g.laneHeader + row * rowH + rowH / 2;
      out.dots++;
    }
  }

  // Bins: one per lane cell holding binned events.
  for (let lane = 0; lane < nLanes; lane++) {
    for (let c = 0; c < cols; c++) {
      const count = out.cellBinned[lane * cols + c] as number;
      if (count === 0) continue;
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

  out.badges = clusterBadges(out, g);
  if (options.measure && out.marks > 0) placeMarkLabels(out, index, g, options);
  return out;
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

/**
 * Label priority of event i (lower is placed first): curated and user events before parsed
 * ones, then more independent outlets, then more reports; ties keep date order.
 */
export function labelRank(index: TimelineIndex, i: number): number {
  const ev = index.events[i];
  const parsed = ((index.flags[i] as number) & FLAG_PARSED) !== 0 ? 1 : 0;
  const outlets = Math.min(99, ev?.corroboration?.independentOutlets ?? 0);
  const reports = Math.min(99, ev?.corroboration?.reports ?? 0);
  return parsed * 10_000 + (99 - outlets) * 100 + (99 - reports);
}

/** Label widths tried after the full one, when it does not fit (truncated with an ellipsis). */
const SHORTER_LABELS_PX = [120, 88, 64];

function placeMarkLabels(out: FrameLayout, index: TimelineIndex, g: FrameGeometry, options: LayoutOptions): void {
  const measure = options.measure as (i: number) => number;
  const maxLabels = options.maxLabels ?? 600;
  const obstacles: Box[] = [];
  for (let m = 0; m < out.marks; m++) {
    for (let d = out.markDot0[m] as number; d < (out.markDot0[m] as number) + (out.markDotN[m] as number); d++) {
      const y = out.dotY[d] as number;
      const x0 = out.markX0[m] as number;
      const x1 = out.markX1[m] as number;
      const r = x0 === x1 ? g.pointRadius : 0;
      obstacles.push({ x: x0 - r, y: y - g.pointRadius, w: x1 - x0 + 2 * r, h: 2 * g.pointRadius });
    }
  }
  // Bins and badges are obstacles too: labels never cover counts.
  for (let b = 0; b < out.bins; b++) {
    const y = g.top + (out.binLane[b] as number) * g.laneHeight + g.laneHeader;
    obstacles.push({ x: out.binX0[b] as number, y, w: (out.binX1[b] as number) - (out.binX0[b] as number), h: g.laneHeight - g.laneHeader });
  }
  for (const badge of out.badges) if (badge.drawn) obstacles.push({ x: badge.x, y: badge.y, w: badge.w, h: badge.h });
  // Priority: the selection, then curated, then the best corroborated; parsed events last.
  const pri = options.priority === undefined ? undefined : out.markOfEvent.get(options.priority);
  const ranked: number[] = [];
  for (let m = 0; m < out.marks; m++) if (m !== pri) ranked.push(m);
  const rank = new Map<number, number>();
  for (const m of ranked) rank.set(m, labelRank(index, out.markEvent[m] as number));
  ranked.sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number) || a - b);
  const order: number[] = pri !== undefined ? [pri] : [];
  for (const m of ranked) {
    if (order.length >= maxLabels) break;
    order.push(m);
  }
  const candidates: Box[][] = [];
  const own: number[] = [];
  for (const m of order) {
    const d = out.markDot0[m] as number;
    const y = (out.dotY[d] as number) - g.labelHeight / 2;
    const x0 = out.markX0[m] as number;
    const x1 = out.markX1[m] as number;
    const w = Math.min(g.maxLabelPx, measure(out.markEvent[m] as number));
    const r = x0 === x1 ? g.pointRadius : 0;
    const alternatives: Box[] = [];
    // Right of the mark, else left of it, then shorter (truncated) on either side; only
    // positions inside the view.
    for (const lw of [w, ...SHORTER_LABELS_PX.filter((s) => s < w)]) {
      const right = x1 + r + 3;
      const left = x0 - r - 3 - lw;
      if (right + lw <= g.width) alternatives.push({ x: right, y, w: lw, h: g.labelHeight });
      if (left >= 0) alternatives.push({ x: left, y, w: lw, h: g.labelHeight });
    }
    candidates.push(alternatives);
    own.push(d);
  }
  const chosen = placeLabelChoices(candidates, obstacles, own);
  for (let j = 0; j < chosen.length; j++) {
    const k = chosen[j] as number;
    if (k < 0) continue;
    const c = (candidates[j] as Box[])[k] as Box;
    const l = out.labels++;
    out.labelMark = grow(out.labelMark, l + 1);
    out.labelX = grow(out.labelX, l + 1);
    out.labelY = grow(out.labelY, l + 1);
    out.labelW = grow(out.labelW, l + 1);
    out.labelMark[l] = order[j] as number;
    out.labelX[l] = c.x;
    out.labelY[l] = c.y + g.labelHeight / 2;
    out.labelW[l] = c.w;
  }
}
