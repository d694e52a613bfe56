import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxesOverlap, placeLabels, type Box } from '../../src/timeline/placeLabels';

describe('placeLabels(candidates, obstacles)', () => {
  it('accepts in priority order and rejects overlapping labels', () => {
    const ok = placeLabels([
      { x: 0, y: 0, w: 50, h: 10 },
      { x: 40, y: 5, w: 50, h: 10 },
      { x: 60, y: 0, w: 20, h: 10 },
    ]);
    expect(ok).toEqual([true, false, true]);
  });
  it('keeps labels off obstacles except their own mark', () => {
    const marks: Box[] = [
      { x: 0, y: 0, w: 10, h: 10 },
      { x: 30, y: 0, w: 10, h: 10 },
    ];
    const ok = placeLabels(
      [
        { x: 5, y: 0, w: 20, h: 10 },
        { x: 5, y: 0, w: 40, h: 10 },
      ],
      marks,
      [0, 0],
    );
    expect(ok).toEqual([true, false]);
  });
  it('rejects empty boxes', () => {
    expect(placeLabels([{ x: 0, y: 0, w: 0, h: 10 }])).toEqual([false]);
  });
  it('never lets two accepted labels overlap (property)', () => {
    const box = fc.record({ x: fc.integer({ min: -50, max: 500 }), y: fc.integer({ min: 0, max: 300 }), w: fc.integer({ min: 1, max: 200 }), h: fc.integer({ min: 1, max: 30 }) });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 60 }), fc.array(box, { maxLength: 10 }), (cands, obstacles) => {
        const ok = placeLabels(cands, obstacles);
        const placed = cands.filter((_, i) => ok[i]);
        for (let i = 0; i < placed.length; i++) {
          for (const o of obstacles) expect(boxesOverlap(placed[i]!, o)).toBe(false);
          for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i]!, placed[j]!)).toBe(false);
        }
        // Greedy: a rejected candidate overlaps something accepted before it or an obstacle.
        cands.forEach((c, i) => {
          if (ok[i] || c.w <= 0) return;
          const earlier = cands.slice(0, i).filter((_, j) => ok[j]);
          expect([...earlier, ...obstacles].some((b) => boxesOverlap(c, b))).toBe(true);
        });
      }),
    );
  });
});
