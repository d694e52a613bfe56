import { describe, expect, it } from 'vitest';
import { buildTimelineIndex } from '../../src/timeline/buildTimelineIndex';
import { fitGeometry } from '../../src/timeline/layoutFrame';
import { storySpan } from '../../src/timeline/storySpan';
import { endIndex, eventInstant, homeIndex, playbackNext, playbackStart, revealSelection, stepTarget, storyWindow, windowAfterFilter } from '../../src/timeline/viewportRules';
import { DAY_MS, isoDayToMs } from '../../src/lib/model/calendar';
import { day, ev } from './helpers';

const T0 = Date.UTC(2022, 0, 1);
const FALLBACK = { start: 0, end: DAY_MS };

// A story of 8 events in Feb–Mar 2022 with a background fact in 2014 and a far-off 2030 event.
const events = [
  ev({ id: 'crimea', start: '2014-02-20', end: '2014-03-18', background: true }),
  ...['2022-02-04', '2022-02-10', '2022-02-21', '2022-02-24', '2022-02-25', '2022-03-02', '2022-03-14', '2022-03-18'].map((start, k) => ev({ id: `s${k}`, start })),
  ev({ id: 'far', start: '2030-06-01' }),
];
const idx = buildTimelineIndex(events, 'country');
const span = storySpan(idx.start, idx.end, idx.n, (i) => idx.events[i]?.background === true);

describe('storyWindow(span, fallback): the opening view and Fit all', () => {
  it('is the story padded 3 % each side, ignoring the 2014 background fact and the 2030 outlier', () => {
    const w = storyWindow(span, FALLBACK);
    const first = isoDayToMs('2022-02-04');
    const end = isoDayToMs('2022-03-19');
    const pad = Math.max((end - first) * 0.03, DAY_MS);
    expect(w).toEqual({ start: first - pad, end: end + pad });
  });
  it('is the fallback without events', () => {
    expect(storyWindow(storySpan([], [], 0), FALLBACK)).toBe(FALLBACK);
  });
});

describe('windowAfterFilter(index, vp, fit)', () => {
  const fit = storyWindow(span, FALLBACK);
  it('keeps the user’s window while a matching event overlaps it', () => {
    const vp = { start: isoDayToMs('2022-02-20'), end: isoDayToMs('2022-02-22') };
    expect(windowAfterFilter(idx, vp, fit)).toBe(vp);
  });
  it('fits to the matching events when none is in the window', () => {
    const vp = { start: isoDayToMs('2019-01-01'), end: isoDayToMs('2019-02-01') };
    expect(windowAfterFilter(idx, vp, fit)).toBe(fit);
  });
});

describe('revealSelection(index, i, vp, geometry, playhead)', () => {
  const g = fitGeometry(1000, 26, idx.lanes.length);
  it('moves the playhead to the event’s first day unless it already lies on the event', () => {
    const vp = storyWindow(span, FALLBACK);
    const i = idx.byId.get('s3')!;
    expect(revealSelection(idx, i, vp, g, null).playhead).toBe(eventInstant(idx.start, i));
    const on = isoDayToMs('2022-02-24') + 3_600_000;
    expect(revealSelection(idx, i, vp, g, on).playhead).toBe(on);
  });
  it('pans to an outlier when it is selected, and leaves the window alone when the event is in view', () => {
    const vp = storyWindow(span, FALLBACK);
    const crimea = idx.byId.get('crimea')!;
    const r = revealSelection(idx, crimea, vp, g, null);
    expect(r.viewport.start).toBeLessThanOrEqual(idx.start[crimea]!);
    expect(r.viewport.end).toBeGreaterThan(idx.start[crimea]!);
    expect(revealSelection(idx, idx.byId.get('s2')!, vp, g, null).viewport).toBe(vp);
  });
});

describe('stepTarget(start, n, current, dir, vp, playhead)', () => {
  const vp = { start: T0 + 30 * DAY_MS, end: T0 + 90 * DAY_MS };
  it('steps through every event in date order, outliers included, and stops past either end', () => {
    expect(stepTarget(idx.start, idx.n, 0, 1, vp, null)).toBe(1);
    expect(stepTarget(idx.start, idx.n, 1, -1, vp, null)).toBe(0);
    expect(stepTarget(idx.start, idx.n, idx.n - 2, 1, vp, null)).toBe(idx.n - 1);
    expect(stepTarget(idx.start, idx.n, idx.n - 1, 1, vp, null)).toBe(-1);
    expect(stepTarget(idx.start, idx.n, 0, -1, vp, null)).toBe(-1);
  });
  it('without a selection, starts from the playhead in view, else from the window’s edge', () => {
    const ph = isoDayToMs('2022-02-22');
    expect(idx.events[stepTarget(idx.start, idx.n, -1, 1, vp, ph)]!.id).toBe('s3');
    expect(idx.events[stepTarget(idx.start, idx.n, -1, -1, vp, ph)]!.id).toBe('s2');
    expect(idx.events[stepTarget(idx.start, idx.n, -1, 1, vp, null)]!.id).toBe('s0');
    expect(idx.events[stepTarget(idx.start, idx.n, -1, -1, vp, null)]!.id).toBe('s7');
    expect(stepTarget(new Float64Array(0), 0, -1, 1, vp, null)).toBe(-1);
  });
});

describe('Home, End and playback follow the story', () => {
  it('Home and End are the story’s first and last events, not the outliers', () => {
    expect(idx.events[homeIndex(span, idx.n)]!.id).toBe('s0');
    expect(idx.events[endIndex(span, idx.n)]!.id).toBe('s7');
    expect(homeIndex(storySpan([], [], 0), 0)).toBe(-1);
  });
  it('Play starts from the selection inside the story, else from Home, and stops after the story’s last event', () => {
    const home = homeIndex(span, idx.n);
    const s3 = idx.byId.get('s3')!;
    expect(playbackStart(span, idx.n, s3)).toBe(s3);
    expect(playbackStart(span, idx.n, -1)).toBe(home);
    expect(playbackStart(span, idx.n, idx.byId.get('crimea')!)).toBe(home);
    expect(playbackStart(span, idx.n, endIndex(span, idx.n))).toBe(home);
    expect(playbackNext(span, idx.n, s3)).toBe(s3 + 1);
    expect(playbackNext(span, idx.n, endIndex(span, idx.n))).toBe(-1);
  });
  it('a story with no outliers plays every event', () => {
    const plain = buildTimelineIndex([0, 3, 9].map((d) => ev({ start: day(d) })), 'country');
    const s = storySpan(plain.start, plain.end, plain.n);
    expect([homeIndex(s, 3), endIndex(s, 3), playbackNext(s, 3, 1), playbackNext(s, 3, 2)]).toEqual([0, 2, 2, -1]);
  });
});
