/** Words relative to publication: "today", "last night", "this week", "last month", "in recent days". */
import { parseUnit } from '../lexicon';
import { offsetOf, span, todOf, opt, type Rule } from './helpers';

/** Words relative to publication. */
export const relativeDaysRules: Rule[] = [
  // today, tonight, yesterday morning, tomorrow; the day before yesterday
  {
    re: /\b(?:([Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)\b(?:\s+(morning|afternoon|evening|night)\b)?|([Tt]he\s+day\s+(?:before\s+yesterday|after\s+tomorrow)))\b/g,
    build: (m, text) => {
      if (m[3]) return span(m, { kind: 'deictic', unit: 'day', offset: /yesterday/i.test(m[3]) ? -2 : 2 });
      const w = (m[1] ?? '').toLowerCase();
      if (m[1] === 'Today' && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) return null; // "the Today programme"
      const offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const tod = w === 'tonight' ? 'NI' : todOf(m[2]);
      return span(m, { kind: 'deictic', unit: 'day', offset, ...opt('tod', tod) });
    },
  },
  // last night, this morning
  {
    re: /\b([Ll]ast|[Tt]his)\s+(morning|afternoon|evening|night)\b/g,
    build: (m) => {
      const last = (m[1] ?? '').toLowerCase() === 'last';
      return span(m, { kind: 'deictic', unit: 'day', offset: last ? -1 : 0, ...opt('tod', todOf(m[2])) });
    },
  },
  // this week, last month, next year (also "next year's"), this weekend, the weekend
  {
    re: /\b(?:([Tt]his\s+past|[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming)\s+(week|weekend|month|year)|([Tt]he)\s+(past\s+)?(weekend))\b(?!-)/g,
    build: (m) => {
      if (m[3]) return span(m, { kind: 'deictic', unit: 'weekend', offset: m[4] ? -1 : 0, ...opt('tensed', m[4] ? undefined : true) });
      const unit = (m[2] ?? '') as 'week' | 'weekend' | 'month' | 'year';
      const offset = /past$/i.test(m[1] ?? '') ? -1 : offsetOf(m[1] ?? '');
      return span(m, { kind: 'deictic', unit, offset, ...opt('tensed', unit === 'weekend' && offset === 0 ? true : undefined) });
    },
  },
  // in recent days, in the coming weeks (vague, relative to publication)
  {
    re: /\b(?:([Rr]ecent)|[Tt]he\s+(?:coming|next\s+few))\s+(days|weeks|months|years)\b/g,
    build: (m) => span(m, { kind: 'window', unit: parseUnit(m[2] ?? 'days'), dir: m[1] ? -1 : 1 }),
  },
];
