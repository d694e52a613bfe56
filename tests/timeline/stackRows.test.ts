import { describe, expect, it } from 'vitest';
import { firstFreeRow, stackRows } from '../../src/timeline/stackRows';

describe('stackRows', () => {
  it('puts boxes that do not overlap on the first row', () => {
    expect(Array.from(stackRows([{ left: 0, width: 10 }, { left: 20, width: 10 }, { left: 40, width: 5 }]))).toEqual([0, 0, 0]);
  });

  it('stacks overlapping boxes into the lowest free row', () => {
    // b overlaps a; c overlaps b only (a has ended) so it goes back to row 0.
    const rows = stackRows([
      { left: 0, width: 30 },
      { left: 10, width: 30 },
      { left: 36, width: 10 },
    ]);
    expect(Array.from(rows)).toEqual([0, 1, 0]);
  });

  it('keeps the margin between neighbours in a row', () => {
    expect(Array.from(stackRows([{ left: 0, width: 10 }, { left: 12, width: 10 }], { margin: 4 }))).toEqual([0, 1]);
    expect(Array.from(stackRows([{ left: 0, width: 10 }, { left: 14, width: 10 }], { margin: 4 }))).toEqual([0, 0]);
  });

  it('places by left edge whatever the input order, and returns rows in input order', () => {
    const rows = stackRows([
      { left: 50, width: 10 },
      { left: 0, width: 100 },
      { left: 5, width: 10 },
    ]);
    expect(Array.from(rows)).toEqual([1, 0, 1]);
  });

  it('never lets two boxes of one row overlap (random boxes)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const boxes = Array.from({ length: 300 }, () => ({ left: rand() * 1000, width: 5 + rand() * 120 }));
    const rows = stackRows(boxes, { margin: 2 });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (rows[i] !== rows[j]) continue;
        const a = boxes[i]!;
        const b = boxes[j]!;
        expect(a.left + a.width + 2 <= b.left || b.left + b.width + 2 <= a.left).toBe(true);
      }
    }
  });

  it('gives -1 to boxes beyond maxRows', () => {
    const rows = stackRows(
      [
        { left: 0, width: 50 },
        { left: 1, width: 50 },
        { left: 2, width: 50 },
      ],
      { maxRows: 2 },
    );
    expect(Array.from(rows)).toEqual([0, 1, -1]);
  });
});

describe('firstFreeRow', () => {
  it('finds the lowest row whose end is left of the box', () => {
    const ends = new Float64Array([100, 20, 5, 200]);
    expect(firstFreeRow(ends, 0, 4, 30)).toBe(1);
    expect(firstFreeRow(ends, 2, 2, 10)).toBe(0);
    expect(firstFreeRow(ends, 0, 4, 4)).toBe(-1);
  });
});
