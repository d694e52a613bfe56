import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTimelineBase, buildTimelineIndex, indexFromBase, FLAG_CONFLICT, FLAG_PARSED, FLAG_UNCERTAIN } from '../../src/timeline/buildTimelineIndex';
import { DAY_MS } from '../../src/lib/model/calendar';
import { day, ev } from './helpers';

describe('buildTimelineIndex(events, grouping)', () => {
  it('sorts by start and stores [start, end + 1 day) in ms', () => {
    const idx = buildTimelineIndex([ev({ id: 'b', start: '2022-02-24' }), ev({ id: 'a', start: '2021-11-16', end: '2021-11-30', precision: 'range' })], 'country');
    expect(idx.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(idx.start[0]).toBe(Date.UTC(2021, 10, 16));
    expect(idx.end[0]).toBe(Date.UTC(2021, 10, 30) + DAY_MS);
    expect(idx.maxSpan).toBe(15 * DAY_MS);
    expect(idx.byId.get('b')).toBe(1);
    expect(idx.extent).toEqual({ start: Date.UTC(2021, 10, 16), end: Date.UTC(2022, 1, 25) });
  });

  it('flags uncertain, parsed and conflicting-date events', () => {
    const idx = buildTimelineIndex(
      [
        ev({ id: 'day', start: '2022-01-01' }),
        ev({ id: 'late', start: '2022-01-21', end: '2022-01-31', precision: 'part-of-month', origin: 'parsed' }),
        ev({
          id: 'conf',
          start: '2022-02-23',
          end: '2022-02-24',
          precision: 'range',
          dateClaims: [
            { source: 'a', expression: 'on Thursday', start: '2022-02-24', end: '2022-02-24', precision: 'day' },
            { source: 'b', expression: 'on Wednesday night', start: '2022-02-23', end: '2022-02-23', precision: 'day' },
          ],
        }),
      ],
      'country',
    );
    const f = (id: string) => idx.flags[idx.byId.get(id)!]!;
    expect(f('day')).toBe(0);
    expect(f('late') & FLAG_UNCERTAIN).toBeTruthy();
    expect(f('late') & FLAG_PARSED).toBeTruthy();
    expect(f('conf') & FLAG_CONFLICT).toBeTruthy();
    const c = idx.byId.get('conf')!;
    expect(Array.from(idx.claimStart.slice(idx.claimOffsets[c], idx.claimOffsets[c + 1]))).toEqual([Date.UTC(2022, 1, 24), Date.UTC(2022, 1, 23)]);
  });

  it('keeps an event with an unreadable date and reports it by id and field', () => {
    const idx = buildTimelineIndex([ev({ id: 'ok', start: '2022-01-01' }), ev({ id: 'bad', start: '2022-01-02', end: 'soon' })], 'country');
    expect(idx.n).toBe(2);
    expect(idx.invalid).toEqual([{ id: 'bad', field: 'end' }]);
    expect(idx.end[1]! - idx.start[1]!).toBe(DAY_MS);
  });

  it('groups same-day events into runs', () => {
    const idx = buildTimelineIndex([ev({ start: '2022-02-24' }), ev({ start: '2022-02-24' }), ev({ start: '2022-02-25' })], 'country');
    expect(Array.from(idx.runFirst)).toEqual([0, 0, 2]);
    expect(Array.from(idx.runLength)).toEqual([2, 2, 1]);
  });

  it('handles zero events', () => {
    const idx = buildTimelineIndex([], 'country');
    expect(idx.n).toBe(0);
    expect(idx.extent).toBeNull();
    expect(idx.lanes).toEqual([]);
  });

});

describe('indexFromBase(base, positions, grouping)', () => {
  it('gives the same index as building from the filtered events directly (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: fc.integer({ min: 0, max: 60 }), len: fc.integer({ min: 0, max: 5 }), cs: fc.subarray(['US', 'CN', 'RU', 'UA', 'FR']), claims: fc.boolean() }), { maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (specs, keep) => {
          const events = specs
            .map((x, i) =>
              ev({
                id: `x${String(i).padStart(3, '0')}`,
                start: day(x.d),
                end: day(x.d + x.len),
                precision: x.len ? 'range' : 'day',
                countries: x.cs,
                dateClaims: x.claims
                  ? [
                      { source: 'a', expression: 'a', start: day(x.d), end: day(x.d), precision: 'day' },
                      { source: 'b', expression: 'b', start: day(x.d + 1), end: day(x.d + 1), precision: 'day' },
                    ]
                  : [],
              }),
            )
            .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : 1));
          const positions = Uint32Array.from(events.map((_, i) => i).filter((i) => keep[i]));
          const fromBase = indexFromBase(buildTimelineBase(events), positions, 'country', [], 3);
          const direct = buildTimelineIndex(events.filter((_, i) => keep[i]), 'country', [], 3);
          expect(fromBase.events).toEqual(direct.events);
          expect(Array.from(fromBase.start)).toEqual(Array.from(direct.start));
          expect(Array.from(fromBase.end)).toEqual(Array.from(direct.end));
          expect(Array.from(fromBase.flags)).toEqual(Array.from(direct.flags));
          expect(fromBase.lanes).toEqual(direct.lanes);
          expect(Array.from(fromBase.laneOffsets)).toEqual(Array.from(direct.laneOffsets));
          expect(Array.from(fromBase.laneIds)).toEqual(Array.from(direct.laneIds));
          expect(Array.from(fromBase.claimOffsets)).toEqual(Array.from(direct.claimOffsets));
          expect(Array.from(fromBase.claimStart)).toEqual(Array.from(direct.claimStart));
          expect(Array.from(fromBase.runLength)).toEqual(Array.from(direct.runLength));
          expect(fromBase.maxSpan).toBe(direct.maxSpan);
          expect(fromBase.extent).toEqual(direct.extent);
        },
      ),
      { numRuns: 80 },
    );
  });
});
