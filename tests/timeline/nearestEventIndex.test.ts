import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestEventIndex } from '../../src/timeline/nearestEventIndex';

describe('nearestEventIndex(start, end, n, t, maxSpan)', () => {
  const start = Float64Array.from([0, 10, 20, 50]);
  const end = Float64Array.from([5, 40, 22, 51]);
  it('returns the latest-starting event containing t', () => {
    expect(nearestEventIndex(start, end, 4, 21, 30)).toBe(2);
    expect(nearestEventIndex(start, end, 4, 30, 30)).toBe(1);
  });
  it('returns the nearest event when none contains t', () => {
    expect(nearestEventIndex(start, end, 4, 7, 30)).toBe(0); // 2 after the end of 0, 3 before 1
    expect(nearestEventIndex(start, end, 4, 46, 30)).toBe(3);
    expect(nearestEventIndex(start, end, 4, 1000, 30)).toBe(3);
    expect(nearestEventIndex(start, end, 4, -5, 30)).toBe(0);
  });
  it('returns -1 without events', () => {
    expect(nearestEventIndex(new Float64Array(0), new Float64Array(0), 0, 5, 0)).toBe(-1);
  });
  it('finds an event at minimal distance (property, against a linear scan)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 20 })), { minLength: 1 }), fc.integer({ min: -10, max: 130 }), (spans, t) => {
        spans.sort((a, b) => a[0] - b[0]);
        const s = Float64Array.from(spans.map((x) => x[0]));
        const e = Float64Array.from(spans.map((x) => x[0] + x[1]));
        const dist = (i: number) => (t < s[i]! ? s[i]! - t : t < e[i]! ? 0 : t - e[i]!);
        const best = Math.min(...spans.map((_, i) => dist(i)));
        const got = nearestEventIndex(s, e, spans.length, t, 20);
        expect(dist(got)).toBe(best);
      }),
    );
  });
});
