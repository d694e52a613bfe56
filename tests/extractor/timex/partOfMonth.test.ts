import { describe, expect, it } from 'vitest';
import { partOfMonth } from '../../../src/extractor/timex/partOfMonth';

describe('partOfMonth(year, month, part)', () => {
  it('early = days 1–10', () => {
    expect(partOfMonth(2022, 1, 'START')).toEqual({ start: '2022-01-01', end: '2022-01-10' });
  });
  it('mid = days 11–20', () => {
    expect(partOfMonth(2022, 1, 'MID')).toEqual({ start: '2022-01-11', end: '2022-01-20' });
  });
  it('late = day 21 to the end of the month, leap years included', () => {
    expect(partOfMonth(2022, 1, 'END')).toEqual({ start: '2022-01-21', end: '2022-01-31' });
    expect(partOfMonth(2024, 2, 'END')).toEqual({ start: '2024-02-21', end: '2024-02-29' });
    expect(partOfMonth(2023, 2, 'END')).toEqual({ start: '2023-02-21', end: '2023-02-28' });
  });
});
