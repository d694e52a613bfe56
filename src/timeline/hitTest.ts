/**
 * Exact hit-testing of what the painter drew (marks, their labels, and bins) with a d3-quadtree
 * over the dot centres, plus a scan of bars, day blocks and labels (which are wide, so their centre
 * alone is not enough): clicking a title opens its event. Pure.
 * Build it lazily (on pointer move), at most once per drawn frame.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import type { FrameGeometry, FrameLayout } from './frameLayout';

/** What is under the pointer: a mark (event index) or a bin (lane and pixel span). */
export type Hit =
  | { kind: 'mark'; event: number; mark: number }
  | { kind: 'bin'; bin: number; lane: number; x0: number; x1: number; count: number };

interface Item {
  x: number;
  y: number;
  /** >= 0: dot index; < 0: -(bin index) - 1. */
  ref: number;
}

/** A spatial index of one frame. */
export interface HitIndex {
  tree: Quadtree<Item>;
  layout: FrameLayout;
  geometry: FrameGeometry;
  dotMark: Int32Array;
}

/** Indexes the dots and bins of `layout`. */
export function buildHitIndex(layout: FrameLayout, geometry: FrameGeometry): HitIndex {
  const items: Item[] = [];
  const dotMark = new Int32Array(layout.dots);
  for (let m = 0; m < layout.marks; m++) {
    const d0 = layout.markDot0[m] as number;
    const x = ((layout.markX0[m] as number) + (layout.markX1[m] as number)) / 2;
    for (let d = d0; d < d0 + (layout.markDotN[m] as number); d++) {
      dotMark[d] = m;
      items.push({ x, y: layout.dotY[d] as number, ref: d });
    }
  }
  for (let b = 0; b < layout.bins; b++) {
    const x = ((layout.binX0[b] as number) + (layout.binX1[b] as number)) / 2;
    const lane = layout.binLane[b] as number;
    const y = ((layout.laneTop[lane] as number) + geometry.laneHeader + (layout.laneTop[lane + 1] as number)) / 2;
    items.push({ x, y, ref: -b - 1 });
  }
  const tree = quadtree<Item>()
    .x((d) => d.x)
    .y((d) => d.y)
    .addAll(items);
  return { tree, layout, geometry, dotMark };
}

/**
 * The mark or bin at (x, y): a bar or bin whose box contains the point wins; otherwise the nearest
 * dot or bin centre within `radius` px. Null when nothing is there.
 */
export function hitTest(index: HitIndex, x: number, y: number, radius = 8): Hit | null {
  const { layout, geometry: g } = index;
  const half = g.rowHeight / 2;
  for (let m = 0; m < layout.marks; m++) {
    const x0 = layout.markX0[m] as number;
    const x1 = layout.markX1[m] as number;
    if (x0 === x1 || x < x0 || x > x1) continue;
    const d0 = layout.markDot0[m] as number;
    for (let d = d0; d < d0 + (layout.markDotN[m] as number); d++) {
      if (Math.abs(y - (layout.dotY[d] as number)) <= half) return { kind: 'mark', event: layout.markEvent[m] as number, mark: m };
    }
  }
  for (let l = 0; l < layout.labels; l++) {
    const lx = layout.labelX[l] as number;
    const ly = layout.labelY[l] as number;
    if (x >= lx && x <= lx + (layout.labelW[l] as number) && Math.abs(y - ly) <= half) {
      const m = layout.labelMark[l] as number;
      return { kind: 'mark', event: layout.markEvent[m] as number, mark: m };
    }
  }
  for (let b = 0; b < layout.bins; b++) {
    const lane = layout.binLane[b] as number;
    const top = (layout.laneTop[lane] as number) + g.laneHeader;
    if (x >= (layout.binX0[b] as number) && x < (layout.binX1[b] as number) && y >= top && y < (layout.laneTop[lane + 1] as number)) return binHit(layout, b);
  }
  const item = index.tree.find(x, y, radius);
  if (!item) return null;
  if (item.ref >= 0) {
    const m = index.dotMark[item.ref] as number;
    return { kind: 'mark', event: layout.markEvent[m] as number, mark: m };
  }
  return binHit(layout, -item.ref - 1);
}

function binHit(layout: FrameLayout, b: number): Hit {
  return { kind: 'bin', bin: b, lane: layout.binLane[b] as number, x0: layout.binX0[b] as number, x1: layout.binX1[b] as number, count: layout.binCount[b] as number };
}
