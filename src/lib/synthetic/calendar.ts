/**
 * Calendar arithmetic on whole UTC days (days since 1970-01-01), for the synthetic generator.
 * Pure: uses Date only to convert fixed numbers, never to read the clock.
 */
import type { IsoDate } from '../model/types';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) → `YYYY-MM-DD`. */
export function dayToIso(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` → days since 1970-01-01 (UTC). */
export function isoToDay(iso: IsoDate): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** Day number of the first day of `year`. */
export function yearStartDay(year: number): number {
  return Math.round(Date.UTC(year, 0, 1) / DAY_MS);
}

/** Weekday of a day number, 0 = Sunday. */
export function weekday(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** The year, 0-based month and day-of-month of a day number. */
export function ymd(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() };
}

/** Day number of `year`-`month`(0-based)-`date`. */
export function dayOf(year: number, month: number, date: number): number {
  return Math.round(Date.UTC(year, month, date) / DAY_MS);
}

/** Number of days in a 0-based month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
