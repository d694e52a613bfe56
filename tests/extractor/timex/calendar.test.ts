import { describe, expect, it } from 'vitest';
import { dayNumber, isoOfDayNumber, parseIsoDay, weekdayOf } from '../../../src/lib/model/calendar';
import { addMonths, weekValue } from '../../../src/extractor/timex/calendar';

describe('calendar helpers', () => {
  it('parseIsoDay rejects impossible days', () => {
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('2024-02-29')).not.toBeNull();
    expect(parseIsoDay('24 Feb 2022')).toBeNull();
  });
  it('weekdayOf: 2022-02-24 was a Thursday', () => {
    expect(weekdayOf(dayNumber(2022, 2, 24))).toBe(4);
  });
  it('weekValue names a Sunday–Saturday week by the ISO week of its Monday', () => {
    expect(weekValue(dayNumber(2021, 11, 14))).toBe('2021-W46');
    expect(weekValue(dayNumber(2020, 12, 27))).toBe('2020-W53');
  });
  it('addMonths clamps to the end of shorter months', () => {
    expect(isoOfDayNumber(addMonths(dayNumber(2022, 1, 31), 1))).toBe('2022-02-28');
    expect(isoOfDayNumber(addMonths(dayNumber(2022, 3, 15), -3))).toBe('2021-12-15');
  });
});
