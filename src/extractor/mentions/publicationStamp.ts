/**
 * A dateline or stamp ("WASHINGTON, May 24 (Reuters) -", "Published March 19, 2022") is evidence of when
 * the report was published, never the date of an event in it. The timex stage decides which expressions are
 * such evidence (`Timex.role === 'publication'`, src/extractor/timex/index.ts); this is the one question the
 * mention detector and everything downstream ask of it.
 */
import type { Timex } from '../../lib/model/extraction';

/** True when the timex is a dateline or byline stamp: publication evidence, not an event's date. */
export function isPublicationStamp(timex: Pick<Timex, 'role'>): boolean {
  return timex.role === 'publication';
}
