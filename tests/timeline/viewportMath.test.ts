import { describe, expect, it } from 'vitest';
import { panToInclude, paddedExtent, transformFromWindow, windowFromTransform, zoomScaleExtent, zoomWindow, MIN_SPAN_MS, focusWindow, anyInWindow } from '../../src/timeline/viewportMath';
import { DAY_MS } from '../../src/timeline/time';

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

describe('focusWindow(sortedStarts, whole)', () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const whole = { start: day('2013-06-01'), end: day('2022-04-01') };

  it('opens on the bulk of the events when two outliers stretch the whole span', () => {
    const starts = [day('2014-01-01'), day('2014-01-01')];
    for (let i = 0; i < 48; i++) starts.push(day('2021-11-01') + i * 3 * 86_400_000);
    const w = focusWindow(Float64Array.from(starts), whole)!;
    expect(w.start).toBeGreaterThan(day('2021-10-01'));
    expect(w.start).toBeLessThanOrEqual(day('2021-11-01'));
    expect(w.end).toBeGreaterThanOrEqual(starts[starts.length - 1]! + 86_400_000);
    expect(w.end).toBeLessThan(day('2022-06-01'));
  });

  it('returns null (fit all) when the events spread evenly', () => {
    const starts = Float64Array.from({ length: 100 }, (_, i) => whole.start + (i * (whole.end - whole.start)) / 100);
    expect(focusWindow(starts, whole)).toBeNull();
  });

  it('keeps the events just beyond the core percentiles', () => {
    const starts = [day('2014-01-01')];
    for (let i = 0; i < 40; i++) starts.push(day('2021-11-01') + i * 86_400_000);
    starts.push(day('2022-01-20'), day('2022-01-25'));
    const w = focusWindow(Float64Array.from(starts), whole)!;
    expect(w.start).toBeGreaterThan(day('2021-01-01'));
    expect(w.end).toBeGreaterThan(day('2022-01-26'));
  });

  it('returns null for fewer than 20 events', () => {
    expect(focusWindow(Float64Array.from([day('2014-01-01'), day('2022-01-01')]), whole)).toBeNull();
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
