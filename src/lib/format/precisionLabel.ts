/** Plain-English names of date precisions ("part-of-month" → "part of month"). */
import type { Precision } from '../model/types';

const PRECISION_WORDS: Record<Precision, string> = {
  day: 'day',
  days: 'a few days',
  week: 'week',
  'part-of-month': 'part of month',
  month: 'month',
  season: 'season',
  year: 'year',
  range: 'range of dates',
};

/** The precision in words; unknown values come back as given. */
export function precisionLabel(precision: Precision | string): string {
  return (PRECISION_WORDS as Record<string, string>)[precision] ?? precision;
}
