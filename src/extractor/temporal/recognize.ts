/**
 * Recognisers: regular expressions (linear, no nested quantifiers) plus checks in code that
 * turn spans of text into {@link Candidate}s. Prepositions ("on", "in", "over") are not part
 * of a span, following TimeML.
 */
import type { Candidate, Frame, Rel, Season, Side } from './frames';
import { MONTHS, MONTH_RE, NUMBER_RE, PARTS_OF_DAY, UNIT_RE, WEEKDAYS, WEEKDAY_RE, parseQuantity, parseUnit, countOf } from './lexicon';
import type { Part } from './partOfMonth';

type Build = (m: RegExpExecArray, text: string) => Candidate | null;
interface Rule {
  re: RegExp;
  build: Build;
}

const PART_WORDS: Readonly<Record<string, Part>> = {
  early: 'START', mid: 'MID', late: 'END', beginning: 'START', start: 'START', middle: 'MID', end: 'END',
  earlier: 'START', later: 'END',
};
/** Holidays on a fixed day: name → [month, day]. */
const HOLIDAYS: Readonly<Record<string, [number, number]>> = {
  'christmas eve': [12, 24], 'christmas day': [12, 25], christmas: [12, 25], "new year's eve": [12, 31],
  "new year's day": [1, 1], 'independence day': [7, 4], "valentine's day": [2, 14], halloween: [10, 31],
};
const SEASONS: Readonly<Record<string, Season>> = { winter: 'WI', spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA' };
const PREPOSITIONS = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'through', 'to', 'during', 'of', 'before', 'after', 'between',
  'and', 'or', 'late', 'early', 'mid', 'last', 'next', 'this', 'on', 'throughout', 'into', 'until', 'for',
]);
/** Words that make a capitalised weekday part of a proper name ("Bloody Sunday", "The Sunday Times"). */
const NAME_BEFORE = new Set(['bloody', 'super', 'black', 'good', 'easter', 'palm', 'holy', 'ash', 'cyber', 'maundy', 'shrove', 'great', 'giving', 'manic', 'blue']);
/** Count nouns after a number between 1800 and 2099 that show it is a quantity, not a year. */
const COUNT_NOUNS = new Set(
  ('people persons troops soldiers men women children refugees dollars euros yuan rubles roubles pounds tons tonnes km ' +
    'kilometers kilometres miles meters metres feet votes cases deaths times words pages units tanks missiles companies ' +
    'members employees students residents workers points barrels acres hectares ships aircraft planes jets vehicles ' +
    'shares signatures delegates participants hours days years calories pieces rounds copies officers police protesters ' +
    'civilians casualties sanctions staff seats kg kilograms pounds percent').split(' '),
);

function partOf(word: string | undefined): Part | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/^the\s+/, '').replace(/\s+of$/, '');
  return PART_WORDS[w];
}

function relOf(word: string | undefined): Rel | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w === 'last' || w === 'past') return 'last';
  if (w === 'next' || w === 'coming') return 'next';
  if (w === 'this') return 'this';
  return undefined;
}

function offsetOf(word: string): number {
  const w = word.toLowerCase();
  return w === 'last' || w === 'past' || w === 'previous' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
}

function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function previousWord(text: string, index: number): string {
  const m = /([A-Za-z]+)[^A-Za-z\n]{0,3}$/.exec(text.slice(Math.max(0, index - 24), index));
  return m?.[1] ?? '';
}

function nextWord(text: string, index: number): string {
  const m = /^[ \t]{1,3}([A-Za-z][A-Za-z'’-]*)/.exec(text.slice(index, index + 40));
  return m?.[1] ?? '';
}

function isCapitalised(word: string): boolean {
  return /^[A-Z][a-z]/.test(word);
}

function span(m: RegExpExecArray, frame: Frame, trimEnd = 0): Candidate {
  return { start: m.index, end: m.index + m[0].length - trimEnd, frame };
}

function yearOf(s: string | undefined): number | null {
  return s ? Number(s) : null;
}

function todOf(word: string | undefined): string | undefined {
  return word ? PARTS_OF_DAY[word.toLowerCase()] : undefined;
}

/** `{ key: value }` when value is defined, else `{}` (for exactOptionalPropertyTypes). */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

const NUM_DATE_GUARD = /[\d.,/:$£€-]/;

const rules: Rule[] = [
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
  // 2014-2016, 2021-22 (a range of years)
  {
    re: /\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d|\d\d)\b(?![-–.,/]\d)/g,
    build: (m, text) => {
      if (/[\d$£€#.,:/-]/.test(text[m.index - 1] ?? '')) return null;
      const y1 = Number(m[1]);
      const raw = m[2] ?? '';
      const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
      if (y2 <= y1 || y2 - y1 > 50) return null;
      return span(m, { kind: 'yearSpan', year: y1, yearOffset: 0, fromMonth: 1, toMonth: 12 * (y2 - y1 + 1) });
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
  // this week, last month, next year, this weekend, the weekend
  {
    re: /\b(?:([Tt]his\s+past|[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming)\s+(week|weekend|month|year)|([Tt]he)\s+(past\s+)?(weekend))\b(?![-’'])/g,
    build: (m) => {
      if (m[3]) return span(m, { kind: 'deictic', unit: 'weekend', offset: m[4] ? -1 : 0, ...opt('tensed', m[4] ? undefined : true) });
      const unit = (m[2] ?? '') as 'week' | 'weekend' | 'month' | 'year';
      const offset = /past$/i.test(m[1] ?? '') ? -1 : offsetOf(m[1] ?? '');
      return span(m, { kind: 'deictic', unit, offset, ...opt('tensed', unit === 'weekend' && offset === 0 ? true : undefined) });
    },
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
  // in recent days, in the coming weeks (vague, relative to publication)
  {
    re: /\b(?:([Rr]ecent)|[Tt]he\s+(?:coming|next\s+few))\s+(days|weeks|months|years)\b/g,
    build: (m) => span(m, { kind: 'window', unit: parseUnit(m[2] ?? 'days'), dir: m[1] ? -1 : 1 }),
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
        if (!/^(for|over|within|in|during|than|after|nearly|almost|about|around|least|past|lasting|lasted|last|took|spent)$/.test(prev)) return null;
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
    re: /\b(?:[Tt]he\s+(past|last|coming|next)\s+(week|month|year|decade)\b(?![-’'])|(?<=\b(?:[Ff]or|[Oo]ver|[Ww]ithin)\s+)(minutes|hours|days|weeks|months|years|decades)\b)/g,
    build: (m) => {
      if (m[3]) return span(m, { kind: 'duration', n: null, unit: parseUnit(m[3]) });
      const lead = (m[1] ?? '').toLowerCase();
      return span(m, { kind: 'duration', n: 1, unit: parseUnit(m[2] ?? 'week'), window: lead === 'past' || lead === 'last' ? 'past' : 'next' });
    },
  },
  // seasons: the winter, last summer, this spring, the winter of 2021, late summer
  {
    re: /\b(?:([Tt]his|[Ll]ast|[Nn]ext|[Tt]he|[Tt]hat|[Pp]ast|[Cc]oming)\s+)?(?:([Ee]arly|[Mm]id|[Ll]ate)[-\s]+)?(winter|spring|summer|fall|autumn)\b(?:,?\s+(?:of\s+)?((?:1[89]|20)\d\d)(?![\d%,]))?/g,
    build: (m, text) => {
      const det = (m[1] ?? '').toLowerCase();
      const part = partOf(m[2]);
      const year = yearOf(m[4]);
      const season = SEASONS[m[3] ?? ''] ?? 'WI';
      if (!det && part === undefined && year === null) return null;
      if ((m[3] === 'fall' || m[3] === 'spring') && !det && year === null) return null; // verbs
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (/^[ \t]+[A-Z]/.test(rest) && year === null) return null; // "winter Olympics"-style names
      if (year === null && /^\s+(?:of|in)\s+(?!(?:1[89]|20)\d\d)/.test(rest)) return null; // "the fall of Kabul"
      if (/^-/.test(rest)) return null;
      const rel = relOf(det);
      return span(m, { kind: 'season', season, year, ...opt('rel', rel), ...opt('part', part) });
    },
  },
  // years: 2014, the 1990s, 2014's
  {
    re: /\b((?:1[89]|20)\d\d)(s)?\b/g,
    build: (m, text) => {
      const prev = text[m.index - 1] ?? '';
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (/[\d$£€#.,:/-]/.test(prev) || /^(?:[-–]\d|%|[.,:/]\d|\s*(?:percent|per\s+cent)\b)/.test(after)) return null;
      const next = /^\s+([a-z]+)/.exec(after)?.[1] ?? '';
      if (COUNT_NOUNS.has(next)) return null;
      if (/\b(?:No|Number|number|no|Resolution|Article|Flight|flight|Route|route|Room|room|Highway|Section|section|Page|page|Chapter|chapter|Paragraph|Clause|Rule|Code|Vol|Item)\.?\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      if (/^\(/.test(after)) return null; // "Section 2014(b)" 
      return span(m, { kind: 'year', year: Number(m[1]), ...opt('decade', m[2] ? true : undefined) });
    },
  },
];

/** All candidate expressions in `text` (overlapping; the caller picks among them). */
export function recognize(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const c = rule.build(m, text);
      if (c && c.end > c.start) out.push(c);
    }
  }
  return out;
}
