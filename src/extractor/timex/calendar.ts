/**
 * TIMEX3 week and month values and month arithmetic over day numbers. Day numbers, ISO days and
 * month lengths come from the one calendar module (src/lib/model/calendar.ts; months 1–12).
 */
import { dayNumber, daysInMonth, fromDayNumber, pad, weekdayOf } from '../../lib/model/calendar';

/** `YYYY-MM` of a year and month (normalising month overflow). */
export function monthValue(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${pad(y, 4)}-${pad(m, 2)}`;
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
