import { sortEvents } from '../../src/lib/compile/sortEvents';

describe('sortEvents(events)', () => {
  it('orders by start, then end, then id', () => {
    const events = [
      { id: 'c', start: '2022-02-04', end: '2022-02-04' },
      { id: 'b', start: '2021-11-15', end: '2021-11-16' },
      { id: 'a', start: '2021-11-15', end: '2021-11-16' },
      { id: 'z', start: '2021-11-15', end: '2021-11-15' },
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['z', 'a', 'b', 'c']);
    expect(events[0]?.id).toBe('c');
  });
});
