import { describe, expect, it } from 'vitest';
import { buildTimelineIndex } from '../../src/timeline/buildTimelineIndex';
import { createFrameLayout, fitGeometry, layoutFrame } from '../../src/timeline/layoutFrame';
import { REVEAL_MIN_SPAN_MS, revealWindow } from '../../src/timeline/revealWindow';
import { DAY_MS, type TimeWindow } from '../../src/lib/model/calendar';
import { day, ev } from './helpers';

const T0 = Date.UTC(2022, 0, 1);

function isMark(idx: ReturnType<typeof buildTimelineIndex>, i: number, w: TimeWindow, width = 1000): boolean {
  const g = fitGeometry(width, 26, idx.lanes.length);
  return layoutFrame(createFrameLayout(), idx, w.start, w.end, g).markOfEvent.has(i);
}

describe('revealWindow(index, i, vp, geometry)', () => {
  // 20 events a day for 10 days (a dense story that separates into rows when zoomed in) plus outliers a year either side.
  const events = [
    ev({ id: 'a-early', start: '2021-01-10' }),
    ...Array.from({ length: 200 }, (_, k) => ev({ id: `d${String(k).padStart(3, '0')}`, start: day(30 + Math.floor(k / 20)) })),
    ev({ id: 'z-late', start: '2023-03-01' }),
  ];
  const idx = buildTimelineIndex(events, 'country');
  const g = fitGeometry(1000, 26, idx.lanes.length);
  const wide: TimeWindow = { start: Date.UTC(2020, 11, 1), end: Date.UTC(2023, 3, 1) };

  it('returns the window itself when the event is already an individual mark inside it', () => {
    const vp = { start: T0, end: T0 + 20 * DAY_MS };
    const sparse = buildTimelineIndex([ev({ start: day(5) }), ev({ start: day(12) })], 'country');
    expect(revealWindow(sparse, 1, vp, fitGeometry(1000, 26, 1))).toBe(vp);
  });

  it('pans (without zooming) to an off-screen event that is then an individual mark', () => {
    const sparse = buildTimelineIndex([ev({ start: day(5) }), ev({ start: day(200) })], 'country');
    const vp = { start: T0, end: T0 + 20 * DAY_MS };
    const next = revealWindow(sparse, 1, vp, fitGeometry(1000, 26, 1));
    expect(next.end - next.start).toBeCloseTo(vp.end - vp.start);
    expect(next.start).toBeLessThan(T0 + 200 * DAY_MS);
    expect(next.end).toBeGreaterThan(T0 + 201 * DAY_MS);
  });

  it('zooms in around an event hidden in a bin until it is an individual mark', () => {
    const i = idx.byId.get('d155')!;
    expect(isMark(idx, i, wide)).toBe(false);
    const next = revealWindow(idx, i, wide, g);
    expect(isMark(idx, i, next)).toBe(true);
    expect(next.start).toBeLessThanOrEqual(idx.start[i]!);
    expect(next.end).toBeGreaterThanOrEqual(idx.start[i]! + DAY_MS);
    expect(next.end - next.start).toBeLessThan(wide.end - wide.start);
  });

  it('every event of a dense story can be revealed as its own mark', () => {
    for (let i = 0; i < idx.n; i += 7) expect(isMark(idx, i, revealWindow(idx, i, wide, g)), idx.events[i]!.id).toBe(true);
  });

  it('does not zoom narrower than a week when the event is a mark there', () => {
    // 3 events a day: a week shows them individually, so the window stops at about a week.
    const few = buildTimelineIndex(
      Array.from({ length: 60 }, (_, k) => ev({ start: day(Math.floor(k / 3)) })),
      'country',
    );
    const fg = fitGeometry(1000, 26, 1);
    const vp = { start: T0 - 400 * DAY_MS, end: T0 + 400 * DAY_MS };
    expect(isMark(few, 30, vp)).toBe(false);
    const next = revealWindow(few, 30, vp, fg);
    expect(isMark(few, 30, next)).toBe(true);
    expect(next.end - next.start).toBeGreaterThanOrEqual(REVEAL_MIN_SPAN_MS - 1);
  });

  it('leaves the window alone for an index out of range', () => {
    expect(revealWindow(idx, -1, wide, g)).toBe(wide);
    expect(revealWindow(idx, idx.n, wide, g)).toBe(wide);
  });
});

describe('revealWindow for bars that start together', () => {
  it('stops at a week: zooming further never separates month-long bars starting the same day', () => {
    const bars = Array.from({ length: 12 }, (_, k) => ev({ id: `m${k}`, start: day(0), end: day(30), precision: 'month' }));
    const idx = buildTimelineIndex(bars, 'country');
    const g = fitGeometry(1000, 26, 1);
    const vp = { start: T0 - 300 * DAY_MS, end: T0 + 300 * DAY_MS };
    const next = revealWindow(idx, 9, vp, g);
    expect(next.end - next.start).toBeGreaterThanOrEqual(REVEAL_MIN_SPAN_MS - 1);
    expect(next.start).toBeLessThanOrEqual(T0);
    expect(next.end).toBeGreaterThan(T0);
  });
});
