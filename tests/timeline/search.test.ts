import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowerBound, upperBound } from '../../src/timeline/search';

describe('lowerBound(arr, value) / upperBound(arr, value)', () => {
  it('finds the first index >= and > value', () => {
    const a = Float64Array.from([1, 2, 2, 2, 5]);
    expect(lowerBound(a, 2)).toBe(1);
    expect(upperBound(a, 2)).toBe(4);
    expect(lowerBound(a, 0)).toBe(0);
    expect(upperBound(a, 9)).toBe(5);
    expect(lowerBound(a, 3)).toBe(4);
  });
  it('agrees with a linear scan', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, v) => {
        const a = Float64Array.from(xs.sort((p, q) => p - q));
        expect(lowerBound(a, v)).toBe(xs.filter((x) => x < v).length);
        expect(upperBound(a, v)).toBe(xs.filter((x) => x <= v).length);
      }),
    );
  });
});
