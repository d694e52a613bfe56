/** Expressions relative to the discourse anchor ("the same day", "the day before", "A week later") or to publication ("two years ago"). */
import type { Side } from '../frames';
import { NUMBER_RE, UNIT_RE, parseQuantity, parseUnit, countOf } from '../lexicon';
import { span, todOf, opt, type Rule } from './helpers';

/** Expressions relative to the discourse anchor ("the same day", "the day before", "A week later") or to publication ("two years ago").. */
export const anaphoraRules: Rule[] = [
  // at the time, at that time (the anchor itself, whatever its size; not "at the time of …")
  {
    re: /\b[Aa]t\s+(?:the|that)\s+time\b(?!\s+of\b)/g,
    build: (m) => span(m, { kind: 'sameAsAnchor' }),
  },
  // the same day, the next day, the following week, that evening, the previous year
  {
    re: /\b(?:[Tt]he\s+(?:very\s+)?(same|next|following|previous|preceding|prior)|([Tt]hat)(?:\s+same)?)\s+(day|morning|afternoon|evening|night|week|weekend|month|year)\b(?![-’'])/g,
    build: (m) => {
      const mod = (m[1] ?? '').toLowerCase();
      const word = (m[3] ?? '').toLowerCase();
      const offset = mod === 'next' || mod === 'following' ? 1 : mod === 'previous' || mod === 'preceding' || mod === 'prior' ? -1 : 0;
      const tod = todOf(word);
      const unit = (tod ? 'day' : word) as 'day' | 'week' | 'weekend' | 'month' | 'year';
      return span(m, { kind: 'anchor', unit, offset, ...opt('tod', tod) });
    },
  },
  // earlier that day, later the same evening, earlier in the day
  {
    re: /\b([Ee]arlier|[Ll]ater)\s+(?:that|the\s+same|in\s+the)\s+(day|morning|afternoon|evening|night|week|month|year)\b/g,
    build: (m) => {
      const word = (m[2] ?? '').toLowerCase();
      const tod = todOf(word);
      const side: Side = (m[1] ?? '').toLowerCase() === 'earlier' ? 'BEFORE' : 'AFTER';
      const unit = (tod ? 'day' : word) as 'day' | 'week' | 'month' | 'year';
      return span(m, { kind: 'anchor', unit, offset: 0, side, ...opt('tod', tod) });
    },
  },
  // the day before, the week after (only when no noun phrase follows: "the day before the vote" names another anchor)
  {
    re: /\b[Tt]he\s+(day|night|week|month|year)\s+(before|after|earlier)\b/g,
    build: (m, text) => {
      if (/^\s+[A-Za-z0-9]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      const unit = (m[1] ?? '') as 'day' | 'night' | 'week' | 'month' | 'year';
      const offset = (m[2] ?? '') === 'after' ? 1 : -1;
      if (unit === 'night') return span(m, { kind: 'anchor', unit: 'day', offset, tod: 'NI' });
      return span(m, { kind: 'anchor', unit, offset });
    },
  },
  // three months earlier, a day later, two years ago, days later, hours later, two weeks from now
  {
    re: new RegExp(
      `\\b(?:(${NUMBER_RE})[-\\s]+(${UNIT_RE})s?|(minutes|hours|days|weeks|months|years|decades))\\s+(ago|later|earlier|afterwards?|previously|before|after|from\\s+now|on)\\b`,
      'gi',
    ),
    build: (m, text) => {
      if (m[1] && /[\d.,]/.test(text[m.index - 1] ?? '')) return null;
      const rel = (m[4] ?? '').toLowerCase();
      if ((rel === 'before' || rel === 'after' || rel === 'on') && /^\s+[A-Za-z0-9]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) {
        return null; // "two days before the vote": relative to an event, not a date
      }
      const n = m[1] ? countOf(parseQuantity(m[1]), m[2] ?? '') : null;
      const unit = parseUnit(m[2] ?? m[3] ?? 'day');
      const dir: 1 | -1 = rel === 'earlier' || rel === 'previously' || rel === 'before' || rel === 'ago' ? -1 : 1;
      if (rel === 'ago' || rel.startsWith('from')) return span(m, { kind: 'ago', n, unit, dir });
      return span(m, { kind: 'shift', n, unit, dir });
    },
  },
];
