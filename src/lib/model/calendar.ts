/**
 * The one calendar module: ISO days (`YYYY-MM-DD`) parsed, validated and written; whole UTC days as
 * day numbers (days since 1970-01-01) and as epoch milliseconds. Proleptic Gregorian, computed
 * without `Date` (no time-zone drift, no parsing of untrusted formats) and fast enough for the hot
 * paths (validating and indexing 100,000 events). Months are 1–12 everywhere.
 * Formatting for people (month names, "4 Feb 2022") lives in `src/lib/format` and uses date-fns.
 */

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

/** Epoch milliseconds (UTC). */
export type EpochMs = number;

/** A span of time in epoch milliseconds (UTC), e.g. the visible window of the timeline. */
export interface TimeWindow {
  start: EpochMs;
  end: EpochMs;
}

/** A calendar day as numbers: month 1–12, day 1–31. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** True when year/month/day names a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Days since 1970-01-01 of a calendar day. Month and day may overflow or underflow (month 13 is
 * January of the next year, day 0 the last day of the month before): they are normalised.
 * H. Hinnant's days-from-civil algorithm.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y0 = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const yy = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + (day - 1);
}

/** The calendar day of a day number (Hinnant's civil-from-days). */
export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** `n` written with at least `width` digits, zero-padded after any sign (`pad(7, 2)` → "07", `pad(-33, 4)` → "-0033"). */
export function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + s.padStart(width, '0');
}

/** `YYYY-MM-DD` of a day number. */
export function isoOfDayNumber(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `YYYY-MM-DD` of year, month, day (normalising overflow, as {@link dayNumber}). */
export function isoOf(year: number, month: number, day: number): string {
  return isoOfDayNumber(dayNumber(year, month, day));
}

/** Two or four ASCII digits at `from` as a number, or -1. */
function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** The numbers of a real calendar day written `YYYY-MM-DD`, or null. No regex, no `Date`: hot in validation. */
export function isoParts(iso: string): Ymd | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** `YYYY-MM-DD` → day number, or null when it is not a real calendar day (`2022-02-30` is not). */
export function parseIsoDay(iso: string): number | null {
  const p = isoParts(iso);
  return p ? dayNumber(p.year, p.month, p.day) : null;
}

/** `YYYY-MM-DD` → epoch ms at 00:00 UTC of that day, or NaN when it is not a real calendar day. */
export function isoDayToMs(iso: string): EpochMs {
  const n = parseIsoDay(iso);
  return n === null ? NaN : n * DAY_MS;
}

/** `YYYY-MM-DD` of the UTC day holding `ms`. */
export function isoDayOfMs(ms: EpochMs): string {
  return isoOfDayNumber(Math.floor(ms / DAY_MS));
}

/** True when `value` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: unknown): value is string {
  return typeof value === 'string' && isoParts(value) !== null;
}

/** Why `value` is not a valid day, or null when it is. */
export function isoDayProblem(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `"${value}" is not a date written YYYY-MM-DD`;
  if (!isIsoDay(value)) return `"${value}" is not a real calendar day`;
  return null;
}

/** The ISO day `days` days after (or before, when negative) `iso`. `iso` must be a real day. */
export function addDays(iso: string, days: number): string {
  const n = parseIsoDay(iso);
  if (n === null) throw new RangeError(`not a YYYY-MM-DD day: "${iso}"`);
  return isoOfDayNumber(n + days);
}

/**
 * A local-time Date whose fields equal the UTC fields of `ms`, so date-fns (which formats in local
 * time) prints the UTC calendar day whatever the browser's time zone.
 */
export function utcAsLocal(ms: EpochMs): Date {
  const d = new Date(ms);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
}
