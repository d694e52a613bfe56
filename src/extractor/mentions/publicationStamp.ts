/**
 * A dateline or stamp ("WASHINGTON, May 24 (Reuters) -", "Published March 19, 2022") is evidence of when
 * the report was published, never the date of an event in it. ONE helper decides, for the mention detector
 * and everything downstream.
 *
 * Until the temporal recogniser flags such timexes itself, a timex is publication evidence when it stands in
 * a dateline at the start of a line (PLACE, date, optional agency in brackets, then a dash) or right after a
 * byline word (Published, Updated, Posted).
 */
import type { Timex } from '../../lib/model/extraction';

const DATELINE_HEAD = /(?:^|\n)[ \t]*[A-Z][A-Z .'’-]{1,40}(?:\s*\([^)\n]{1,30}\))?,\s*$/;
const DATELINE_TAIL = /^[ \t]*(?:,\s*\d{4})?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:[—–-]{1,2}|:)/;
const BYLINE_HEAD = /\b(?:Published|Updated|Posted|Last updated|First published)(?:\s+on)?\s*:?\s*(?:[A-Z][a-z]+day,?\s+)?$/;

/** True when the timex is a dateline or byline stamp: publication evidence, not an event's date. */
export function isPublicationStamp(timex: Pick<Timex, 'start' | 'end'> & { publication?: boolean }, text: string): boolean {
  if (timex.publication !== undefined) return timex.publication;
  const head = text.slice(Math.max(0, timex.start - 60), timex.start);
  const tail = text.slice(timex.end, timex.end + 50);
  if (DATELINE_HEAD.test(head) && DATELINE_TAIL.test(tail)) return true;
  return BYLINE_HEAD.test(head);
}
