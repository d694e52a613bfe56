import { describe, expect, it } from 'vitest';
import { buildTimelineIndex } from '../../src/timeline/buildTimelineIndex';
import { outliersOutside, storySpan } from '../../src/timeline/storySpan';
import { DAY_MS, isoDayToMs } from '../../src/lib/model/calendar';
import { ev } from './helpers';
import type { TimelineEvent } from '../../src/lib/model/types';

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** storySpan over a timeline index of `events` (sorted by the index). */
function spanOf(events: TimelineEvent[]) {
  const idx = buildTimelineIndex(events, 'country');
  const span = storySpan(idx.start, idx.end, idx.n, (i) => idx.events[i]?.background === true);
  return { idx, span, extent: span.extent && { start: iso(span.extent.start), end: iso(span.extent.end - DAY_MS) } };
}

// The built-in story's event dates (start, end), as compiled from the five reports: a 2014
// background fact (Crimea) and 45 events from 2 Nov 2021 to 20 Mar 2022.
const BUILT_IN: [string, string][] = [
  ['2014-01-01', '2014-12-31'], ['2021-11-02', '2021-11-02'], ['2021-11-15', '2021-11-15'], ['2021-11-16', '2021-11-22'],
  ...Array.from({ length: 5 }, (): [string, string] => ['2021-11-16', '2022-02-23']), ['2021-11-17', '2021-11-17'],
  ['2021-12-01', '2021-12-31'], ['2021-12-01', '2022-02-24'], ['2021-12-01', '2022-02-28'], ['2022-01-21', '2022-01-31'],
  ['2022-01-29', '2022-02-26'], ['2022-02-04', '2022-02-04'], ['2022-02-04', '2022-02-04'], ['2022-02-19', '2022-02-19'],
  ['2022-02-21', '2022-02-21'], ['2022-02-21', '2022-02-21'], ['2022-02-23', '2022-02-23'], ['2022-02-23', '2022-02-23'],
  ['2022-02-23', '2022-02-24'], ['2022-02-23', '2022-02-24'], ['2022-02-24', '2022-02-24'], ['2022-02-24', '2022-03-20'],
  ...Array.from({ length: 3 }, (): [string, string] => ['2022-02-25', '2022-02-25']),
  ...Array.from({ length: 5 }, (): [string, string] => ['2022-02-25', '2022-02-26']),
  ['2022-03-13', '2022-03-13'], ['2022-03-14', '2022-03-14'], ['2022-03-14', '2022-03-14'], ['2022-03-15', '2022-03-15'],
  ...Array.from({ length: 3 }, (): [string, string] => ['2022-03-17', '2022-03-17']),
  ...Array.from({ length: 3 }, (): [string, string] => ['2022-03-18', '2022-03-18']),
  ['2022-03-18', '2022-03-20'], ['2022-03-18', '2022-03-20'],
];

describe('storySpan(start, end, n, isBackground)', () => {
  it('leaves the 2014 background fact of the built-in story out, flagged or not', () => {
    for (const flagged of [false, true]) {
      const { span, extent, idx } = spanOf(BUILT_IN.map(([start, end], k) => ev({ start, end, background: flagged && k === 0 })));
      expect(idx.n).toBe(46);
      expect(extent).toEqual({ start: '2021-11-02', end: '2022-03-20' });
      expect(span.earlier).toMatchObject({ count: 1, from: 0, to: 0, start: isoDayToMs('2014-01-01'), end: isoDayToMs('2015-01-01') });
      expect(span.later).toBeNull();
      expect([span.first, span.last]).toEqual([1, 45]);
    }
  });

  it('keeps an evenly spread story whole: no event is far from the rest', () => {
    const years = ['2004-03-01', '2008-06-01', '2011-01-01', '2014-02-20', '2018-05-01', '2022-02-24'];
    const { span, extent } = spanOf(years.map((start) => ev({ start })));
    expect(extent).toEqual({ start: '2004-03-01', end: '2022-02-24' });
    expect(span.earlier).toBeNull();
    expect(span.later).toBeNull();
  });

  it('finds far-off events on both sides of a tight cluster, even with few events', () => {
    const { span, extent } = spanOf(['1991-12-26', '2022-02-04', '2022-02-21', '2022-02-24', '2022-03-14', '2030-01-01'].map((start) => ev({ start })));
    expect(extent).toEqual({ start: '2022-02-04', end: '2022-03-14' });
    expect(span.earlier?.count).toBe(1);
    expect(span.later?.count).toBe(1);
  });

  it('does not call next month’s follow-up to a one-week story an outlier (30-day floor on the spread)', () => {
    const week = ['2022-06-01', '2022-06-02', '2022-06-03', '2022-06-05', '2022-06-07'];
    const { extent, span } = spanOf([...week, '2022-07-20'].map((start) => ev({ start })));
    expect(extent).toEqual({ start: '2022-06-01', end: '2022-07-20' });
    expect(span.later).toBeNull();
  });

  it('with fewer than four events, only the background flag makes an outlier', () => {
    const plain = spanOf([ev({ start: '2014-03-18' }), ev({ start: '2022-02-24' })]);
    expect(plain.extent).toEqual({ start: '2014-03-18', end: '2022-02-24' });
    const flagged = spanOf([ev({ start: '2014-03-18', background: true }), ev({ start: '2022-02-24' })]);
    expect(flagged.extent).toEqual({ start: '2022-02-24', end: '2022-02-24' });
    expect(flagged.span.earlier?.count).toBe(1);
  });

  it('a background event dated inside the story neither stretches it nor counts as an outlier', () => {
    const { span, extent } = spanOf([ev({ start: '2022-02-01' }), ev({ start: '2022-02-10', end: '2025-01-01', background: true }), ev({ start: '2022-02-20' })]);
    expect(extent).toEqual({ start: '2022-02-01', end: '2022-02-20' });
    expect(span.earlier).toBeNull();
    expect(span.later).toBeNull();
  });

  it('cuts a story event’s long open range at the upper fence', () => {
    const days = ['2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'];
    const { extent } = spanOf([...days.map((start) => ev({ start })), ev({ start: '2022-02-02', end: '2040-12-31' })]);
    expect(extent!.end < '2022-12-31').toBe(true);
    expect(extent!.end > '2022-02-04').toBe(true);
  });

  it('uses every event when all are background, and is empty without events', () => {
    const { extent } = spanOf([ev({ start: '2014-01-01', background: true }), ev({ start: '2015-01-01', background: true })]);
    expect(extent).toEqual({ start: '2014-01-01', end: '2015-01-01' });
    expect(storySpan(new Float64Array(0), new Float64Array(0), 0)).toEqual({ extent: null, first: -1, last: -1, earlier: null, later: null });
  });
});

describe('outliersOutside(start, end, n, window)', () => {
  it('groups the events starting before the window and at or after its end', () => {
    const start = Float64Array.from([0, 1, 5, 6, 7, 20, 30].map((d) => d * DAY_MS));
    const end = start.map((s) => s + DAY_MS);
    const out = outliersOutside(start, end, 7, { start: 5 * DAY_MS, end: 20 * DAY_MS });
    expect(out.earlier).toEqual({ count: 2, from: 0, to: 1, start: 0, end: 2 * DAY_MS });
    expect(out.later).toEqual({ count: 2, from: 5, to: 6, start: 20 * DAY_MS, end: 31 * DAY_MS });
    expect([out.first, out.last]).toEqual([2, 4]);
    expect(outliersOutside(start, end, 7, { start: -DAY_MS, end: 40 * DAY_MS })).toMatchObject({ earlier: null, later: null });
  });
});
