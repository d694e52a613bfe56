/** Plain-English wording for PLOVER modes ("written" → "in writing", "phone" → "by phone"). */
import type { EventMode } from '../model/types';

const MODE_WORDS: Record<EventMode, string> = {
  visit: 'visit',
  host: 'hosted',
  phone: 'by phone',
  video: 'by video',
  multilateral: 'multilateral meeting',
  intelligence: 'intelligence sharing',
  military: 'military',
  economic: 'economic',
  diplomatic: 'diplomatic',
  verbal: 'spoken',
  written: 'in writing',
  briefing: 'briefing',
  report: 'report',
};

/** The mode in words, for a reader who does not know PLOVER. Unknown modes come back as given. */
export function modeLabel(mode: EventMode | string): string {
  return (MODE_WORDS as Record<string, string>)[mode] ?? mode;
}
