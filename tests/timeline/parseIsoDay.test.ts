import { describe, expect, it } from 'vitest';
import { parseIsoDay, utcAsLocal } from '../../src/timeline/time';

describe('parseIsoDay(iso)', () => {
  it('reads a calendar day as 00:00 UTC', () => {
    expect(parseIsoDay('2022-02-24')).toBe(Date.UTC(2022, 1, 24));
    expect(parseIsoDay('1999-12-31')).toBe(Date.UTC(1999, 11, 31));
  });
  it('agrees with Date.UTC over four centuries, leap days included', () => {
    for (let t = Date.UTC(1800, 0, 1); t < Date.UTC(2200, 0, 1); t += 86_400_000 * 13) {
      expect(parseIsoDay(new Date(t).toISOString().slice(0, 10))).toBe(t);
    }
    expect(parseIsoDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseIsoDay('2000-03-01')).toBe(Date.UTC(2000, 2, 1));
  });
  it('returns NaN for anything that is not YYYY-MM-DD', () => {
    for (const bad of ['', '2022-2-24', '2022/02/24', '2022-13-01', '2022-00-10', '2022-01-32', 'abcd-ef-gh', '2022-02-24T00']) {
      expect(parseIsoDay(bad)).toBeNaN();
    }
  });
});

describe('utcAsLocal(ms)', () => {
  it('keeps the UTC calendar fields', () => {
    const d = utcAsLocal(Date.UTC(2022, 1, 24, 23, 30));
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2022, 1, 24, 23]);
  });
});
