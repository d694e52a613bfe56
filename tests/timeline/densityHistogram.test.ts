import { describe, expect, it } from 'vitest';
import { densityHistogram } from '../../src/timeline/densityHistogram';

describe('densityHistogram(start, n, t0, t1, bins)', () => {
  it('counts starts per equal slice, leaving out those outside [t0, t1)', () => {
    const h = densityHistogram(Float64Array.from([-5, 0, 1, 5, 9.9, 10, 30]), 7, 0, 10, 2);
    expect(Array.from(h)).toEqual([2, 2]);
  });
  it('is all zeros without events', () => {
    expect(Array.from(densityHistogram(new Float64Array(0), 0, 0, 10, 3))).toEqual([0, 0, 0]);
  });
});
