import { describe, expect, it } from 'vitest';
import { MIN_MARKER_PX, overviewMarker } from '../../src/timeline/overviewMarker';

describe('overviewMarker(x0, x1, width)', () => {
  it('is null when the window is wide enough to see', () => {
    expect(overviewMarker(100, 140, 800)).toBeNull();
  });

  it('draws a window of a fraction of a pixel at the minimum width, centred on it', () => {
    const m = overviewMarker(400, 400.3, 800)!;
    expect(m.w).toBe(MIN_MARKER_PX);
    expect(m.x + m.w / 2).toBeCloseTo(400.15);
  });

  it('stays inside the strip at either end', () => {
    expect(overviewMarker(0, 0.5, 800)!.x).toBe(0);
    const m = overviewMarker(799.8, 800, 800)!;
    expect(m.x + m.w).toBeLessThanOrEqual(800);
  });

  it('is null for a window outside the strip or a strip of no width', () => {
    expect(overviewMarker(-20, -10, 800)).toBeNull();
    expect(overviewMarker(900, 901, 800)).toBeNull();
    expect(overviewMarker(1, 2, 0)).toBeNull();
  });
});
