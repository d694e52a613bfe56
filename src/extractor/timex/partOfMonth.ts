import { daysInMonth, isoOf } from '../../lib/model/calendar';

/** A part of a period: early (`START`), mid (`MID`) or late (`END`). */
export type Part = 'START' | 'MID' | 'END';

/**
 * Days of a part of a month (project convention): early = days 1–10,
 * mid = days 11–20, late = day 21 to the end of the month.
 */
export function partOfMonth(year: number, month: number, part: Part): { start: string; end: string } {
  if (part === 'START') return { start: isoOf(year, month, 1), end: isoOf(year, month, 10) };
  if (part === 'MID') return { start: isoOf(year, month, 11), end: isoOf(year, month, 20) };
  return { start: isoOf(year, month, 21), end: isoOf(year, month, daysInMonth(year, month)) };
}
