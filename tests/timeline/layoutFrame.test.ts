import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTimelineIndex } from '../../src/timeline/buildTimelineIndex';
import { createFrameLayout, DEFAULT_GEOMETRY, layoutFrame, type FrameGeometry } from '../../src/timeline/layoutFrame';
import { boxesOverlap, type Box } from '../../src/timeline/placeLabels';
import { DAY_MS } from '../../src/lib/model/calendar';
import { day, ev } from './helpers';

const g: FrameGeometry = { ...DEFAULT_GEOMETRY, width: 1000, top: 20 };
const T0 = Date.UTC(2022, 0, 1);
const measure = () => 60;

describe('layoutFrame(out, index, t0, t1, geometry)', () => {
  it('draws sparse events as individual marks: dots for days, bars for ranges', () => {
    const idx = buildTimelineIndex(
      [ev({ start: day(10), countries: ['US'] }), ev({ start: day(40), end: day(50), precision: 'range', countries: ['CN'] }), ev({ start: day(80), countries: ['RU'] })],
      'country',
    );
    const l = layoutFrame(createFrameLayout(), idx, T0, T0 + 100 * DAY_MS, g);
    expect(l.visible).toBe(3);
    expect(l.marks).toBe(3);
    expect(l.bins).toBe(0);
    expect(l.markX0[0]).toBe(l.markX1[0]); // a point
    expect(l.markX0[1]).toBeCloseTo(400);
    expect(l.markX1[1]).toBeCloseTo(510);
  });

  it('draws a US–China event as ONE mark with a dot in each lane', () => {
    const idx = buildTimelineIndex([ev({ start: day(5), countries: ['US', 'CN'] }), ev({ start: day(6), countries: ['US'] })], 'country');
    const l = layoutFrame(createFrameLayout(), idx, T0, T0 + 30 * DAY_MS, g);
    expect(l.marks).toBe(2);
    const m = l.markOfEvent.get(0)!;
    expect(l.markDotN[m]).toBe(2);
    const d0 = l.markDot0[m]!;
    const lanes = [l.dotLane[d0], l.dotLane[d0 + 1]].map((li) => idx.lanes[li!]!.key).sort();
    expect(lanes).toEqual(['CN', 'US']);
    expect(l.dotY[d0]).not.toBe(l.dotY[d0 + 1]);
  });

  it('only considers events overlapping the window', () => {
    const idx = buildTimelineIndex([ev({ start: day(0), end: day(20), precision: 'range' }), ev({ start: day(30) }), ev({ start: day(60) })], 'country');
    const l = layoutFrame(createFrameLayout(), idx, T0 + 10 * DAY_MS, T0 + 40 * DAY_MS, g);
    expect(l.visible).toBe(2);
    expect(Array.from(l.markEvent.slice(0, l.marks))).toEqual([0, 1]);
  });

  it('aggregates crowded cells into bins and accounts for every visible event', () => {
    const events = Array.from({ length: 2000 }, (_, i) => ev({ start: day(i % 365), countries: [['US', 'CN', 'RU'][i % 3]!, ...(i % 7 === 0 ? ['UA'] : [])] }));
    const idx = buildTimelineIndex(events, 'country');
    const l = layoutFrame(createFrameLayout(), idx, T0, T0 + 365 * DAY_MS, g);
    expect(l.visible).toBe(2000);
    expect(l.bins).toBeGreaterThan(0);
    expect(l.marks + l.binnedEvents).toBe(l.visible);
    // Each binned event is counted once per lane it belongs to.
    let laneSlots = 0;
    const marked = new Set(Array.from(l.markEvent.slice(0, l.marks)));
    for (let i = 0; i < idx.n; i++) if (!marked.has(i)) laneSlots += idx.laneOffsets[i + 1]! - idx.laneOffsets[i]!;
    expect(Array.from(l.binCount.slice(0, l.bins)).reduce((a, b) => a + b, 0)).toBe(laneSlots);
  });

  it('stacks same-day events into rows, each covering its whole day; past the row budget they are a bin at any zoom', () => {
    const events = Array.from({ length: g.rows }, (_, i) => ev({ start: '2022-02-24', title: `E${i}`, countries: ['RU'] }));
    const idx = buildTimelineIndex(events, 'country');
    const day24 = Date.UTC(2022, 1, 24);
    const close = layoutFrame(createFrameLayout(), idx, day24 - DAY_MS, day24 + 2 * DAY_MS, g);
    expect(close.marks).toBe(g.rows);
    expect(close.bins).toBe(0);
    expect(new Set(Array.from(close.dotRow.slice(0, close.dots))).size).toBe(g.rows);
    // Each covers its day (a third of the window): never a time of day.
    for (let m = 0; m < close.marks; m++) {
      expect(close.markX0[m]).toBeCloseTo(g.width / 3 + 1, 0);
      expect(close.markX1[m]).toBeCloseTo((2 * g.width) / 3 - 1, 0);
    }
    const crowd = buildTimelineIndex(Array.from({ length: g.rows + 3 }, (_, i) => ev({ start: '2022-02-24', title: `C${i}`, countries: ['RU'] })), 'country');
    for (const [t0, t1] of [[T0, T0 + 365 * DAY_MS], [day24, day24 + DAY_MS]] as const) {
      const l = layoutFrame(createFrameLayout(), crowd, t0, t1, g);
      expect(l.bins).toBeGreaterThan(0);
      expect(l.marks + l.binnedEvents).toBe(l.visible);
    }
  });

  it('lanes grow to the rows their stacked events use', () => {
    const idx = buildTimelineIndex(
      [...Array.from({ length: 3 }, (_, i) => ev({ start: day(10), title: `US${i}`, countries: ['US'] })), ev({ start: day(10), countries: ['CN'] })],
      'country',
    );
    const l = layoutFrame(createFrameLayout(), idx, T0, T0 + 100 * DAY_MS, g);
    const us = idx.lanes.findIndex((x) => x.key === 'US');
    const cn = idx.lanes.findIndex((x) => x.key === 'CN');
    expect(l.laneRows[us]).toBe(3);
    expect(l.laneRows[cn]).toBe(1);
    expect(l.laneTop[us + 1]! - l.laneTop[us]!).toBe(g.laneHeader + 3 * g.rowHeight + 4);
    expect(l.height).toBe(l.laneTop[idx.lanes.length]! + 4);
  });

  it('resets its reusable buffers between frames', () => {
    const out = createFrameLayout();
    const many = buildTimelineIndex(Array.from({ length: 500 }, (_, i) => ev({ start: day(i % 50) })), 'country');
    layoutFrame(out, many, T0, T0 + 50 * DAY_MS, g);
    const few = buildTimelineIndex([ev({ start: day(3) })], 'country');
    layoutFrame(out, few, T0, T0 + 50 * DAY_MS, g);
    expect(out.marks).toBe(1);
    expect(out.bins).toBe(0);
    expect(out.visible).toBe(1);
  });

  it('handles zero events', () => {
    const l = layoutFrame(createFrameLayout(), buildTimelineIndex([], 'country'), T0, T0 + DAY_MS, g);
    expect([l.visible, l.marks, l.bins, l.labels]).toEqual([0, 0, 0, 0]);
  });

  it('places labels that never overlap each other and stay inside the view (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: fc.integer({ min: 0, max: 120 }), len: fc.integer({ min: 0, max: 10 }), c: fc.constantFrom('US', 'CN', 'RU') }), { maxLength: 150 }),
        (specs) => {
          const idx = buildTimelineIndex(
            specs.map((s) => ev({ start: day(s.d), end: day(s.d + s.len), precision: s.len ? 'range' : 'day', countries: [s.c] })),
            'country',
          );
          const l = layoutFrame(createFrameLayout(), idx, T0, T0 + 130 * DAY_MS, g, { measure });
          const boxes: Box[] = [];
          for (let k = 0; k < l.labels; k++) boxes.push({ x: l.labelX[k]!, y: l.labelY[k]! - g.labelHeight / 2, w: l.labelW[k]!, h: g.labelHeight });
          for (let a = 0; a < boxes.length; a++) {
            expect(boxes[a]!.x).toBeGreaterThanOrEqual(0);
            expect(boxes[a]!.x + boxes[a]!.w).toBeLessThanOrEqual(g.width);
            for (let b = a + 1; b < boxes.length; b++) expect(boxesOverlap(boxes[a]!, boxes[b]!)).toBe(false);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('labels every mark where there is room, with the whole title or at least its first 24 characters', () => {
    const events = Array.from({ length: 5 }, (_, i) => ev({ start: day(10 + i), title: `A fairly long headline number ${i}`, countries: ['US'] }));
    const idx = buildTimelineIndex(events, 'country');
    const l = layoutFrame(createFrameLayout(), idx, T0, T0 + 100 * DAY_MS, g, { measure: () => 300, measureMin: () => 150 });
    expect(l.marks).toBe(5);
    expect(l.labels).toBe(5);
    for (let k = 0; k < l.labels; k++) expect(l.labelW[k]).toBeGreaterThanOrEqual(150);
  });

  it('always draws the prioritised (selected) event as a mark, even inside a crowd', () => {
    const events = Array.from({ length: 40 }, (_, i) => ev({ start: '2022-02-24', title: `E${i}`, countries: ['RU', 'UA'] }));
    const idx = buildTimelineIndex(events, 'country');
    const plain = layoutFrame(createFrameLayout(), idx, T0, T0 + 365 * DAY_MS, g);
    expect(plain.markOfEvent.has(17)).toBe(false);
    const l = layoutFrame(createFrameLayout(), idx, T0, T0 + 365 * DAY_MS, g, { priority: 17 });
    expect(l.marks).toBe(1);
    expect(l.markEvent[0]).toBe(17);
    expect(l.markDotN[0]).toBe(2);
    expect(l.binnedEvents).toBe(39);
    expect(l.marks + l.binnedEvents).toBe(l.visible);
  });

  it('bars entering from the left edge do not turn the edge cell into a crowd', () => {
    const bars = Array.from({ length: g.rows - 2 }, (_, k) => ev({ start: day(-60 - k), end: day(40), precision: 'month' }));
    const point = ev({ id: 'edge-point', start: day(0) });
    const idx = buildTimelineIndex([...bars, point], 'country');
    const l = layoutFrame(createFrameLayout(), idx, T0, T0 + 30 * DAY_MS, g);
    expect(l.markOfEvent.has(idx.byId.get('edge-point')!)).toBe(true);
    // Every visible event is still accounted for: a mark or in a bin.
    expect(l.marks + l.binnedEvents).toBe(l.visible);
    expect(l.marks).toBeGreaterThan(1);
  });
});
