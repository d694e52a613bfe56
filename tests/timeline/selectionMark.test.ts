import { describe, expect, it } from 'vitest';
import { buildTimelineIndex } from '../../src/timeline/buildTimelineIndex';
import { createFrameLayout, fitGeometry, layoutFrame } from '../../src/timeline/layoutFrame';
import { selectionMark } from '../../src/timeline/selectionMark';
import { DAY_MS } from '../../src/lib/model/calendar';
import { day, ev } from './helpers';

const T0 = Date.UTC(2022, 0, 1);

describe('selectionMark(index, layout, i, geometry)', () => {
  it('reuses the mark when the layout drew the event', () => {
    const idx = buildTimelineIndex([ev({ start: day(10), countries: ['US', 'CN'] })], 'country');
    const g = fitGeometry(1000, 26, idx.lanes.length);
    const l = layoutFrame(createFrameLayout(), idx, T0, T0 + 100 * DAY_MS, g, { measure: () => 30 });
    const s = selectionMark(idx, l, 0, g)!;
    expect(s).toMatchObject({ event: 0, inLayout: true, labelled: true, x0: l.markX0[0], x1: l.markX1[0] });
    expect(s.ys).toEqual([l.dotY[0], l.dotY[1]]);
  });

  it('places an event hidden in a bin as its own mark, one y per lane', () => {
    const events = Array.from({ length: 50 }, (_, i) => ev({ id: `e${String(i).padStart(2, '0')}`, start: day(10), countries: ['RU', 'UA'] }));
    const idx = buildTimelineIndex(events, 'country');
    const g = fitGeometry(1000, 26, idx.lanes.length);
    const l = layoutFrame(createFrameLayout(), idx, T0, T0 + 365 * DAY_MS, g);
    expect(l.markOfEvent.has(7)).toBe(false);
    const s = selectionMark(idx, l, 7, g)!;
    expect(s.inLayout).toBe(false);
    expect(s.labelled).toBe(false);
    expect(s.x0).toBe(s.x1);
    expect(s.x0).toBeCloseTo((10.5 * 1000) / 365, 0); // the centre of its day
    expect(s.ys).toHaveLength(2);
    expect(s.ys[0]).not.toBe(s.ys[1]);
  });

  it('is null without a selection or outside the window', () => {
    const idx = buildTimelineIndex([ev({ start: day(10) })], 'country');
    const g = fitGeometry(1000, 26, 1);
    const l = layoutFrame(createFrameLayout(), idx, T0 + 20 * DAY_MS, T0 + 30 * DAY_MS, g);
    expect(selectionMark(idx, l, -1, g)).toBeNull();
    expect(selectionMark(idx, l, 0, g)).toBeNull();
  });
});
