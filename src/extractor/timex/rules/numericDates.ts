/** Numeric dates: ISO `2021-11-02`, European `06.11.2021`, US `11/06/2021`. */
import { span, NUM_DATE_GUARD, type Rule } from './helpers';

/** Numeric dates. */
export const numericDatesRules: Rule[] = [
  // 2021-11-02
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    build: (m, text) => {
      if (/[\d-]/.test(text[m.index - 1] ?? '') || /^-\d/.test(text.slice(m.index + m[0].length))) return null;
      return span(m, { kind: 'absDate', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
    },
  },
  // 06.11.2021 — day.month.year (European convention when the separator is a period)
  {
    re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g,
    build: (m, text) => {
      if (NUM_DATE_GUARD.test(text[m.index - 1] ?? '') || /^[.,]\d/.test(text.slice(m.index + m[0].length))) return null;
      return span(m, { kind: 'absDate', year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) });
    },
  },
  // 11/06/2021 — month/day/year (US convention when the separator is a slash); 2021/11/06 year first
  {
    re: /\b(\d{1,4})\/(\d{1,2})\/(\d{4}|\d{2}|\d{1,2})\b/g,
    build: (m, text) => {
      if (NUM_DATE_GUARD.test(text[m.index - 1] ?? '') || /^[/.,]\d/.test(text.slice(m.index + m[0].length))) return null;
      const [a, b, c] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
      if (a.length === 4) return span(m, { kind: 'absDate', year: Number(a), month: Number(b), day: Number(c) });
      if (a.length > 2 || (c.length !== 4 && c.length !== 2)) return null;
      const year = c.length === 2 ? 2000 + Number(c) : Number(c);
      return span(m, { kind: 'absDate', year, month: Number(a), day: Number(b) });
    },
  },
];
