import { isoOfDayNumber, parseIsoDay, weekdayOf } from '../../lib/model/calendar';

/**
 * Which occurrence of a weekday is meant, relative to a reference day:
 * `onOrBefore` (past tense: the same day counts), `before` ("last Saturday"),
 * `onOrAfter` (future tense), `after` ("next Saturday").
 */
export type WeekdayDirection = 'onOrBefore' | 'before' | 'onOrAfter' | 'after';

/** Day number of the occurrence of `weekday` (0 = Sunday) relative to day number `ref`. */
export function weekdayNear(ref: number, weekday: number, direction: WeekdayDirection): number {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  const fwd = (weekday - weekdayOf(ref) + 7) % 7;
  switch (direction) {
    case 'onOrBefore':
      return ref - back;
    case 'before':
      return ref - (back === 0 ? 7 : back);
    case 'onOrAfter':
      return ref + fwd;
    case 'after':
      return ref + (fwd === 0 ? 7 : fwd);
  }
}

/**
 * Resolves a weekday (0 = Sunday … 6 = Saturday) against a publication day `published` (`YYYY-MM-DD`).
 * Returns `YYYY-MM-DD`; throws on an invalid date.
 */
export function resolveWeekday(published: string, weekday: number, direction: WeekdayDirection): string {
  const ref = parseIsoDay(published);
  if (ref === null) throw new Error(`resolveWeekday: invalid published date "${published}"`);
  return isoOfDayNumber(weekdayNear(ref, weekday, direction));
}
