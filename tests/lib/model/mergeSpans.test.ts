import { isInsideSpans, mergeSpans } from '../../../src/lib/model/mergeSpans';

describe('mergeSpans(spans)', () => {
  it('sorts, and merges overlapping and touching spans', () => {
    expect(mergeSpans([{ start: 10, end: 12 }, { start: 0, end: 3 }, { start: 2, end: 5 }, { start: 5, end: 6 }, { start: 11, end: 11 }])).toEqual([
      { start: 0, end: 6 },
      { start: 10, end: 12 },
    ]);
  });

  it('drops empty spans, which cover nothing', () => {
    expect(mergeSpans([{ start: 20, end: 20 }, { start: 4, end: 8 }, { start: 30, end: 25 }])).toEqual([{ start: 4, end: 8 }]);
    expect(mergeSpans([{ start: 5, end: 5 }])).toEqual([]);
  });

  it('does not mutate its input', () => {
    const input = [{ start: 0, end: 3 }, { start: 1, end: 9 }];
    mergeSpans(input);
    expect(input).toEqual([{ start: 0, end: 3 }, { start: 1, end: 9 }]);
  });
});

describe('isInsideSpans(inner, spans)', () => {
  it('is true only when one span contains the whole of inner', () => {
    const spans = [{ start: 0, end: 5 }, { start: 10, end: 20 }];
    expect(isInsideSpans({ start: 11, end: 20 }, spans)).toBe(true);
    expect(isInsideSpans({ start: 4, end: 11 }, spans)).toBe(false);
  });
});
