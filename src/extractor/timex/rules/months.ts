/** Months and parts of periods: "late January", "in December", "early this month", "mid-2021", halves and quarters. */
import type { Side } from '../frames';
import { MONTH_RE } from '../lexicon';
import { PREPOSITIONS, partOf, relOf, offsetOf, monthOf, previousWord, nextWord, isCapitalised, span, yearOf, opt, type Rule } from './helpers';

/** Months and parts of periods. */
export const monthsRules: Rule[] = [
  // [late |mid-|the end of ][last ]November[ 2021| of last year]
  {
    re: new RegExp(
      `(?:\\b([Ee]arly|[Mm]id|[Ll]ate|[Ee]nd(?=-)|[Tt]he\\s+(?:end|beginning|start|middle)\\s+of)(?:-|\\s+))?(?:\\b([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\\s+)?\\b(${MONTH_RE})(?:,?\\s+(?:of\\s+)?(\\d{4})(?!\\d|%|,\\d)|\\s+(?:of\\s+)?(last|this|next)\\s+year)?(?![A-Za-z])`,
      'g',
    ),
    build: (m, text) => {
      const monthWord = m[3] ?? '';
      const part = partOf(m[1]);
      const rel = relOf(m[2]);
      const year = yearOf(m[4]);
      const yearOffset = m[5] ? offsetOf(m[5]) : undefined;
      const qualified = part !== undefined || rel !== undefined || year !== null || yearOffset !== undefined;
      const monthStart = m.index + m[0].indexOf(monthWord, (m[1]?.length ?? 0) + (m[2]?.length ?? 0));
      if (/\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2).trim().slice(0, 1))) return null;
      if (!qualified) {
        const prev = previousWord(text, monthStart).toLowerCase();
        const next = nextWord(text, monthStart + monthWord.length).toLowerCase();
        if (monthWord !== 'May' && /^[A-Z][a-z]{2}$/.test(monthWord)) return null; // "Jan" without a period: a name
        if (monthWord === 'May' && !PREPOSITIONS.has(prev)) return null; // the modal verb
        if (monthWord === 'March' && !PREPOSITIONS.has(prev) && /^(on|to|through|against|into|toward|towards|in|from|past|for)$/.test(next)) return null;
        if (isCapitalised(nextWord(text, monthStart + monthWord.length)) && !PREPOSITIONS.has(prev)) return null; // "August Wilson"
      }
      return span(m, {
        kind: 'month', month: monthOf(monthWord), year, ...opt('yearOffset', yearOffset), ...opt('rel', rel), ...opt('part', part),
      });
    },
  },
  // early this month, late last year, earlier this week, later this year, the end of the year, mid-2021, the early 1990s
  {
    re: /\b([Ee]arly|[Mm]id|[Ll]ate|[Ee]arlier|[Ll]ater|[Tt]he\s+(?:end|beginning|start|middle)\s+of)(?:-|\s+)(?:(this|last|next|the)\s+(week|month|year)\b|(?:the\s+)?((?:1[89]|20)\d\d)(s?)\b)/g,
    build: (m, text) => {
      const lead = (m[1] ?? '').toLowerCase();
      const part = partOf(lead);
      if (part === undefined) return null;
      if (m[4]) {
        if (/^[\d%-]/.test(text.slice(m.index + m[0].length)) || (lead === 'earlier' || lead === 'later')) return null;
        return span(m, { kind: 'year', year: Number(m[4]), part, ...opt('decade', m[5] ? true : undefined) });
      }
      const unit = (m[3] ?? 'year') as 'week' | 'month' | 'year';
      const det = (m[2] ?? '').toLowerCase();
      if (det === 'the' && (lead === 'earlier' || lead === 'later')) return null; // "earlier in the day" is anaphoric, below
      const offset = offsetOf(det);
      const side: Side | undefined = offset === 0 && lead === 'earlier' ? 'BEFORE' : offset === 0 && lead === 'later' ? 'AFTER' : undefined;
      return span(m, { kind: 'deictic', unit, offset, ...(side ? { side } : { part }) });
    },
  },
  // the first half of 2021, the second quarter of this year
  {
    re: /\b[Tt]he\s+(first|second|third|fourth|last|final)\s+(half|quarter)\s+of\s+(?:((?:19|20)\d\d)\b(?!\d|%|,\d)|(this|last|next|the)\s+year\b)/g,
    build: (m) => {
      const ord = (m[1] ?? '').toLowerCase();
      const half = (m[2] ?? '') === 'half';
      const n = half ? 2 : 4;
      let k = ['first', 'second', 'third', 'fourth'].indexOf(ord);
      if (ord === 'last' || ord === 'final') k = n - 1;
      if (k < 0 || k >= n) return null;
      const size = 12 / n;
      const year = yearOf(m[3]);
      return span(m, { kind: 'yearSpan', year, yearOffset: m[4] ? offsetOf(m[4]) : 0, fromMonth: k * size + 1, toMonth: (k + 1) * size });
    },
  },
];
