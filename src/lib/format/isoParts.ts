/** A calendar day split into numbers (month 1–12). */
export interface DayParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a `YYYY-MM-DD` string without going through `Date` (no time-zone drift). Throws on anything else. */
export function isoParts(iso: string): DayParts {
  const m = ISO_DAY.exec(iso);
  if (!m) throw new Error(`Not a YYYY-MM-DD date: "${iso}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Number of days in a month (month 1–12), Gregorian. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** English short month names, index 0 = January. */
export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "Nov" for month 11. */
export function monthShort(month: number): string {
  return MONTHS_SHORT[month - 1] ?? '?';
}
