/**
 * Writes an event's date as precisely as it is known: "15 Nov 2021", "late Jan 2022",
 * "16–30 Nov 2021 (approx.)", "23–24 Feb 2022 (sources differ)", "winter 2021–22", "2022".
 * Pure; works on `YYYY-MM-DD` strings so the result never depends on the time zone.
 */
import type { IsoDate, Precision, TimelineEvent } from '../model/types';
import { daysInMonth, isoParts, type Ymd as DayParts } from '../model/calendar';
import { monthShort } from './monthShort';

/** Options for {@link formatDateRange}. */
export interface FormatDateOptions {
  /** The sources disagree about the date: the span is written out and marked "(sources differ)". */
  differ?: boolean;
}

const EN_DASH = '–';

function sameDay(a: DayParts, b: DayParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function dayText(p: DayParts): string {
  return `${p.day} ${monthShort(p.month)} ${p.year}`;
}

/** "16–30 Nov 2021", "28 Nov – 3 Dec 2021", "28 Dec 2021 – 3 Jan 2022", or one day. */
function daySpan(a: DayParts, b: DayParts): string {
  if (sameDay(a, b)) return dayText(a);
  if (a.year !== b.year) return `${dayText(a)} ${EN_DASH} ${dayText(b)}`;
  if (a.month !== b.month) return `${a.day} ${monthShort(a.month)} ${EN_DASH} ${dayText(b)}`;
  return `${a.day}${EN_DASH}${b.day} ${monthShort(a.month)} ${a.year}`;
}

/** "Nov 2021", "Nov–Dec 2021", "Dec 2021 – Jan 2022". */
function monthSpan(a: DayParts, b: DayParts): string {
  if (a.year === b.year && a.month === b.month) return `${monthShort(a.month)} ${a.year}`;
  if (a.year === b.year) return `${monthShort(a.month)}${EN_DASH}${monthShort(b.month)} ${a.year}`;
  return `${monthShort(a.month)} ${a.year} ${EN_DASH} ${monthShort(b.month)} ${b.year}`;
}

function partOfMonth(a: DayParts, b: DayParts): string | null {
  if (a.year !== b.year || a.month !== b.month) return null;
  const last = daysInMonth(a.year, a.month);
  const m = `${monthShort(a.month)} ${a.year}`;
  if (a.day === 1 && b.day <= 10) return `early ${m}`;
  if (a.day >= 11 && a.day <= 20 && b.day <= 20) return `mid ${m}`;
  if (a.day >= 21 && b.day <= last) return `late ${m}`;
  return null;
}

function season(a: DayParts, b: DayParts): string | null {
  // Winter spans the turn of the year: Dec–Feb.
  if (a.month === 12 && b.year === a.year + 1 && b.month <= 2) return `winter ${a.year}${EN_DASH}${String(b.year % 100).padStart(2, '0')}`;
  if (a.year !== b.year) return null;
  if (a.month <= 2 && b.month <= 2) return `winter ${a.year - 1}${EN_DASH}${String(a.year % 100).padStart(2, '0')}`;
  if (a.month >= 3 && b.month <= 5) return `spring ${a.year}`;
  if (a.month >= 6 && b.month <= 8) return `summer ${a.year}`;
  if (a.month >= 9 && b.month <= 11) return `autumn ${a.year}`;
  return null;
}

function dayParts(iso: IsoDate): DayParts {
  const p = isoParts(iso);
  if (!p) throw new Error(`Not a YYYY-MM-DD date: "${iso}"`);
  return p;
}

/**
 * Formats the span `[start, end]` (inclusive ISO days) at a precision.
 * Throws only if a date is not `YYYY-MM-DD`.
 */
export function formatDateRange(start: IsoDate, end: IsoDate, precision: Precision, options: FormatDateOptions = {}): string {
  const a = dayParts(start);
  const b = dayParts(end < start ? start : end);
  if (options.differ) return `${daySpan(a, b)} (sources differ)`;
  switch (precision) {
    case 'day':
      return daySpan(a, b);
    case 'days':
    case 'week':
    case 'range':
      return sameDay(a, b) ? dayText(a) : `${daySpan(a, b)} (approx.)`;
    case 'part-of-month':
      return partOfMonth(a, b) ?? `${daySpan(a, b)} (approx.)`;
    case 'month':
      return monthSpan(a, b);
    case 'season':
      return season(a, b) ?? `${monthSpan(a, b)} (approx.)`;
    case 'year':
      return a.year === b.year ? String(a.year) : `${a.year}${EN_DASH}${b.year}`;
  }
}

/**
 * True when the sources' date claims cannot all be right together: no day lies in every claimed
 * span (e.g. "Wednesday night" vs "Thursday morning"). A coarser claim that contains a precise
 * one ("early February" and "Feb 4") is not a disagreement.
 */
export function dateClaimsDiffer(event: Pick<TimelineEvent, 'dateClaims'>): boolean {
  const claims = event.dateClaims;
  if (claims.length < 2) return false;
  let latestStart = claims[0]!.start;
  let earliestEnd = claims[0]!.end;
  for (const c of claims) {
    if (c.start > latestStart) latestStart = c.start;
    if (c.end < earliestEnd) earliestEnd = c.end;
  }
  return latestStart > earliestEnd;
}

/** The event's date, as precisely as it is known. */
export function formatEventDate(event: Pick<TimelineEvent, 'start' | 'end' | 'precision' | 'dateClaims'>): string {
  return formatDateRange(event.start, event.end, event.precision, { differ: dateClaimsDiffer(event) });
}
