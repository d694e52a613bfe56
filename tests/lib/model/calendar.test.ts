import fc from 'fast-check';
import { DAY_MS, addDays, dayNumber, daysInMonth, fromDayNumber, isIsoDay, isoDayProblem, isoDayToMs, isoOf, isoOfDayNumber, parseIsoDay, utcAsLocal, weekdayOf } from '../../../src/lib/model/calendar';

describe('isIsoDay(value)', () => {
  it('accepts real days, leap days included', () => {
    expect(['2022-02-24', '2021-11-15', '2024-02-29', '2021-12-31'].map(isIsoDay)).toEqual([true, true, true, true]);
  });

  it('rejects impossible days and other formats', () => {
    expect(['2022-02-30', '2022-02-29', '2022-13-01', '2022-00-10', '2022-04-31', '2022-4-1', '2022-02-24T00:00', 'Feb 24'].map(isIsoDay)).toEqual(
      Array(8).fill(false),
    );
  });
});

describe('isoDayProblem(value)', () => {
  it('says which kind of problem it is', () => {
    expect(isoDayProblem('2022-02-30')).toBe('"2022-02-30" is not a real calendar day');
    expect(isoDayProblem('24/02/2022')).toBe('"24/02/2022" is not a date written YYYY-MM-DD');
    expect(isoDayProblem('2022-02-28')).toBeNull();
  });
});

describe('day numbers', () => {
  it('agree with Date.UTC for every day from 1600 to 2400 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -135_000, max: 157_000 }), (n) => {
        const d = new Date(n * DAY_MS);
        const ymd = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        expect(fromDayNumber(n)).toEqual(ymd);
        expect(dayNumber(ymd.year, ymd.month, ymd.day)).toBe(n);
        expect(isoOfDayNumber(n)).toBe(d.toISOString().slice(0, 10));
        expect(parseIsoDay(isoOfDayNumber(n))).toBe(n);
        expect(weekdayOf(n)).toBe(d.getUTCDay());
      }),
    );
  });

  it('normalise month and day overflow', () => {
    expect(isoOf(2021, 13, 1)).toBe('2022-01-01');
    expect(isoOf(2022, 3, 0)).toBe('2022-02-28');
    expect(isoOf(2022, 0, 15)).toBe('2021-12-15');
    expect(addDays('2022-02-24', 7)).toBe('2022-03-03');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
  });
});

describe('daysInMonth(year, month 1–12)', () => {
  it('knows leap years', () => {
    expect([1, 2, 4, 12].map((m) => daysInMonth(2022, m))).toEqual([31, 28, 30, 31]);
    expect([daysInMonth(2024, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 29]);
  });
});

describe('parseIsoDay / isoDayToMs', () => {
  it('give the day number and the epoch ms of midnight UTC, or null / NaN for anything else', () => {
    expect(parseIsoDay('1970-01-02')).toBe(1);
    expect(isoDayToMs('2022-02-24')).toBe(Date.UTC(2022, 1, 24));
    expect(parseIsoDay('2022-02-30')).toBeNull();
    expect(parseIsoDay('2022-2-3')).toBeNull();
    expect(isoDayToMs('24/02/2022')).toBeNaN();
  });
});

describe('isoDayToMs(iso)', () => {
  it('returns NaN for anything that is not a real YYYY-MM-DD day', () => {
    for (const bad of ['', '2022-2-24', '2022/02/24', '2022-13-01', '2022-00-10', '2022-01-32', '2022-02-30', 'abcd-ef-gh', '2022-02-24T00']) {
      expect(isoDayToMs(bad)).toBeNaN();
    }
  });
});

describe('utcAsLocal(ms)', () => {
  it('keeps the UTC calendar fields', () => {
    const d = utcAsLocal(Date.UTC(2022, 1, 24, 23, 30));
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2022, 1, 24, 23]);
  });
});
