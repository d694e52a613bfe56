/**
 * Synthetic event dates: a realistic mix of day-precision dates (~70%) and approximate ones
 * ("days later", a week, early/mid/late month, a month, an explicit range), following the
 * date conventions in DEVELOPERS.md (weeks start on Sunday; early = 1–10, mid = 11–20, late = 21–end).
 */
import type { Precision } from '../model/types';
import { dayNumber, daysInMonth, fromDayNumber, weekdayOf } from '../model/calendar';
import { MONTH_NAMES } from './monthNames';
import type { Rng } from './rng';

/** A generated date: inclusive day numbers, its precision, and the words a report would use. */
export interface SyntheticDate {
  start: number;
  end: number;
  precision: Precision;
  expression: string;
}

/** The precisions drawn for a fresh event date, with their weights (sums to 100). */
export const PRECISION_MIX: readonly { precision: Precision; weight: number }[] = [
  { precision: 'day', weight: 72 },
  { precision: 'days', weight: 8 },
  { precision: 'week', weight: 6 },
  { precision: 'part-of-month', weight: 6 },
  { precision: 'month', weight: 4 },
  { precision: 'range', weight: 4 },
];
const WEIGHTS = PRECISION_MIX.map((p) => p.weight);

/** Draws a date around `day` with the precision mix above. */
export function syntheticDate(rng: Rng, day: number): SyntheticDate {
  const precision = PRECISION_MIX[rng.weighted(WEIGHTS)]!.precision;
  const { year, month, day: date } = fromDayNumber(day);
  const monthName = MONTH_NAMES[month - 1]!;
  switch (precision) {
    case 'days':
      return { start: day, end: day + rng.int(2, 6), precision, expression: 'days later' };
    case 'week': {
      const start = day - weekdayOf(day);
      return { start, end: start + 6, precision, expression: 'last week' };
    }
    case 'part-of-month': {
      const part = date <= 10 ? 0 : date <= 20 ? 1 : 2;
      const first = [1, 11, 21][part]!;
      const last = [10, 20, daysInMonth(year, month)][part]!;
      const word = ['early', 'mid-', 'late'][part]!;
      return {
        start: dayNumber(year, month, first),
        end: dayNumber(year, month, last),
        precision,
        expression: part === 1 ? `${word}${monthName}` : `${word} ${monthName}`,
      };
    }
    case 'month':
      return {
        start: dayNumber(year, month, 1),
        end: dayNumber(year, month, daysInMonth(year, month)),
        precision,
        expression: `in ${monthName}`,
      };
    case 'range': {
      const end = day + rng.int(3, 30);
      const e = fromDayNumber(end);
      return { start: day, end, precision, expression: `from ${date} ${monthName} to ${e.day} ${MONTH_NAMES[e.month - 1]}` };
    }
    default:
      return { start: day, end: day, precision: 'day', expression: `on ${date} ${monthName}` };
  }
}
