import { describe, expect, it } from 'vitest';
import { buildTimelineIndex } from '../../src/timeline/buildTimelineIndex';
import { createFrameLayout, DEFAULT_GEOMETRY, layoutFrame, type FrameGeometry } from '../../src/timeline/layoutFrame';
import { buildHitIndex, hitTest } from '../../src/timeline/hitTest';
import { DAY_MS } from '../../src/lib/model/calendar';
import { day, ev } from './helpers';

const g: FrameGeometry = { ...DEFAULT_GEOMETRY, width: 1000, top: 20 };
const T0 = Date.UTC(2022, 0, 1);

describe('hitTest(buildHitIndex(layout), x, y)', () => {
  const idx = buildTimelineIndex(
    [ev({ id: 'point', start: day(10), countries: ['US'] }), ev({ id: 'bar', start: day(40), end: day(60), precision: 'range', countries: ['US'] })],
    'country',
  );
  const l = layoutFrame(createFrameLayout(), idx, T0, T0 + 100 * DAY_MS, g);
  const hits = buildHitIndex(l, g);
  const y = l.dotY[0]!;

  it('finds a dot within the radius, and nothing far away', () => {
    const hit = hitTest(hits, l.markX0[0]! + 3, y + 2);
    expect(hit).toMatchObject({ kind: 'mark', event: idx.byId.get('point') });
    expect(hitTest(hits, 300, y)).toBeNull();
  });

  it('finds a bar anywhere along its length', () => {
    const hit = hitTest(hits, 550, l.dotY[1]!);
    expect(hit).toMatchObject({ kind: 'mark', event: idx.byId.get('bar') });
  });

  it('finds bins by their box', () => {
    const crowd = buildTimelineIndex(Array.from({ length: 50 }, () => ev({ start: day(5), countries: ['CN'] })), 'country');
    const cl = layoutFrame(createFrameLayout(), crowd, T0, T0 + 1000 * DAY_MS, g);
    expect(cl.bins).toBe(1);
    const hit = hitTest(buildHitIndex(cl, g), cl.binX0[0]! + 1, cl.laneTop[1]! - 3);
    expect(hit).toMatchObject({ kind: 'bin', count: 50, lane: 0 });
  });
});
