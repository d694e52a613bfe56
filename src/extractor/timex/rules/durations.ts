/** Durations: "three months", "for 40 years", "the past three months", "a three-day visit". */
import { NUMBER_RE, UNIT_RE, parseQuantity, parseUnit, countOf } from '../lexicon';
import { previousWord, span, opt, type Rule } from './helpers';

/** Durations. */
export const durationsRules: Rule[] = [
  // durations: three months, 40 years, the past three months, a three-day visit, for decades
  {
    re: new RegExp(
      `\\b(?:(?:([Tt]he)\\s+)?([Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]revious|[Ff]irst|[Ff]ollowing)\\s+)?(${NUMBER_RE})[-\\s]+(${UNIT_RE})(s?)\\b(?![-\\s]+old\\b)`,
      'g',
    ),
    build: (m, text) => {
      if (/[\d.,]/.test(text[m.index - 1] ?? '')) return null;
      if (/^-?\s?old\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
      const qty = (m[3] ?? '').toLowerCase();
      const n = countOf(parseQuantity(qty), m[4] ?? '');
      const unit = parseUnit(m[4] ?? 'day');
      const lead = (m[2] ?? '').toLowerCase();
      const window: 'past' | 'next' | undefined = m[1] && (lead === 'past' || lead === 'last' || lead === 'previous') ? 'past' : m[1] && (lead === 'next' || lead === 'coming') ? 'next' : undefined;
      if ((qty === 'a' || qty === 'an' || qty === 'one') && !lead) {
        const prev = previousWord(text, m.index).toLowerCase();
        if (!/^(for|over|within|in|during|than|after|nearly|almost|about|around|least|past|lasting|lasted|last|took|spent|barely|only|just|as|another|roughly|some|up|take|takes|taking)$/.test(prev)) return null;
      }
      if (!m[1] && lead) {
        // "last three months" without "the" is still a window; "first 100 days" a plain duration
        const w: 'past' | 'next' | undefined = lead === 'past' || lead === 'last' ? 'past' : lead === 'next' || lead === 'coming' ? 'next' : undefined;
        return span(m, { kind: 'duration', n, unit, ...opt('window', w) });
      }
      return span(m, { kind: 'duration', n, unit, ...opt('window', window) });
    },
  },
  // the past week, the last year, the coming month (windows); for years, for decades
  {
    re: /\b(?:[Tt]he\s+(past|last|coming|next)\s+(week|month|year|decade)\b(?![-’'])|(?<=\b(?:[Ff]or|[Oo]ver|[Ww]ithin|[Ii]n)\s+)(minutes|hours|days|weeks|months|years|decades)\b)/g,
    build: (m) => {
      if (m[3]) return span(m, { kind: 'duration', n: null, unit: parseUnit(m[3]) });
      const lead = (m[1] ?? '').toLowerCase();
      return span(m, { kind: 'duration', n: 1, unit: parseUnit(m[2] ?? 'week'), window: lead === 'past' || lead === 'last' ? 'past' : 'next' });
    },
  },
];
