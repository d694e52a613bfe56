/**
 * The shapes of one laid-out frame: {@link FrameGeometry} (fixed sizes of the main view) and
 * {@link FrameLayout} (what layoutFrame writes: marks, their rows, labels, lane extents, bins,
 * badges), with the reusable typed-array buffers. Types and allocation only: no layout logic, so
 * layoutFrame, clusterBadges, hitTest and the painters all depend on this file, not on each other.
 */

/** One count badge: a run `[bin0, bin1)` of bins in `lane` (see clusterBadges). */
export interface ClusterBadge {
  lane: number;
  bin0: number;
  bin1: number;
  /** Pixel extent of the run's bins. */
  x0: number;
  x1: number;
  /** Events counted in the run (the number on the badge). */
  count: number;
  /** Earliest start and latest end (epoch ms) of those events. */
  t0: number;
  t1: number;
  /** Whether the count is painted (false when no box was free). */
  drawn: boolean;
  /** The badge's box (when not drawn: the top of the run, for its button). */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Fixed geometry of the main view, in CSS pixels. Lane heights are per frame (see FrameLayout). */
export interface FrameGeometry {
  width: number;
  /** y of the top of the first lane. */
  top: number;
  /** Strip at the top of each lane for its name (no marks drawn there). */
  laneHeader: number;
  /** Height of one stacked row. */
  rowHeight: number;
  /** Row budget of a lane: events that would need more rows at this zoom are aggregated into bins. */
  rows: number;
  /** Rows a lane always has (so a lane of bins still has room to show them). */
  minRows: number;
  /** Width of the pixel cells events are counted in (a cell with more events than `rows` cannot separate). */
  cellPx: number;
  pointRadius: number;
  /** Minimum drawn width of a bar. */
  minBarPx: number;
  /** Widest label before truncation (a label always keeps at least its first 24 characters). */
  maxLabelPx: number;
  labelHeight: number;
  /** Gap between two boxes (mark + label) in one row. */
  gap: number;
}

/** Sensible defaults for {@link FrameGeometry} (width and top are the caller's). */
export const DEFAULT_GEOMETRY: Omit<FrameGeometry, 'width' | 'top'> = {
  laneHeader: 16,
  rowHeight: 18,
  rows: 8,
  minRows: 1,
  cellPx: 12,
  pointRadius: 5,
  minBarPx: 8,
  maxLabelPx: 210,
  labelHeight: 13,
  gap: 6,
};

/** Height of the axis band above the lanes. */
export const AXIS_HEIGHT = 26;

/**
 * Geometry for `nLanes` lanes: a row budget of about `targetRows` rows shared by the lanes,
 * 4 to 24 rows per lane (a few lanes get room to stack; many lanes stay compact).
 */
export function fitGeometry(width: number, top: number, nLanes: number, targetRows = 100): FrameGeometry {
  const rows = Math.max(4, Math.min(24, Math.floor(targetRows / Math.max(1, nLanes))));
  return { ...DEFAULT_GEOMETRY, width, top, rows };
}

/** The main view's geometry for a width and a number of lanes. */
export function mainGeometry(width: number, nLanes: number): FrameGeometry {
  return fitGeometry(width, AXIS_HEIGHT, Math.max(1, nLanes), width < 600 ? 60 : 100);
}

/** The result of layoutFrame: counts plus typed arrays (only the first `count` entries are valid). */
export interface FrameLayout {
  /** Visible window. */
  t0: number;
  t1: number;
  /** Number of events overlapping the window. */
  visible: number;
  marks: number;
  markEvent: Int32Array;
  /** Drawn x extent of mark m (x0 === x1 for a dot; a day event wider than a dot covers its day). */
  markX0: Float32Array;
  markX1: Float32Array;
  /** Dots of mark m are `markDot0[m] .. markDot0[m] + markDotN[m]`. */
  markDot0: Int32Array;
  markDotN: Int32Array;
  dots: number;
  dotLane: Int32Array;
  /** Stacked row of the dot in its lane. */
  dotRow: Int32Array;
  dotY: Float32Array;
  /** Lane l spans `laneTop[l] .. laneTop[l + 1]`; `laneTop[lanes]` is the bottom of the last lane. */
  lanes: number;
  laneTop: Float32Array;
  /** Rows lane l shows (at least minRows; the rows its stacked marks use). */
  laneRows: Int32Array;
  /** Height of the whole chart (axis included). */
  height: number;
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
  /** Labels: each shows the whole title or at least its first 24 characters, and overlaps nothing. */
  labels: number;
  labelMark: Int32Array;
  /** Dot (lane row) the label is drawn on. */
  labelDot: Int32Array;
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
    dotRow: new Int32Array(64),
    dotY: new Float32Array(64),
    lanes: 0,
    laneTop: new Float32Array(1),
    laneRows: new Int32Array(0),
    height: 0,
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
    labelDot: new Int32Array(64),
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

/** `arr` when it holds `need` entries, else a copy at least twice as long. */
export function grow<T extends Int32Array | Float32Array | Float64Array>(arr: T, need: number): T {
  if (need <= arr.length) return arr;
  let size = arr.length || 64;
  while (size < need) size *= 2;
  const next = new (arr.constructor as new (n: number) => T)(size);
  next.set(arr);
  return next;
}

/** y of the centre of `row` in `lane` of a laid-out frame. */
export function rowCentre(layout: FrameLayout, g: FrameGeometry, lane: number, row: number): number {
  return (layout.laneTop[lane] as number) + g.laneHeader + row * g.rowHeight + g.rowHeight / 2;
}
