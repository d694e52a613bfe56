import { describe, expect, it } from 'vitest';
import { isoOfDayNumber as dayToIso, parseIsoDay, weekdayOf as weekday } from '../../../src/lib/model/calendar';

const isoToDay = (iso: string): number => parseIsoDay(iso)!;
import { syntheticDate } from '../../../src/lib/synthetic/dates';
import { createRng } from '../../../src/lib/synthetic/rng';

function drawMany(anchorIso: string, n = 3000) {
  const rng = createRng(`dates:${anchorIso}`);
  const day = isoToDay(anchorIso);
  return Array.from({ length: n }, () => syntheticDate(rng, day));
}

describe('calendar', () => {
  it('round-trips ISO dates through day numbers', () => {
    expect(dayToIso(isoToDay('2022-02-24'))).toBe('2022-02-24');
    expect(dayToIso(0)).toBe('1970-01-01');
    expect(weekday(isoToDay('2022-02-24'))).toBe(4); // a Thursday
  });
});

describe('syntheticDate(rng, day)', () => {
  it('gives a Sunday–Saturday week containing the day for precision week', () => {
    const weeks = drawMany('2022-02-24').filter((d) => d.precision === 'week');
    expect(weeks.length).toBeGreaterThan(0);
    for (const w of weeks) {
      expect(dayToIso(w.start)).toBe('2022-02-20');
      expect(dayToIso(w.end)).toBe('2022-02-26');
    }
  });

  it('maps the 24th to "late" = 21 to the end of the month (28 days in Feb 2022)', () => {
    const parts = drawMany('2022-02-24').filter((d) => d.precision === 'part-of-month');
    expect(parts.length).toBeGreaterThan(0);
    for (const p of parts) {
      expect([dayToIso(p.start), dayToIso(p.end), p.expression]).toEqual(['2022-02-21', '2022-02-28', 'late February']);
    }
  });

  it('maps the 15th to "mid-" = 11–20, and a month to its whole extent', () => {
    const all = drawMany('2024-02-15');
    const mid = all.find((d) => d.precision === 'part-of-month')!;
    expect([dayToIso(mid.start), dayToIso(mid.end), mid.expression]).toEqual(['2024-02-11', '2024-02-20', 'mid-February']);
    const month = all.find((d) => d.precision === 'month')!;
    expect([dayToIso(month.start), dayToIso(month.end)]).toEqual(['2024-02-01', '2024-02-29']);
  });

  it('draws mostly day precision, and every span is ordered and contains or starts at the day', () => {
    const day = isoToDay('2021-11-15');
    const all = drawMany('2021-11-15');
    const dayShare = all.filter((d) => d.precision === 'day').length / all.length;
    expect(dayShare).toBeGreaterThan(0.65);
    expect(dayShare).toBeLessThan(0.79);
    for (const d of all) {
      expect(d.start).toBeLessThanOrEqual(d.end);
      expect(d.start).toBeLessThanOrEqual(day);
      expect(d.end).toBeGreaterThanOrEqual(day);
      if (d.precision === 'days') expect(d.expression).toBe('days later');
    }
    expect(new Set(all.map((d) => d.precision))).toEqual(new Set(['day', 'days', 'week', 'part-of-month', 'month', 'range']));
  });
});
