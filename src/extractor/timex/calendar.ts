/**
 * Small pure calendar helpers over ISO days (`YYYY-MM-DD`), computed in UTC so
 * that the host time zone never matters.
 */

/** A calendar day as numbers: month 1–12, day 1–31. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + s.padStart(width, '0');
}

/** Days since 1970-01-01 of a calendar day (month and day may overflow; they are normalised). */
export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / MS_PER_DAY);
}

/** The calendar day of a day number. */
export function fromDayNumber(n: number): Ymd {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `YYYY-MM-DD` of a day number. */
export function isoOfDayNumber(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `YYYY-MM-DD` of year, month, day (normalising overflow). */
export function isoOf(year: number, month: number, day: number): string {
  return isoOfDayNumber(dayNumber(year, month, day));
}

/** `YYYY-MM` of a year and month (normalising month overflow). */
export function monthValue(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

/** Parses `YYYY-MM-DD` to a day number, or null when it is not a real calendar day. */
export function parseIsoDay(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidDay(year, month, day)) return null;
  return dayNumber(year, month, day);
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** True when year/month/day names a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Day number of the Sunday that starts the (US, Sunday–Saturday) week containing day `n`. */
export function sundayOnOrBefore(n: number): number {
  return n - weekdayOf(n);
}

/** TIMEX3 week value (`2021-W46`) of the Sunday–Saturday week starting on `sunday`: the ISO week of its Monday. */
export function weekValue(sunday: number): string {
  const monday = sunday + 1;
  // ISO week: the week's Thursday decides the year.
  const thursday = monday + 3;
  const { year } = fromDayNumber(thursday);
  const jan4 = dayNumber(year, 1, 4);
  const week1Monday = jan4 - ((weekdayOf(jan4) + 6) % 7);
  const week = Math.floor((monday - week1Monday) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** Adds `months` calendar months to a day, clamping the day to the target month's length. */
export function addMonths(n: number, months: number): number {
  const { year, month, day } = fromDayNumber(n);
  const target = dayNumber(year, month + months, 1);
  const t = fromDayNumber(target);
  return dayNumber(t.year, t.month, Math.min(day, daysInMonth(t.year, t.month)));
}
