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

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** `S`-suffixed SET values of unit words. */
const SET_UNITS: Readonly<Record<string, string>> = {
  minute: 'PT1M', hour: 'PT1H', day: 'P1D', night: 'P1D', week: 'P1W', month: 'P1M', quarter: 'P3M', year: 'P1Y',
};
const ADVERB_SETS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M',
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

const SPELLED_UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const SPELLED_TENS: Readonly<Record<string, number>> = {
  ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const referencesRules: Rule[] = [
  // for the year, the full year, the fiscal year (the year in focus, else publication's); "the year ended June 30" (P1Y)
  {
    re: /\b[Tt]he\s+(?:(?:full|fiscal|current|calendar)\s+)?year\b(?![-’'])(\s+(?:ended|ending|to)\b)?/g,
    build: (m, text) => {
      if (m[1]) return { start: m.index, end: m.index + m[0].length - m[1].length, frame: { kind: 'duration', n: 1, unit: 'year' } };
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // "for the year", "of the year", "in the year": a time; not "the year before/after" (an anaphora rule) nor "the year 2000"
      if (!/\b(?:for|of|in|during|throughout|through)\s+$/i.test(before) || /^\s+(?:before|after|earlier|later|\d|two|nineteen|of|in|that|when|since)\b/i.test(after)) return null;
      return span(m, { kind: 'anchor', unit: 'year', offset: 0 });
    },
  },
  // nineteen ninety-six, the year two thousand (spoken years of broadcast transcripts)
  {
    re: /\b(?:(?:[Tt]he\s+year\s+)?(nineteen|eighteen)\s+(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?|([Tt]he\s+year\s+)two\s+thousand(?:\s+and\s+(one|two|three|four|five|six|seven|eight|nine))?)\b/g,
    build: (m) => {
      const year = m[1]
        ? (m[1].toLowerCase() === 'nineteen' ? 1900 : 1800) + (SPELLED_TENS[(m[2] ?? '').toLowerCase()] ?? 0) + (SPELLED_UNITS[(m[3] ?? '').toLowerCase()] ?? 0)
        : 2000 + (SPELLED_UNITS[(m[5] ?? '').toLowerCase()] ?? 0);
      return span(m, { kind: 'year', year });
    },
  },
  // now, right now, currently, recently, soon, previously, these days, nowadays
  {
    re: /\b(?:([Rr]ight\s+)?[Nn]ow|[Cc]urrently|[Nn]owadays|[Tt]hese\s+days|[Rr]ecently|[Tt]he\s+(?:near\s+|distant\s+)?future|[Ii]n\s+future|[Tt]he\s+past|[Cc]urrent|[Rr]ecent)\b(?![-’'])/g,
    build: (m, text) => {
      const w = m[0].toLowerCase();
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      if (w.endsWith('now')) {
        // "from now" closes an offset ("two weeks from now"); "just now" is a moment ago
        if (/\b(?:from|just)\s+$/i.test(before)) return null;
        return span(m, { kind: 'ref', ref: 'PRESENT_REF' });
      }
      if (/future$/.test(w)) {
        if (/^\s+of\b/i.test(after)) return null; // "the future of NATO" is a topic, not a time
        return { start: m.index + (w.startsWith('in ') ? 3 : 0), end: m.index + m[0].length, frame: { kind: 'ref', ref: 'FUTURE_REF' } };
      }
      if (w === 'the past') {
        // "in the past" (a time), not "the past three months" (a window) nor "the past of a country"
        if (!/^\s*(?:[,.;:)'"’”]|$|\s(?:and|but|that|it|he|she|they|we|the|a|has|have|had|was|were|is|are|to|when|as|few|decade|century)\b)/i.test(after)) return null;
        if (/^\s+(?:few|decade|century)\b/i.test(after)) return null;
        return span(m, { kind: 'ref', ref: 'PAST_REF' });
      }
      if (w === 'recent') {
        // "the recent closing", "a recent SEC filing": a time before publication; "recent days" is a window rule
        if (!/\b(?:the|a|its|their|his|her|of|about|in|on|after|amid|despite|by)\s+(?:most\s+)?$/i.test(before)) return null;
        if (!/^\s+[A-Za-z]/.test(after)) return null;
        return span(m, { kind: 'ref', ref: 'PAST_REF' });
      }
      if (w === 'current') {
        // "current" before a noun is the time of writing ("his current wife", "current market conditions"); not "current account"
        if (!/^\s+[a-z]/.test(after) || /^\s+(?:accounts?|affairs|events|assets|liabilities|density|flow|flows|of|and|or)\b/.test(after)) return null;
        return span(m, { kind: 'ref', ref: 'PRESENT_REF' });
      }
      if (w === 'recently') {
        if (/\b(?:until|till)\s+$/i.test(before)) return null;
        return span(m, { kind: 'ref', ref: 'PAST_REF' });
      }
      if (w === 'the near future') return span(m, { kind: 'ref', ref: 'FUTURE_REF' });
      return span(m, { kind: 'ref', ref: 'PRESENT_REF' });
    },
  },
  // the third quarter [of 1989], third-quarter, the 1988 third quarter, this year's third quarter, the first half of 1990
  {
    re: /\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Ll]ast|[Nn]ext)\s+)?(?:(this|last|next)\s+year['’]s\s+|((?:19|20)\d\d)\s+|(year-earlier|year-ago)\s+)?(?:fiscal[-\s]+)?(first|second|third|fourth|1st|2nd|3rd|4th|last)[-\s]+(quarter|half|period)\b(?:\s+(?:of\s+)?(?:fiscal\s+)?((?:19|20)\d\d)\b)?/gi,
    build: (m, text) => {
      const unit = (m[5] ?? '').toLowerCase();
      const ord = (m[4] ?? '').toLowerCase();
      const q = ord === 'last' ? (unit === 'half' ? 2 : 4) : ORDINALS[ord] ?? 0;
      if (ord === 'last' && !/^the\s/i.test(m[0])) return null; // "last quarter" is the previous quarter: left to the quarter-in-focus rule
      if (m[3]) {
        // "the year-earlier third quarter" = that quarter a year before the one in focus
        return span(m, { kind: 'quarter', q, year: null, shiftYears: -1 });
      }
      if (unit === 'period' || (unit === 'half' && q > 2)) return null;
      const year = m[2] ? Number(m[2]) : m[6] ? Number(m[6]) : null;
      const rel = (m[1] ?? '').toLowerCase();
      const lead = /^(?:last|next)\s/i.test(m[0]) && !m[1] ? m[0].split(/\s/)[0]?.toLowerCase() : '';
      const yearOffset = rel === 'last' || lead === 'last' ? -1 : rel === 'next' || lead === 'next' ? 1 : rel === 'this' ? 0 : undefined;
      if (/^-?\s*(?:old|long)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
      return span(m, { kind: 'quarter', q, year, half: unit === 'half', ...(yearOffset !== undefined && year === null ? { yearOffset } : {}) });
    },
  },
  // the quarter, the latest quarter, the current quarter, the year-earlier quarter/period, the year-ago quarter
  {
    re: /\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:((?:19|20)\d\d)\s+)?(?:(latest|current|most\s+recent|recent|same|comparable|corresponding|year-earlier|year-ago|previous|prior|preceding)\s+)?(?:(year-earlier|year-ago)\s+)?(quarter|period)\b(?!\s+of\b)/g,
    build: (m) => {
      const year = m[1] ? Number(m[1]) : null;
      m.splice(1, 1);
      const mod = (m[1] ?? '').toLowerCase();
      if (year !== null && !mod && !m[2]) return span(m, { kind: 'quarter', q: null, year }); // "the 1988 quarter": the quarter in focus, that year
      if (mod === 'current' || /^this\s/i.test(m[0])) return span(m, { kind: 'quarter', q: null, year: null, current: true });
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
      `\\b(?:(?:[Ee]very|[Ee]ach|[Pp]er|[Aa]\\s+)\\s*(other\\s+)?(minute|hour|day|night|week|month|quarter|year|${WEEKDAY_RE}|${MONTH_RE})\\b|([Hh]ourly|[Dd]aily|[Nn]ightly|[Ww]eekly|[Mm]onthly)\\b)`,
      'g',
    ),
    build: (m, text) => {
      if (m[3]) {
        // adverbs only ("paid quarterly", "meets daily"); adjectives before a noun ("a daily newspaper") are not times
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
        // "a daily rally", "his daily life" (TimeBank: SET P1D); a newspaper name after a capitalised word ("the party daily Granma") is not
        if (/^\s+[A-Z]/.test(after) || /^(?:weekly|monthly)$/i.test(m[3]) && /^\s+[a-z]/.test(after) && !/^\s+(?:and|or|but|to|in|on|at|for|since|until|by|from|with|during|through|basis)\b/.test(after)) return null;
        return span(m, { kind: 'set', value: ADVERB_SETS[m[3].toLowerCase()] ?? 'P1D' });
      }
      const lead = m[0].trim().toLowerCase();
      const word = (m[2] ?? '').toLowerCase();
      if (lead.startsWith('a ') || lead.startsWith('per')) {
        // "twice a week", "$5 a day", "per year": a rate, only after a count or an amount
        if (!/(?:once|twice|times|\d|percent|%|million|billion|thousand|hundred|dozens?|dollars?|cents?)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
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
