import { describe, expect, it } from 'vitest';
import { buildTimelineIndex, FLAG_CONFLICT, FLAG_PARSED, FLAG_UNCERTAIN } from '../../src/timeline/buildTimelineIndex';
import { DAY_MS } from '../../src/timeline/time';
import { ev } from './helpers';

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
