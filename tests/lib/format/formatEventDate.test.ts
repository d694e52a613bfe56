import { describe, expect, it } from 'vitest';
import { dateClaimsDiffer, formatDateRange, formatEventDate } from '../../../src/lib/format/formatEventDate';
import type { DateClaim } from '../../../src/lib/model/types';

describe('formatDateRange(start, end, precision, {differ?})', () => {
  it('writes a day', () => {
    expect(formatDateRange('2021-11-15', '2021-11-15', 'day')).toBe('15 Nov 2021');
  });
  it('writes a few days or a week as an approximate span', () => {
    expect(formatDateRange('2021-11-16', '2021-11-30', 'days')).toBe('16–30 Nov 2021 (approx.)');
    expect(formatDateRange('2022-02-13', '2022-02-19', 'week')).toBe('13–19 Feb 2022 (approx.)');
  });
  it('writes a range, across months and years', () => {
    expect(formatDateRange('2021-11-16', '2021-11-30', 'range')).toBe('16–30 Nov 2021 (approx.)');
    expect(formatDateRange('2021-11-28', '2021-12-03', 'range')).toBe('28 Nov – 3 Dec 2021 (approx.)');
    expect(formatDateRange('2021-12-28', '2022-01-03', 'range')).toBe('28 Dec 2021 – 3 Jan 2022 (approx.)');
  });
  it('writes parts of a month as early / mid / late', () => {
    expect(formatDateRange('2022-01-21', '2022-01-31', 'part-of-month')).toBe('late Jan 2022');
    expect(formatDateRange('2022-03-01', '2022-03-10', 'part-of-month')).toBe('early Mar 2022');
    expect(formatDateRange('2021-11-11', '2021-11-20', 'part-of-month')).toBe('mid Nov 2021');
    expect(formatDateRange('2022-02-21', '2022-02-28', 'part-of-month')).toBe('late Feb 2022');
  });
  it('falls back to an approximate span for a part-of-month that is not a third', () => {
    expect(formatDateRange('2022-01-05', '2022-01-25', 'part-of-month')).toBe('5–25 Jan 2022 (approx.)');
  });
  it('writes a month', () => {
    expect(formatDateRange('2021-11-01', '2021-11-30', 'month')).toBe('Nov 2021');
    expect(formatDateRange('2021-11-01', '2021-12-31', 'month')).toBe('Nov–Dec 2021');
  });
  it('writes a season, with winter spanning the new year', () => {
    expect(formatDateRange('2021-12-01', '2022-02-28', 'season')).toBe('winter 2021–22');
    expect(formatDateRange('2022-03-01', '2022-05-31', 'season')).toBe('spring 2022');
    expect(formatDateRange('2022-06-01', '2022-08-31', 'season')).toBe('summer 2022');
    expect(formatDateRange('2022-09-01', '2022-11-30', 'season')).toBe('autumn 2022');
  });
  it('writes a year', () => {
    expect(formatDateRange('2022-01-01', '2022-12-31', 'year')).toBe('2022');
    expect(formatDateRange('2021-01-01', '2022-12-31', 'year')).toBe('2021–2022');
  });
  it('marks a span where sources differ', () => {
    expect(formatDateRange('2022-02-23', '2022-02-24', 'range', { differ: true })).toBe('23–24 Feb 2022 (sources differ)');
  });
  it('rejects a malformed date', () => {
    expect(() => formatDateRange('2022-2-3', '2022-02-03', 'day')).toThrow(/2022-2-3/);
  });
});

const claim = (start: string, end: string): DateClaim => ({ source: 's', expression: 'x', start, end, precision: 'day' });

describe('formatEventDate(event)', () => {
  it('uses the event precision when claims agree', () => {
    const e = { start: '2022-02-04', end: '2022-02-04', precision: 'day' as const, dateClaims: [claim('2022-02-04', '2022-02-04'), claim('2022-02-04', '2022-02-04')] };
    expect(dateClaimsDiffer(e)).toBe(false);
    expect(formatEventDate(e)).toBe('4 Feb 2022');
  });
  it('says the sources differ when claims disagree', () => {
    const e = { start: '2022-02-23', end: '2022-02-24', precision: 'range' as const, dateClaims: [claim('2022-02-23', '2022-02-23'), claim('2022-02-24', '2022-02-24')] };
    expect(dateClaimsDiffer(e)).toBe(true);
    expect(formatEventDate(e)).toBe('23–24 Feb 2022 (sources differ)');
  });
  it('does not call a coarse claim that contains a precise one a disagreement', () => {
    const e = { start: '2022-02-04', end: '2022-02-04', precision: 'day' as const, dateClaims: [claim('2022-02-01', '2022-02-10'), claim('2022-02-04', '2022-02-04')] };
    expect(dateClaimsDiffer(e)).toBe(false);
    expect(formatEventDate(e)).toBe('4 Feb 2022');
  });
  it('handles an event without claims', () => {
    expect(formatEventDate({ start: '2021-11-01', end: '2021-11-30', precision: 'month', dateClaims: [] })).toBe('Nov 2021');
  });
});
