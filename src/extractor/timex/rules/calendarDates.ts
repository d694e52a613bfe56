/** Calendar dates written with a month name: "Nov. 15", "15 November 2021", ranges, fixed holidays, weeks of a month. */
import { MONTH_RE, WEEKDAYS, WEEKDAY_RE } from '../lexicon';
import { HOLIDAYS, monthOf, span, yearOf, opt, NUM_DATE_GUARD, type Rule } from './helpers';

/** Calendar dates written with a month name. */
export const calendarDatesRules: Rule[] = [
  // Feb. 28-March 2[, 2022] (a range across months)
  {
    re: new RegExp(
      `\\b(${MONTH_RE})\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[-–]|to|through|until)\\s*(${MONTH_RE})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(\\d{4})(?!\\d|%|,\\d))?\\b`,
      'g',
    ),
    build: (m) => {
      const month = monthOf(m[1] ?? '');
      const endMonth = monthOf(m[3] ?? '');
      if (endMonth === month) return null;
      return span(m, { kind: 'absDate', year: yearOf(m[5]), month, day: Number(m[2]), endMonth, endDay: Number(m[4]) });
    },
  },
  // [Friday, ]Nov. 15[-16][, 2021]
  {
    re: new RegExp(
      `\\b(?:(${WEEKDAY_RE}),?\\s+(?:the\\s+)?)?(${MONTH_RE})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?![\\d:.,]\\d)(?:,?\\s+(\\d{4})(?!\\d|%|,\\d))?\\b`,
      'g',
    ),
    build: (m, text) => {
      if (/\d/.test(text[m.index + m[0].length] ?? '')) return null;
      const day = Number(m[3]);
      const endDay = m[4] ? Number(m[4]) : undefined;
      if (endDay !== undefined && endDay <= day) return null;
      const weekday = m[1] ? WEEKDAYS[m[1].toLowerCase()] : undefined;
      return span(m, {
        kind: 'absDate', year: yearOf(m[5]), month: monthOf(m[2] ?? ''), day, ...opt('endDay', endDay), ...opt('weekday', weekday),
      });
    },
  },
  // [Friday, ][the ]15[th] [of ]November[ 2021]
  {
    re: new RegExp(
      `\\b(?:(${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4})(?!\\d|%|,\\d))?\\b`,
      'g',
    ),
    build: (m, text) => {
      if (NUM_DATE_GUARD.test(text[m.index - 1] ?? '')) return null;
      const monthWord = m[4] ?? '';
      if (/^[A-Z][a-z]{2}$/.test(monthWord) && !m[5] && monthWord !== 'May') {
        // abbreviation without a period and without a year: accept only before punctuation or a lowercase word
        if (/^\s*[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      }
      const day = Number(m[2]);
      const endDay = m[3] ? Number(m[3]) : undefined;
      if (endDay !== undefined && endDay <= day) return null;
      const weekday = m[1] ? WEEKDAYS[m[1].toLowerCase()] : undefined;
      return span(m, {
        kind: 'absDate', year: yearOf(m[5]), month: monthOf(monthWord), day, ...opt('endDay', endDay), ...opt('weekday', weekday),
      });
    },
  },
  // holidays with a fixed date: Christmas, New Year's Day, Independence Day …
  {
    re: /\b(Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year['’]s\s+(?:Eve|Day)|Independence\s+Day|Valentine['’]s\s+Day|Halloween|Thanksgiving(?:\s+Day)?)\b(?:,?\s+((?:19|20)\d\d)\b(?!\d|%|,\d))?/g,
    build: (m, text) => {
      const name = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
      if (name === 'independence day' && /^\s+(?:of|in|for)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
      if (name === 'thanksgiving' || name === 'thanksgiving day') return span(m, { kind: 'nthWeekday', year: yearOf(m[2]), month: 11, weekday: 4, nth: 4 });
      const [month, day] = HOLIDAYS[name] ?? [0, 0];
      if (!month) return null;
      return span(m, { kind: 'absDate', year: yearOf(m[2]), month, day });
    },
  },
  // the first week of March, the last week of February 2021
  {
    re: new RegExp(
      `\\b[Tt]he\\s+(first|second|third|fourth|final|last)\\s+(week|ten\\s+days|days)\\s+of\\s+(${MONTH_RE})(?:,?\\s+(\\d{4})(?!\\d|%|,\\d))?(?![A-Za-z])`,
      'g',
    ),
    build: (m) => {
      const ord = (m[1] ?? '').toLowerCase();
      const what = (m[2] ?? '').toLowerCase();
      const month = monthOf(m[3] ?? '');
      if (what === 'days' && ord !== 'first' && ord !== 'last' && ord !== 'final') return null;
      const width = what === 'week' ? 7 : 10;
      const k = ord === 'first' ? 0 : ord === 'second' ? 1 : ord === 'third' ? 2 : ord === 'fourth' ? 3 : -1;
      const days: [number, number | null] = k < 0 ? [-width, null] : [k * width + 1, Math.min(k * width + width, 31)];
      return span(m, { kind: 'month', month, year: yearOf(m[4]), days });
    },
  },
];
