/**
 * TimeML reference words, quarters, recurring times and clock times: "now" (PRESENT_REF), "recently"
 * (PAST_REF), "soon" (FUTURE_REF); "the third quarter", "fourth-quarter", "the year-earlier quarter",
 * "the first half of 1990"; "every week" (SET P1W), "daily"; "1 p.m.", "noon Thursday".
 *
 * EXAMPLE lines (each one is a test in tests/extractor/timex/references.test.ts, published 1989-11-02):
 *   "Prices are now higher."                          → now = PRESENT_REF
 *   "The company recently sold its unit."             → recently = PAST_REF
 *   "Net income rose in the third quarter."           → the third quarter = 1989-Q3
 *   "Fourth-quarter sales will rise."                 → Fourth-quarter = 1989-Q4
 *   "The board meets every week."                     → every week = SET P1W
 *   "Trading resumed shortly after 1 p.m. Tuesday."   → 1 p.m. Tuesday = 1989-10-31T13:00
 */
import type { Frame } from '../frames';
import { MONTH_RE, WEEKDAYS, WEEKDAY_RE } from '../lexicon';
import { monthOf, span, type Rule } from './helpers';

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 4 };

/** `S`-suffixed SET values of unit words. */
const SET_UNITS: Readonly<Record<string, string>> = {
  minute: 'PT1M', hour: 'PT1H', day: 'P1D', night: 'P1D', week: 'P1W', month: 'P1M', quarter: 'P3M', year: 'P1Y',
};
const ADVERB_SETS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y',
};

/** A clock time from its parts; null when it is not one (hour > 12 with a.m./p.m.). */
function clockOf(hourWord: string, minuteWord: string | undefined, meridiem: string): { hour: number; minute: number } | null {
  let hour = Number(hourWord);
  const minute = minuteWord ? Number(minuteWord) : 0;
  if (!Number.isInteger(hour) || hour < 1 || hour > 12 || minute > 59) return null;
  const pm = /^p/i.test(meridiem) || /evening|night|afternoon/i.test(meridiem);
  if (pm && hour < 12) hour += 12;
  if (!pm && hour === 12) hour = 0;
  return { hour, minute };
}

/** The day frame named next to a clock time ("Tuesday", "Nov. 9", "yesterday"). */
function dayFrame(word: string | undefined, dayNum: string | undefined): Frame | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w in WEEKDAYS) return { kind: 'weekday', weekday: WEEKDAYS[w] ?? 0 };
  if (w === 'today') return { kind: 'deictic', unit: 'day', offset: 0 };
  if (w === 'yesterday') return { kind: 'deictic', unit: 'day', offset: -1 };
  if (w === 'tomorrow') return { kind: 'deictic', unit: 'day', offset: 1 };
  const month = monthOf(word);
  if (month && dayNum) return { kind: 'absDate', year: null, month, day: Number(dayNum) };
  return undefined;
}

const DAY_AFTER = `(?:,?\\s+(${WEEKDAY_RE}|today|yesterday|tomorrow|${MONTH_RE}(?=\\s+\\d))(?:\\s+(\\d{1,2})\\b)?)?`;
const ZONE = '(?:\\s+(?:[ECMP][SD]T|GMT|UTC|local\\s+time))?';

export const referencesRules: Rule[] = [
  // now, right now, currently, recently, soon, previously, these days, nowadays
  {
    re: /\b(?:([Rr]ight\s+)?[Nn]ow|[Cc]urrently|[Nn]owadays|[Tt]hese\s+days|[Rr]ecently|[Pp]reviously|[Ss]oon|[Tt]he\s+near\s+future|[Cc]urrent)\b/g,
    build: (m, text) => {
      const w = m[0].toLowerCase();
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      if (w.endsWith('now')) {
        // "now that …" is a conjunction; "for now", "until now", "from now" and "by now" are idioms
        if (/^\s+that\b/i.test(after) || /\b(?:for|until|till|from|by|just)\s+$/i.test(before)) return null;
        return span(m, { kind: 'ref', ref: 'PRESENT_REF' });
      }
      if (w === 'soon') {
        if (/^\s+(?:as|after|afterwards?|thereafter|before)\b/i.test(after) || /\bas\s+$/i.test(before)) return null;
        return span(m, { kind: 'ref', ref: 'FUTURE_REF' });
      }
      if (w === 'current') {
        // "current" is a time only before a noun of office or period ("the current government", "current levels")
        if (!/^\s+(?:president|government|administration|leadership|crisis|session|term|regime|situation|levels?|rates?|prices?|year|month|week)\b/i.test(after)) return null;
        return span(m, { kind: 'ref', ref: 'PRESENT_REF' });
      }
      if (w === 'recently' || w === 'previously') {
        if (/\b(?:until|till)\s+$/i.test(before)) return null;
        return span(m, { kind: 'ref', ref: 'PAST_REF' });
      }
      if (w === 'the near future') return span(m, { kind: 'ref', ref: 'FUTURE_REF' });
      return span(m, { kind: 'ref', ref: 'PRESENT_REF' });
    },
  },
  // the third quarter [of 1989], third-quarter, the 1988 third quarter, this year's third quarter, the first half of 1990
  {
    re: /\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Ll]ast|[Nn]ext)\s+)?(?:(this|last|next)\s+year['’]s\s+|((?:19|20)\d\d)\s+)?(?:fiscal[-\s]+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(quarter|half|period)\b(?:\s+(?:of\s+)?(?:fiscal\s+)?((?:19|20)\d\d)\b)?/gi,
    build: (m, text) => {
      const unit = (m[4] ?? '').toLowerCase();
      const q = ORDINALS[(m[3] ?? '').toLowerCase()] ?? 0;
      if (unit === 'period' || (unit === 'half' && q > 2)) return null;
      const year = m[2] ? Number(m[2]) : m[5] ? Number(m[5]) : null;
      const rel = (m[1] ?? '').toLowerCase();
      const lead = /^(?:last|next)\s/i.test(m[0]) && !m[1] ? m[0].split(/\s/)[0]?.toLowerCase() : '';
      const yearOffset = rel === 'last' || lead === 'last' ? -1 : rel === 'next' || lead === 'next' ? 1 : rel === 'this' ? 0 : undefined;
      if (/^-?\s*(?:old|long)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
      return span(m, { kind: 'quarter', q, year, half: unit === 'half', ...(yearOffset !== undefined && year === null ? { yearOffset } : {}) });
    },
  },
  // the quarter, the latest quarter, the current quarter, the year-earlier quarter/period, the year-ago quarter
  {
    re: /\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:(latest|current|most\s+recent|recent|same|comparable|corresponding|year-earlier|year-ago|previous|prior|preceding)\s+)?(?:(year-earlier|year-ago)\s+)?(quarter|period)\b(?!\s+of\b)/g,
    build: (m) => {
      const mod = (m[1] ?? '').toLowerCase();
      const yearBack = /year-/.test(mod) || !!m[2];
      const unit = (m[3] ?? '').toLowerCase();
      if (unit === 'period' && !yearBack && !/latest|current|most\s+recent|same|comparable|corresponding/.test(mod)) return null;
      if (mod === 'previous' || mod === 'prior' || mod === 'preceding') return null;
      return span(m, { kind: 'quarter', q: null, year: null, ...(yearBack ? { shiftYears: -1 } : {}) });
    },
  },
  // year-earlier, year-ago (as a modifier: "year-earlier results")
  {
    re: /\b(?:[Yy]ear-earlier|[Yy]ear-ago)\b(?!\s+(?:quarter|period)\b)/g,
    build: (m) => span(m, { kind: 'quarter', q: null, year: null, shiftYears: -1 }),
  },
  // every week, each year, every Thursday, each July, daily, weekly, annually, Tuesday nights
  {
    re: new RegExp(
      `\\b(?:(?:[Ee]very|[Ee]ach|[Pp]er|[Aa]\\s+)\\s*(other\\s+)?(minute|hour|day|night|week|month|quarter|year|${WEEKDAY_RE}|${MONTH_RE})\\b|([Hh]ourly|[Dd]aily|[Nn]ightly|[Ww]eekly|[Mm]onthly|[Qq]uarterly|[Aa]nnually|[Yy]early)\\b)`,
      'g',
    ),
    build: (m, text) => {
      if (m[3]) {
        // adverbs only ("paid quarterly", "meets daily"); adjectives before a noun ("a daily newspaper") are not times
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
        if (/^\s+[a-z]/.test(after) && !/^\s+(?:and|or|but|to|in|on|at|for|since|until|by|from|with|during|through|basis)\b/.test(after)) return null;
        return span(m, { kind: 'set', value: ADVERB_SETS[m[3].toLowerCase()] ?? 'P1D' });
      }
      const lead = m[0].trim().toLowerCase();
      const word = (m[2] ?? '').toLowerCase();
      if (lead.startsWith('a ') || lead.startsWith('per')) {
        // "twice a week", "$5 a day", "per year": a rate, only after a count or an amount
        if (!/(?:once|twice|times|\d|percent|%)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      }
      if (word in WEEKDAYS) return span(m, { kind: 'set', value: `XXXX-WXX-${((WEEKDAYS[word] ?? 0) + 6) % 7 + 1}` });
      const month = monthOf(word);
      if (month) return span(m, { kind: 'set', value: `XXXX-${String(month).padStart(2, '0')}` });
      const base = SET_UNITS[word] ?? 'P1D';
      return span(m, { kind: 'set', value: m[1] ? base.replace('1', '2') : base });
    },
  },
  // clock times: 10:35 a.m., 1 p.m. [EST] [Tuesday | Nov. 9], noon Thursday, midnight, 4 in the morning
  {
    re: new RegExp(
      `\\b(?:(\\d{1,2})(?::(\\d\\d))?\\s*([ap])\\.?\\s?m\\b\\.?|(\\d{1,2})(?::(\\d\\d))?\\s+(?:o['’]clock\\s+)?in\\s+the\\s+(morning|afternoon|evening)|(noon|midnight|midday))${ZONE}${DAY_AFTER}`,
      'gi',
    ),
    build: (m, text) => {
      if (/[\d.,:$]/.test(text[m.index - 1] ?? '')) return null;
      let clock: { hour: number; minute: number } | null;
      if (m[7]) clock = /^mid(?:night)?$/i.test(m[7]) && m[7].toLowerCase() === 'midnight' ? { hour: 24, minute: 0 } : { hour: 12, minute: 0 };
      else if (m[4]) clock = clockOf(m[4], m[5], m[6] ?? 'a');
      else clock = clockOf(m[1] ?? '', m[2], m[3] ?? 'a');
      if (!clock) return null;
      const day = dayFrame(m[8], m[9]);
      let end = m.index + m[0].length;
      if (!day && m[8]) {
        // a month name without its day is not part of the time
        end = m.index + m[0].indexOf(m[8]);
      }
      // trailing punctuation of "a.m." at a sentence end stays with the sentence
      const raw = text.slice(m.index, end).replace(/[\s,]+$/, '');
      return { start: m.index, end: m.index + raw.length, frame: { kind: 'clock', ...clock, ...(day ? { day } : {}) } };
    },
  },
  // noon, midnight or a clock time before its day: "Thursday at 3 p.m." is two timexes; "overnight" is the night of the day in focus
  {
    re: /\b[Oo]vernight\b(?![-\s]+(?:rate|rates|loan|loans|lending|funds|deposit|deposits|trading|session|stay|bag)\b)/g,
    build: (m) => span(m, { kind: 'anchor', unit: 'day', offset: 0, tod: 'NI' }),
  },
];
