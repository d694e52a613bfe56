/**
 * Count badges of a frame: one per run of adjacent density bins in a lane (runs stop at
 * ~120 px so counts stay local). Each badge knows its members' time extent (so clicking it can
 * zoom to exactly those events) and where its count is drawn: a box that overlaps no individual
 * mark and no other badge, tried centred on the run, then at its left and right ends, then just
 * outside them, in each sub-row from the top. A badge with no free box is not drawn (its bins still show the density,
 * and it still gets its button). Pure; O(bins + badges × marks in the lane).
 */
import type { ClusterBadge, FrameGeometry, FrameLayout } from './frameLayout';
import { formatCompactCount } from '../lib/format/formatCount';

export type { ClusterBadge };

/** Longest run of bins summed into one badge, in px. */
export const BADGE_RUN_PX = 120;
/** Width of one digit of the badge font (bold 10px), an estimate shared with the painter. */
export const BADGE_DIGIT_PX = 6.5;
/** Badge height in px. */
export const BADGE_HEIGHT = 14;

/** Width of the badge showing `count`. */
export function badgeWidth(count: number): number {
  return formatCompactCount(count).length * BADGE_DIGIT_PX + 8;
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The badges of `layout` (its bins must be in lane, then x order, as layoutFrame writes them). */
export function clusterBadges(layout: FrameLayout, g: FrameGeometry): ClusterBadge[] {
  const out: ClusterBadge[] = [];
  if (layout.bins === 0) return out;
  // Boxes of the individual marks per lane (badges must not cover them).
  const markBoxes = new Map<number, Rect[]>();
  for (let m = 0; m < layout.marks; m++) {
    const x0 = layout.markX0[m] as number;
    const x1 = layout.markX1[m] as number;
    const r = x0 === x1 ? g.pointRadius : 0;
    const d0 = layout.markDot0[m] as number;
    for (let d = d0; d < d0 + (layout.markDotN[m] as number); d++) {
      const lane = layout.dotLane[d] as number;
      const y = layout.dotY[d] as number;
      const list = markBoxes.get(lane) ?? [];
      list.push({ x: x0 - r - 1, y: y - g.pointRadius - 1, w: x1 - x0 + 2 * r + 2, h: 2 * g.pointRadius + 2 });
      markBoxes.set(lane, list);
    }
  }
  // Labels too: a badge never hides a title.
  for (let l = 0; l < layout.labels; l++) {
    const lane = layout.dotLane[layout.labelDot[l] as number] as number;
    const list = markBoxes.get(lane) ?? [];
    list.push({ x: layout.labelX[l] as number, y: (layout.labelY[l] as number) - g.labelHeight / 2, w: layout.labelW[l] as number, h: g.labelHeight });
    markBoxes.set(lane, list);
  }
  let b = 0;
  let lastLane = -1;
  let placed: Rect[] = [];
  while (b < layout.bins) {
    const lane = layout.binLane[b] as number;
    const x0 = layout.binX0[b] as number;
    let x1 = layout.binX1[b] as number;
    let count = layout.binCount[b] as number;
    let t0 = layout.binT0[b] as number;
    let t1 = layout.binT1[b] as number;
    let e = b + 1;
    while (e < layout.bins && layout.binLane[e] === lane && (layout.binX0[e] as number) <= x1 + 0.5 && (layout.binX1[e] as number) - x0 <= BADGE_RUN_PX) {
      x1 = layout.binX1[e] as number;
      count += layout.binCount[e] as number;
      t0 = Math.min(t0, layout.binT0[e] as number);
      t1 = Math.max(t1, layout.binT1[e] as number);
      e++;
    }
    if (lane !== lastLane) placed = [];
    lastLane = lane;
    const w = badgeWidth(count);
    const h = BADGE_HEIGHT;
    const laneTop = (layout.laneTop[lane] as number) + g.laneHeader;
    const marks = markBoxes.get(lane) ?? [];
    // Centred, at either end of the run, then just outside it (next to its bins).
    const xs = [(x0 + x1) / 2 - w / 2, x0, x1 - w, x0 - w - 1, x1 + 1];
    let box: Rect | null = null;
    for (let r = 0; r < (layout.laneRows[lane] as number) && !box; r++) {
      const y = laneTop + r * g.rowHeight + g.rowHeight / 2 - h / 2;
      for (const x of xs) {
        const c = { x: Math.max(0, Math.min(g.width - w, x)), y, w, h };
        const free = !marks.some((mb) => overlaps(c, mb)) && !placed.some((pb) => overlaps({ x: c.x - 1, y: c.y, w: c.w + 2, h: c.h }, pb));
        if (free) {
          box = c;
          break;
        }
      }
    }
    if (box) placed.push(box);
    const fallback = { x: x0, y: laneTop, w: Math.max(x1 - x0, 12), h };
    out.push({ lane, bin0: b, bin1: e, x0, x1, count, t0, t1, drawn: box !== null, ...(box ?? fallback) });
    b = e;
  }
  return out;
}

/** The badge whose run holds bin `b`, or undefined. */
export function badgeOfBin(badges: readonly ClusterBadge[], b: number): ClusterBadge | undefined {
  return badges.find((x) => b >= x.bin0 && b < x.bin1);
}
