/**
 * vis-timeline-style stacking, as rows: each item (a mark plus its label's drawn width plus a
 * margin) goes to the lowest row where it collides with nothing already placed. Items are taken
 * in order of their left edge, so a row only needs its rightmost end: first-fit on intervals
 * sorted by start uses the fewest rows two boxes overlapping in x never share a row. Pure.
 */

/** A horizontal extent in px: `[left, left + width)`. */
export interface StackBox {
  left: number;
  width: number;
}

/** Options of {@link stackRows}. */
export interface StackOptions {
  /** Gap kept between two boxes in one row, in px (default 4). */
  margin?: number;
  /** Most rows; a box that fits in none of them gets row -1 (default unlimited). */
  maxRows?: number;
}

/**
 * The lowest row `r < rows` whose end (`rowEnd[offset + r]`) is left of `left`, or -1.
 * The allocation-free step layoutFrame runs per event and lane.
 */
export function firstFreeRow(rowEnd: Float64Array, offset: number, rows: number, left: number): number {
  for (let r = 0; r < rows; r++) if ((rowEnd[offset + r] as number) <= left) return r;
  return -1;
}

/**
 * The row of each box (same order as `boxes`): the lowest row where it overlaps no box placed
 * before it (boxes are placed by left edge, ties in input order), or -1 beyond `maxRows`.
 */
export function stackRows(boxes: readonly StackBox[], options: StackOptions = {}): Int32Array {
  const margin = options.margin ?? 4;
  const maxRows = options.maxRows ?? boxes.length;
  const order = boxes.map((_, i) => i).sort((a, b) => (boxes[a] as StackBox).left - (boxes[b] as StackBox).left || a - b);
  const rows = new Int32Array(boxes.length).fill(-1);
  const rowEnd = new Float64Array(Math.max(1, Math.min(maxRows, boxes.length))).fill(-Infinity);
  let used = 0;
  for (const i of order) {
    const b = boxes[i] as StackBox;
    let r = firstFreeRow(rowEnd, 0, used, b.left);
    if (r < 0 && used < maxRows) r = used++;
    if (r < 0) continue;
    rows[i] = r;
    rowEnd[r] = b.left + Math.max(0, b.width) + margin;
  }
  return rows;
}
