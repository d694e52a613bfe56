import { describe, expect, it } from 'vitest';
import { panToInclude, paddedExtent, transformFromWindow, windowFromTransform, zoomScaleExtent, zoomWindow, MIN_SPAN_MS, anyInWindow } from '../../src/timeline/viewportMath';
import { DAY_MS } from '../../src/lib/model/calendar';

const base = { start: 0, end: 1000 * DAY_MS };

describe('transformFromWindow / windowFromTransform', () => {
  it('are inverse: the base window is the identity transform', () => {
    expect(transformFromWindow(base, base, 800)).toEqual({ k: 1, x: -0 });
    const vp = { start: 100 * DAY_MS, end: 200 * DAY_MS };
    const t = transformFromWindow(vp, base, 800);
    expect(t.k).toBeCloseTo(10);
    const back = windowFromTransform(t, base, 800);
    expect(back.start).toBeCloseTo(vp.start, -1);
    expect(back.end).toBeCloseTo(vp.end, -1);
  });
});

describe('zoomScaleExtent(base)', () => {
  it('zooms from wider than the dataset down to a single day', () => {
    expect(zoomScaleExtent(base)).toEqual([0.5, 1000]);
  });
});

describe('zoomWindow(vp, factor, anchor)', () => {
  it('halves the span around the anchor, keeping it in place', () => {
    const z = zoomWindow({ start: 0, end: 100 * DAY_MS }, 2, 25 * DAY_MS);
    expect(z.end - z.start).toBe(50 * DAY_MS);
    expect((25 * DAY_MS - z.start) / (z.end - z.start)).toBeCloseTo(0.25);
  });
  it('never goes below one day', () => {
    const z = zoomWindow({ start: 0, end: 2 * DAY_MS }, 100, DAY_MS);
    expect(z.end - z.start).toBe(MIN_SPAN_MS);
  });
  it('never goes above twice the limit', () => {
    const z = zoomWindow(base, 0.01, 0, base);
    expect(z.end - z.start).toBe(2000 * DAY_MS);
  });
});

describe('panToInclude(vp, t0, t1)', () => {
  const vp = { start: 0, end: 100 };
  it('leaves the window alone when the span is comfortably inside', () => {
    expect(panToInclude(vp, 40, 50)).toBe(vp);
  });
  it('pans just enough to the right or left, keeping the width', () => {
    expect(panToInclude(vp, 120, 121)).toEqual({ start: 31, end: 131 });
    expect(panToInclude(vp, -30, -29)).toEqual({ start: -40, end: 60 });
  });
});

describe('paddedExtent(extent)', () => {
  it('pads by 3 % (at least a day) each side', () => {
    expect(paddedExtent({ start: 0, end: 100 * DAY_MS })).toEqual({ start: -3 * DAY_MS, end: 103 * DAY_MS });
    expect(paddedExtent({ start: 0, end: DAY_MS })).toEqual({ start: -DAY_MS, end: 2 * DAY_MS });
  });
});

describe('anyInWindow(start, end, maxSpan, vp)', () => {
  const start = Float64Array.from([0, 10, 20].map((d) => d * DAY_MS));
  const end = Float64Array.from([30, 11, 21].map((d) => d * DAY_MS));
  it('finds a long event that began before the window and still runs in it', () => {
    expect(anyInWindow(start, end, 30 * DAY_MS, { start: 25 * DAY_MS, end: 28 * DAY_MS })).toBe(true);
  });
  it('is false when every event ends before or starts after the window', () => {
    expect(anyInWindow(start, end, 30 * DAY_MS, { start: 31 * DAY_MS, end: 40 * DAY_MS })).toBe(false);
    expect(anyInWindow(start.subarray(1), end.subarray(1), 1 * DAY_MS, { start: 12 * DAY_MS, end: 19 * DAY_MS })).toBe(false);
  });
});
