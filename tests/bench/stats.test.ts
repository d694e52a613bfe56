import { describe, expect, it } from 'vitest';
import { median, percentile, summarizeFrames } from '../../scripts/bench/stats';

describe('percentile(values, p)', () => {
  it('uses the nearest rank', () => {
    const v = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(percentile(v, 50)).toBe(50);
    expect(percentile(v, 95)).toBe(95);
    expect(percentile(v, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('median(values)', () => {
  it('averages the middle pair, ignores null and NaN', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5, undefined, Number.NaN, 1])).toBe(3);
    expect(median([null])).toBeNaN();
  });
});

describe('summarizeFrames(deltas)', () => {
  it('reports count, p50, p95 and max', () => {
    const deltas = [...Array(95).fill(16.7), 40, 50, 60, 70, 80];
    expect(summarizeFrames(deltas)).toEqual({ frames: 100, p50: 16.7, p95: 16.7, max: 80 });
    expect(summarizeFrames([...Array(90).fill(16.7), ...Array(10).fill(33.3)]).p95).toBe(33.3);
  });
});
