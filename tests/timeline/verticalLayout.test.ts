import { describe, expect, it } from 'vitest';
import { buildTimelineIndex } from '../../src/timeline/buildTimelineIndex';
import { DAY_MS } from '../../src/lib/model/calendar';
import { bucketOf, eventsInWindow, revealRow, rowOfEvent, rowsInRange, verticalLayout, type VerticalRow } from '../../src/timeline/verticalLayout';
import { day, ev } from './helpers';

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const kinds = (rows: readonly VerticalRow[]) => rows.map((r) => r.kind);

describe('verticalLayout', () => {
  it('gives every event in the window its own row, in date order, under month headers', () => {
    const index = buildTimelineIndex(
      [ev({ id: 'b', start: '2022-02-04' }), ev({ id: 'a', start: '2022-01-20' }), ev({ id: 'c', start: '2022-02-24' }), ev({ id: 'late', start: '2022-06-01' })],
      'country',
    );
    const l = verticalLayout(index, { start: t('2022-01-01'), end: t('2022-03-01') });
    expect(kinds(l.rows)).toEqual(['period', 'event', 'period', 'event', 'event']);
    const ids = l.rows.flatMap((r) => (r.kind === 'event' ? [index.events[r.event]!.id] : []));
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(l.rows[0]).toMatchObject({ kind: 'period', unit: 'month', t: t('2022-01-01'), skipped: 0 });
    expect(l.rows[2]).toMatchObject({ kind: 'period', t: t('2022-02-01'), skipped: 0 });
    expect({ marks: l.marks, labels: l.labels, bins: l.bins, level: l.level }).toEqual({ marks: 3, labels: 3, bins: 0, level: null });
  });

  it('marks a gap: a header after empty months says how many were skipped', () => {
    const index = buildTimelineIndex([ev({ start: '2021-11-02' }), ev({ start: '2022-02-24' })], 'country');
    const l = verticalLayout(index, { start: t('2021-10-01'), end: t('2022-04-01') });
    const headers = l.rows.filter((r) => r.kind === 'period');
    expect(headers.map((h) => h.kind === 'period' && h.skipped)).toEqual([0, 2]); // Dec and Jan were empty
    expect(headers[1]!.h).toBeGreaterThan(headers[0]!.h);
  });

  it('includes a range that began before the window, first, at its real start', () => {
    const index = buildTimelineIndex([ev({ id: 'long', start: '2021-11-16', end: '2022-02-23', precision: 'range' }), ev({ id: 'ended', start: '2021-11-01' }), ev({ id: 'in', start: '2022-02-10' })], 'country');
    const order = Array.from(eventsInWindow(index, { start: t('2022-02-01'), end: t('2022-03-01') }), (i) => index.events[i]!.id);
    expect(order).toEqual(['long', 'in']);
  });

  it('keeps a layout with rows positioned one after another, with the estimated total height', () => {
    const index = buildTimelineIndex([ev({ start: day(1), title: 'Short' }), ev({ start: day(2), title: 'A much longer title that will need to wrap onto a second or a third line on a phone' })], 'country');
    const l = verticalLayout(index, { start: t(day(0)), end: t(day(10)) }, { metrics: { textWidth: 200, charWidth: 10 } });
    let y = 0;
    for (const r of l.rows) {
      expect(r.y).toBe(y);
      y += r.h;
    }
    expect(l.height).toBe(y);
    const [short, long] = l.rows.filter((r) => r.kind === 'event');
    expect(long!.h).toBeGreaterThan(short!.h); // wrapped title: more lines
  });

  it('groups only when the rows do not fit, the largest stretch first, never a group of one', () => {
    // 10 events on 5 Jan, one each on 1, 2 and 20 Jan: 13 rows for a budget of 8.
    const crowd = Array.from({ length: 10 }, (_, k) => ev({ id: `c${k}`, start: '2022-01-05' }));
    const index = buildTimelineIndex([...crowd, ev({ id: 'x', start: '2022-01-01' }), ev({ id: 'y', start: '2022-01-02' }), ev({ id: 'z', start: '2022-01-20' })], 'country');
    const w = { start: t('2021-12-30'), end: t('2022-01-31') };
    const l = verticalLayout(index, w, { maxRows: 8 });
    expect(l.level).toBe('day');
    const groups = l.rows.filter((r) => r.kind === 'group');
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ count: 10, t0: t('2022-01-05'), t1: t('2022-01-06'), open: false });
    expect({ marks: l.marks, bins: l.bins }).toEqual({ marks: 3, bins: 1 });
    // Under budget: nothing is grouped.
    expect(verticalLayout(index, w, { maxRows: 13 }).bins).toBe(0);
    // Opened: its members follow it as event rows.
    const opened = verticalLayout(index, w, { maxRows: 8, open: new Set([groups[0]!.key]) });
    const members = opened.rows.filter((r) => r.kind === 'event' && r.group === groups[0]!.key);
    expect(members).toHaveLength(10);
    expect(opened.marks).toBe(13);
    expect(opened.bins).toBe(1);
  });

  it('moves to a coarser level when days alone cannot fit, and no group holds one event', () => {
    // 60 days with 2 events each, budget 20: days give 60 rows, weeks fit.
    const events = Array.from({ length: 120 }, (_, k) => ev({ start: day(Math.floor(k / 2)) }));
    const index = buildTimelineIndex(events, 'country');
    const l = verticalLayout(index, { start: t(day(0)), end: t(day(60)) }, { maxRows: 20 });
    expect(l.level).toBe('week');
    expect(l.marks + l.bins).toBeLessThanOrEqual(20);
    for (const r of l.rows) if (r.kind === 'group') expect(r.count).toBeGreaterThan(1);
    const total = l.rows.reduce((n, r) => n + (r.kind === 'group' ? r.count : r.kind === 'event' ? 1 : 0), 0);
    expect(total).toBe(120); // nothing dropped
  });

  it('uses year headers once rows are grouped by month or coarser', () => {
    const events = Array.from({ length: 400 }, (_, k) => ev({ start: new Date(Date.UTC(2020, 0, 1) + k * 3 * DAY_MS).toISOString().slice(0, 10) }));
    const index = buildTimelineIndex(events, 'country');
    const l = verticalLayout(index, { start: t('2020-01-01'), end: t('2024-01-01') }, { maxRows: 50 });
    expect(l.level).toBe('month');
    const units = new Set(l.rows.flatMap((r) => (r.kind === 'period' ? [r.unit] : [])));
    expect([...units]).toEqual(['year']);
  });

  it('finds the row of an event, or the group holding it', () => {
    const crowd = Array.from({ length: 5 }, (_, k) => ev({ id: `c${k}`, start: '2022-01-05' }));
    const index = buildTimelineIndex([...crowd, ev({ id: 'x', start: '2022-01-01' })], 'country');
    const l = verticalLayout(index, { start: t('2022-01-01'), end: t('2022-02-01') }, { maxRows: 2 });
    const x = index.byId.get('x')!;
    const c3 = index.byId.get('c3')!;
    expect(l.rows[rowOfEvent(l, x)]).toMatchObject({ kind: 'event', event: x });
    expect(l.rows[rowOfEvent(l, c3)]).toMatchObject({ kind: 'group', count: 5 });
  });
});

describe('bucketOf', () => {
  it('starts weeks on Monday and months on the 1st', () => {
    expect(bucketOf(t('2022-02-06'), 'week')).toBe(bucketOf(t('2022-01-31'), 'week')); // Sun with the Monday before
    expect(bucketOf(t('2022-02-07'), 'week')).toBe(bucketOf(t('2022-01-31'), 'week') + 1);
    expect(bucketOf(t('2022-02-28'), 'month')).toBe(bucketOf(t('2022-02-01'), 'month'));
    expect(bucketOf(t('2022-03-01'), 'quarter')).toBe(bucketOf(t('2022-01-01'), 'quarter'));
    expect(bucketOf(t('2022-04-01'), 'quarter')).toBe(bucketOf(t('2022-01-01'), 'quarter') + 1);
  });
});

describe('rowsInRange', () => {
  it('returns the rows intersecting a scroll range', () => {
    const rows: VerticalRow[] = [0, 50, 100, 150].map((y, k) => ({ kind: 'event', key: `e${k}`, y, h: 50, event: k, group: null }));
    expect(rowsInRange(rows, 60, 120)).toEqual([1, 3]);
    expect(rowsInRange(rows, 0, 1)).toEqual([0, 1]);
    expect(rowsInRange(rows, 300, 400)).toEqual([4, 4]);
  });
});

describe('revealRow', () => {
  it('keeps the window when the event has a row there, and pans when it does not (never zooms)', () => {
    const index = buildTimelineIndex([ev({ id: 'a', start: '2022-01-10' }), ev({ id: 'b', start: '2022-06-10' })], 'country');
    const vp = { start: t('2022-01-01'), end: t('2022-02-01') };
    expect(revealRow(index, index.byId.get('a')!, vp)).toBe(vp);
    const moved = revealRow(index, index.byId.get('b')!, vp);
    expect(moved.end - moved.start).toBe(vp.end - vp.start);
    expect(moved.start).toBeLessThanOrEqual(t('2022-06-10'));
    expect(moved.end).toBeGreaterThan(t('2022-06-11'));
  });
});
