/**
 * Greedy non-overlapping label placement. Pure.
 * Candidates are tried in priority order; a label is accepted only when its box overlaps no
 * obstacle (e.g. other marks) and no label accepted before it. A uniform grid of buckets keeps
 * each test O(nearby boxes).
 */

/** An axis-aligned box in screen pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** True when two boxes share interior area (touching edges do not overlap). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Returns, for each candidate, whether its label is placed. `obstacles` may be hit by no label;
 * `ownObstacle[i]` (optional) is the obstacle index that candidate i may overlap (its own mark).
 */
export function placeLabels(candidates: readonly Box[], obstacles: readonly Box[] = [], ownObstacle?: readonly number[], cell = 64): boolean[] {
  return placeLabelChoices(
    candidates.map((c) => [c]),
    obstacles,
    ownObstacle,
    cell,
  ).map((k) => k === 0);
}

/**
 * Like {@link placeLabels} with alternative positions per label (e.g. right of the mark, then
 * left): returns the index of the first alternative that fits, or -1.
 */
export function placeLabelChoices(candidates: readonly (readonly Box[])[], obstacles: readonly Box[] = [], ownObstacle?: readonly number[], cell = 64): number[] {
  const grid = new Map<number, number[]>(); // bucket → indices into `placed`
  const placed: Box[] = [];
  const placedOwner: number[] = []; // -1 for labels, obstacle index otherwise
  const key = (cx: number, cy: number) => cx * 100_003 + cy;
  const forCells = (b: Box, fn: (k: number) => boolean | void): boolean => {
    const x0 = Math.floor(b.x / cell);
    const x1 = Math.floor((b.x + b.w) / cell);
    const y0 = Math.floor(b.y / cell);
    const y1 = Math.floor((b.y + b.h) / cell);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) if (fn(key(cx, cy)) === true) return true;
    return false;
  };
  const insert = (b: Box, owner: number) => {
    const id = placed.length;
    placed.push(b);
    placedOwner.push(owner);
    forCells(b, (k) => {
      const list = grid.get(k);
      if (list) list.push(id);
      else grid.set(k, [id]);
    });
  };
  obstacles.forEach((o, i) => insert(o, i));
  return candidates.map((alternatives, i) => {
    const own = ownObstacle?.[i] ?? -1;
    for (let a = 0; a < alternatives.length; a++) {
      const c = alternatives[a] as Box;
      if (!(c.w > 0 && c.h > 0)) continue;
      const hit = forCells(c, (k) => {
        const list = grid.get(k);
        if (!list) return false;
        for (const id of list) {
          if (own !== -1 && placedOwner[id] === own) continue;
          if (boxesOverlap(c, placed[id] as Box)) return true;
        }
        return false;
      });
      if (!hit) {
        insert(c, -1);
        return a;
      }
    }
    return -1;
  });
}
