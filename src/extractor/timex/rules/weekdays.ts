/** Weekdays: "on Thursday", "Monday night", "last Saturday", "Monday last week", "the following Monday". */
import { WEEKDAYS, WEEKDAY_RE } from '../lexicon';
import type { Part } from '../partOfMonth';
import { NAME_BEFORE, relOf, offsetOf, previousWord, isCapitalised, span, todOf, opt, type Rule } from './helpers';

/** Weekdays. */
export const weekdaysRules: Rule[] = [
  // [last |early ]Thursday[ morning| last week]; "Sunday's"
  {
    re: new RegExp(
      `\\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Pp]ast)\\s+)?(${WEEKDAY_RE})\\b(?:\\s+(morning|afternoon|evening|night|(?:of\\s+)?(?:last|this|next)\\s+week))?`,
      'g',
    ),
    build: (m, text) => {
      const dayWord = m[2] ?? '';
      const dayStart = m.index + m[0].indexOf(dayWord, m[1]?.length ?? 0);
      const prevRaw = previousWord(text, dayStart);
      if (NAME_BEFORE.has(prevRaw.toLowerCase()) && isCapitalised(prevRaw)) return null;
      // newspaper titles "The Mail on Sunday", "The Independent on Sunday" (but "The Times on Sunday reported" is a date)
      if (dayWord === 'Sunday' && /\b[Tt]he\s+(?:Mail|Independent)\s+on\s+$/.test(text.slice(Math.max(0, dayStart - 20), dayStart))) return null;
      if (!m[3]) {
        const after = text.slice(dayStart + dayWord.length, dayStart + dayWord.length + 30);
        if (/^ (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Times|Telegraph|Post|Express|Mirror|Herald|Mail|Star|Tribune|Independent|Business|Edition|Service)\b|^ (?:Times|Telegraph|Post|Express|Mirror|Herald|Mail|Star|Tribune|Independent|Morning|Night|Edition|School|Service|Club|Football|Observer|Review|Magazine|Show|Programme|Program)\b/.test(after)) {
          return null;
        }
      }
      const lead = (m[1] ?? '').toLowerCase();
      const tail = (m[3] ?? '').toLowerCase();
      const weekday = WEEKDAYS[dayWord.toLowerCase()] ?? 0;
      const weekOffset = /week$/.test(tail) ? offsetOf(tail.replace(/^of\s+/, '').split(/\s+/)[0] ?? '') : undefined;
      const tod = weekOffset === undefined ? todOf(tail) : undefined;
      const rel = relOf(lead);
      const part = lead === 'early' ? 'START' : lead === 'late' ? 'END' : undefined;
      return span(m, { kind: 'weekday', weekday, ...opt('rel', rel), ...opt('weekOffset', weekOffset), ...opt('tod', tod), ...opt('part', part) as { part?: Part } });
    },
  },
  // the following Monday, the previous Friday (relative to the discourse anchor)
  {
    re: new RegExp(`\\b[Tt]he\\s+(following|next|previous|preceding)\\s+(${WEEKDAY_RE})\\b(?:\\s+(morning|afternoon|evening|night))?`, 'g'),
    build: (m) => {
      const dir: 1 | -1 = m[1] === 'following' || m[1] === 'next' ? 1 : -1;
      return span(m, { kind: 'anchorWeekday', weekday: WEEKDAYS[(m[2] ?? '').toLowerCase()] ?? 0, dir, ...opt('tod', todOf(m[3])) });
    },
  },
];
