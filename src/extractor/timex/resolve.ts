/**
 * Places a recognised {@link Frame} on the calendar: publication day, tense and discourse anchor in,
 * TIMEX3 value, mod, day range and precision out.
 */
import type { Precision } from '../../lib/model/types';
import type { TimexMod, TimexType } from '../../lib/model/extraction';
import { dayNumber, daysInMonth, fromDayNumber, isValidDay, isoOfDayNumber, weekdayOf } from '../../lib/model/calendar';
import { addMonths, monthValue, sundayOnOrBefore, weekValue } from './calendar';
import type { Tense } from './detectTense';
import type { Frame, Season, Side } from './frames';
import type { Unit } from './lexicon';
import type { Part } from './partOfMonth';
import { weekdayNear } from './resolveWeekday';

/** A resolved expression, in day numbers. */
export interface Resolved {
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /** Inclusive day numbers, or null for a bare duration. */
  range: { start: number; end: number } | null;
  precision?: Precision;
  anaphoric?: boolean;
}

/** The previous resolved date of the discourse. */
export interface Anchor {
  start: number;
  end: number;
  precision: Precision;
  value: string;
}

/** What a frame is resolved against. */
export interface ResolveContext {
  published: number;
  tense: Tense;
  anchor: Anchor | null;
  /** The quarter in focus ("the quarter", "a year earlier" after "the third quarter"), if any. */
  quarter?: QuarterFocus | null;
}

/** A calendar quarter (q 1–4) of a year. */
export interface QuarterFocus {
  year: number;
  q: number;
}

const UNIT_CODE: Readonly<Record<Unit, string>> = {
  minute: 'TM', hour: 'TH', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE',
};

/** TIMEX3 duration value, as TimeBank writes it: decades and centuries in years ("two decades" = P20Y). */
function durationValue(n: number | null, unit: Unit): string {
  if ((unit === 'decade' || unit === 'century') && n !== null) return `P${n * (unit === 'decade' ? 10 : 100)}Y`;
  const code = UNIT_CODE[unit];
  const q = n === null ? 'X' : String(n);
  return code.startsWith('T') ? `PT${q}${code.slice(1)}` : `P${q}${code}`;
}

function day(n: number, tod?: string): Resolved {
  return tod
    ? { type: 'TIME', value: `${isoOfDayNumber(n)}T${tod}`, range: { start: n, end: n }, precision: 'day' }
    : { type: 'DATE', value: isoOfDayNumber(n), range: { start: n, end: n }, precision: 'day' };
}

function month(year: number, m: number, part?: Part): Resolved {
  const first = dayNumber(year, m, 1);
  const y = fromDayNumber(first);
  const value = monthValue(y.year, y.month);
  if (!part) return { type: 'DATE', value, range: { start: first, end: first + daysInMonth(y.year, y.month) - 1 }, precision: 'month' };
  const [a, b] = part === 'START' ? [1, 10] : part === 'MID' ? [11, 20] : [21, daysInMonth(y.year, y.month)];
  return { type: 'DATE', value, mod: part, range: { start: first + a - 1, end: first + b - 1 }, precision: 'part-of-month' };
}

/** Early = January–April, mid = May–August, late = September–December. */
function year(y: number, part?: Part): Resolved {
  const value = String(y).padStart(4, '0');
  if (!part) return { type: 'DATE', value, range: { start: dayNumber(y, 1, 1), end: dayNumber(y, 12, 31) }, precision: 'year' };
  const [a, b] = part === 'START' ? [1, 4] : part === 'MID' ? [5, 8] : [9, 12];
  return { type: 'DATE', value, mod: part, range: { start: dayNumber(y, a, 1), end: dayNumber(y, b + 1, 1) - 1 }, precision: 'range' };
}

function decade(y: number, part?: Part): Resolved {
  const base = y - (y % 10);
  const [a, b] = !part ? [0, 9] : part === 'START' ? [0, 3] : part === 'MID' ? [3, 6] : [7, 9];
  return {
    type: 'DATE', value: String(base).slice(0, 3), ...(part ? { mod: part } : {}),
    range: { start: dayNumber(base + a, 1, 1), end: dayNumber(base + b, 12, 31) }, precision: 'range',
  };
}

/**
 * TIMEX3 value of the ISO (Monday–Sunday) week containing day `d`, shifted by `offset` weeks. TimeML weeks
 * are ISO weeks, so a Sunday belongs to the week that began the Monday before; the range keeps the project's
 * Sunday–Saturday week.
 */
function isoWeekValue(d: number, offset = 0): string {
  const monday = d - ((weekdayOf(d) + 6) % 7);
  return weekValue(monday - 1 + 7 * offset);
}

function week(sunday: number, part?: Part, side?: Side, ref?: number, value = weekValue(sunday)): Resolved {
  let range = { start: sunday, end: sunday + 6 };
  if (part) range = part === 'START' ? { start: sunday, end: sunday + 2 } : part === 'MID' ? { start: sunday + 2, end: sunday + 4 } : { start: sunday + 4, end: sunday + 6 };
  if (side && ref !== undefined) range = side === 'BEFORE' ? { start: sunday, end: Math.max(sunday, ref - 1) } : { start: Math.min(sunday + 6, ref + 1), end: sunday + 6 };
  return { type: 'DATE', value, ...(part ? { mod: part } : {}), range, precision: 'week' };
}

function weekend(saturday: number): Resolved {
  return { type: 'DATE', value: `${weekValue(sundayOnOrBefore(saturday))}-WE`, range: { start: saturday, end: saturday + 1 }, precision: 'range' };
}

/** Day numbers of a season; winter `y` runs from Dec 1 of `y` to the end of February of `y + 1`. */
function seasonRange(season: Season, y: number): { start: number; end: number } {
  const startMonth = season === 'WI' ? 12 : season === 'SP' ? 3 : season === 'SU' ? 6 : 9;
  const start = dayNumber(y, startMonth, 1);
  return { start, end: dayNumber(y, startMonth + 3, 1) - 1 };
}

function seasonResolved(season: Season, y: number, part?: Part): Resolved {
  let range = seasonRange(season, y);
  if (part) {
    const startMonth = fromDayNumber(range.start);
    const k = part === 'START' ? 0 : part === 'MID' ? 1 : 2;
    const s = dayNumber(startMonth.year, startMonth.month + k, 1);
    range = { start: s, end: dayNumber(startMonth.year, startMonth.month + k + 1, 1) - 1 };
  }
  return { type: 'DATE', value: `${y}-${season}`, ...(part ? { mod: part } : {}), range, precision: 'season' };
}

/** Shifts a day by `n` units (calendar-aware for months and years). */
function shiftDay(d: number, n: number, unit: Unit): number {
  switch (unit) {
    case 'minute':
    case 'hour':
      return d;
    case 'day':
      return d + n;
    case 'week':
      return d + 7 * n;
    case 'month':
      return addMonths(d, n);
    case 'year':
      return addMonths(d, 12 * n);
    case 'decade':
      return addMonths(d, 120 * n);
    case 'century':
      return addMonths(d, 1200 * n);
  }
}

/** A point `n` units from `base` in direction `dir`; vague quantities become a range. */
function relative(base: number, n: number | null, unit: Unit, dir: 1 | -1): Resolved {
  if (unit === 'minute' || unit === 'hour') return day(base);
  if (n === null) {
    // "days later" = 1–7 days; "weeks later" = 1–6 weeks; "months later" = 1–11 months; "years later" = 1–9 years
    const hi = unit === 'day' ? 7 : unit === 'week' ? 6 : unit === 'month' ? 11 : 9;
    const near = shiftDay(base, dir, unit);
    const far = shiftDay(base, dir * hi, unit);
    const range = { start: Math.min(near, far), end: Math.max(near, far) };
    // TIMEX3: the reference day with mod AFTER / BEFORE ("days later" = after 2021-11-15).
    return { type: 'DATE', value: isoOfDayNumber(base), mod: dir > 0 ? 'AFTER' : 'BEFORE', range, precision: unit === 'day' ? 'days' : 'range' };
  }
  const d = shiftDay(base, dir * n, unit);
  if (unit === 'day' || unit === 'week') return day(d);
  const ymd = fromDayNumber(d);
  if (unit === 'month') return month(ymd.year, ymd.month);
  return year(ymd.year);
}

/** Most recent (past) or next (future) occurrence of month/day around `ref`, or null if no such day. */
function placeMonthDay(ref: number, m: number, d: number, tense: Tense, weekday?: number): number | null {
  const py = fromDayNumber(ref).year;
  const years = [py - 1, py, py + 1].filter((y) => isValidDay(y, m, d));
  if (years.length === 0) return null;
  let options = years.map((y) => dayNumber(y, m, d));
  if (weekday !== undefined) {
    const matching = options.filter((n) => weekdayOf(n) === weekday);
    if (matching.length > 0) options = matching;
  }
  const inDirection = options.filter((n) => (tense === 'past' ? n <= ref : n >= ref));
  const pool = inDirection.length > 0 ? inDirection : options;
  return pool.reduce((best, n) => (Math.abs(n - ref) < Math.abs(best - ref) ? n : best));
}

/** An anchor wider than a few days (a week, month, season…): day offsets from it shift its whole range. */
function isCoarse(a: Anchor): boolean {
  return a.end - a.start > 3;
}

function withAnaphoric(r: Resolved | null, anaphoric: boolean): Resolved | null {
  return r && anaphoric ? { ...r, anaphoric: true } : r;
}

/** Resolves a frame; null when it names no real day (e.g. "Feb. 30"). */
export function resolveFrame(frame: Frame, ctx: ResolveContext): Resolved | null {
  const pub = ctx.published;
  const p = fromDayNumber(pub);
  switch (frame.kind) {
    case 'absDate': {
      let d: number | null;
      if (frame.year !== null) d = isValidDay(frame.year, frame.month, frame.day) ? dayNumber(frame.year, frame.month, frame.day) : null;
      else d = placeMonthDay(pub, frame.month, frame.day, ctx.tense, frame.weekday);
      if (d === null) return null;
      if (frame.endMonth !== undefined && frame.endDay !== undefined) {
        const y = fromDayNumber(d);
        const endYear = frame.endMonth < frame.month ? y.year + 1 : y.year;
        if (!isValidDay(endYear, frame.endMonth, frame.endDay)) return null;
        const end = dayNumber(endYear, frame.endMonth, frame.endDay);
        if (end - d > 92) return null;
        return { type: 'DATE', value: isoOfDayNumber(d), range: { start: d, end }, precision: 'range' };
      }
      if (frame.endDay !== undefined) {
        const y = fromDayNumber(d);
        if (!isValidDay(y.year, y.month, frame.endDay)) return null;
        return { type: 'DATE', value: isoOfDayNumber(d), range: { start: d, end: dayNumber(y.year, y.month, frame.endDay) }, precision: 'range' };
      }
      return day(d, frame.tod);
    }
    case 'month': {
      let y: number;
      if (frame.year !== null) y = frame.year;
      else if (frame.yearOffset !== undefined) y = p.year + frame.yearOffset;
      else if (frame.rel === 'last') y = frame.month < p.month ? p.year : p.year - 1;
      else if (frame.rel === 'next') y = frame.month > p.month ? p.year : p.year + 1;
      else if (frame.rel === 'this') y = p.year; // "this September" = September of the publication year
      else if (ctx.tense === 'past') y = frame.month <= p.month ? p.year : p.year - 1;
      else y = frame.month >= p.month ? p.year : p.year + 1;
      if (frame.days) {
        const r = month(y, frame.month);
        if (!r.range) return r;
        const [from, to] = frame.days;
        const range = from < 0 ? { start: r.range.end + from + 1, end: r.range.end } : { start: r.range.start + from - 1, end: Math.min(r.range.end, r.range.start + (to ?? 31) - 1) };
        return { ...r, range, precision: 'range' };
      }
      return month(y, frame.month, frame.part);
    }
    case 'nthWeekday': {
      // e.g. Thanksgiving = the fourth Thursday of November; the year follows the tense like a month and day
      const nth = (y: number): number => weekdayNear(dayNumber(y, frame.month, 1), frame.weekday, 'onOrAfter') + 7 * (frame.nth - 1);
      let d: number;
      if (frame.year !== null) d = nth(frame.year);
      else if (ctx.tense === 'past') d = nth(p.year) <= pub ? nth(p.year) : nth(p.year - 1);
      else d = nth(p.year) >= pub ? nth(p.year) : nth(p.year + 1);
      return day(d);
    }
    case 'yearSpan': {
      const y = frame.year ?? p.year + frame.yearOffset;
      const months = frame.toMonth - frame.fromMonth + 1;
      // a quarter or a half of a year has its own TIMEX3 value: 2021-Q2, 2021-H1
      const suffix = (months === 3 || months === 6) && (frame.fromMonth - 1) % months === 0 ? `-${months === 3 ? 'Q' : 'H'}${(frame.fromMonth - 1) / months + 1}` : '';
      return {
        type: 'DATE', value: `${String(y).padStart(4, '0')}${suffix}`,
        range: { start: dayNumber(y, frame.fromMonth, 1), end: dayNumber(y, frame.toMonth + 1, 1) - 1 }, precision: 'range',
      };
    }
    case 'year':
      return frame.decade ? decade(frame.year, frame.part) : year(frame.year, frame.part);
    case 'deictic':
      return deictic(frame, ctx);
    case 'weekday': {
      let d: number;
      if (frame.weekOffset !== undefined) d = sundayOnOrBefore(pub) + 7 * frame.weekOffset + frame.weekday;
      else if (frame.rel === 'last') d = weekdayNear(pub, frame.weekday, 'before');
      else if (frame.rel === 'next') d = weekdayNear(pub, frame.weekday, 'after');
      else d = weekdayNear(pub, frame.weekday, ctx.tense === 'past' ? 'onOrBefore' : 'onOrAfter');
      const r = day(d, frame.tod);
      return frame.part ? { ...r, mod: frame.part } : r;
    }
    case 'season': {
      if (frame.year !== null) return seasonResolved(frame.season, frame.year, frame.part);
      const instances = [p.year - 2, p.year - 1, p.year, p.year + 1].map((y) => ({ y, ...seasonRange(frame.season, y) }));
      let pick;
      if (frame.rel === 'last') pick = instances.filter((s) => s.end < pub).pop();
      else if (frame.rel === 'next') pick = instances.find((s) => s.start > pub);
      else {
        const containing = instances.find((s) => s.start <= pub && pub <= s.end);
        // "this summer" = the one containing publication, else the one of the publication year
        const thisYear = frame.rel === 'this' ? instances.find((s) => s.y === p.year) : undefined;
        pick = containing ?? thisYear ?? (ctx.tense === 'past' ? instances.filter((s) => s.end < pub).pop() : instances.find((s) => s.start > pub));
      }
      return pick ? seasonResolved(frame.season, pick.y, frame.part) : null;
    }
    case 'ago':
      return relative(pub, frame.n, frame.unit, frame.dir);
    case 'shift': {
      const a = ctx.anchor;
      const dayLike = frame.unit === 'day' || frame.unit === 'week';
      if (a && isCoarse(a) && frame.n !== null && dayLike) {
        // a coarse anchor ("in December") shifts as a whole
        const k = frame.dir * frame.n * (frame.unit === 'week' ? 7 : 1);
        return { type: 'DATE', value: a.value.replace(/T[A-Z]{2}$/, ''), mod: frame.dir > 0 ? 'AFTER' : 'BEFORE', range: { start: a.start + k, end: a.end + k }, precision: 'range', anaphoric: true };
      }
      if (a && isCoarse(a) && frame.n === null && frame.unit === 'day') {
        // "Days later" after a coarse anchor: from its start + 1 to its end + 7
        const range = frame.dir > 0 ? { start: a.start + 1, end: a.end + 7 } : { start: a.start - 7, end: a.end - 1 };
        return { type: 'DATE', value: a.value.replace(/T[A-Z]{2}$/, ''), mod: frame.dir > 0 ? 'AFTER' : 'BEFORE', range, precision: 'range', anaphoric: true };
      }
      const base = a ? (frame.dir > 0 ? a.end : a.start) : pub;
      return withAnaphoric(relative(base, frame.n, frame.unit, frame.dir), a !== null);
    }
    case 'window': {
      const size = frame.unit === 'day' ? 7 : frame.unit === 'week' ? 28 : 0;
      const far = size > 0 ? pub + frame.dir * size : shiftDay(pub, frame.dir * 3, frame.unit);
      const range = frame.dir < 0 ? { start: far, end: pub } : { start: pub, end: far };
      // TimeBank: "recent weeks" and "the coming years" are vague durations (PXW, PXY); the range keeps the window
      return { type: 'DURATION', value: durationValue(null, frame.unit), range, precision: frame.unit === 'day' ? 'days' : 'range' };
    }
    case 'anchor':
      return withAnaphoric(anchored(frame, ctx), ctx.anchor !== null);
    case 'sameAsAnchor': {
      const a = ctx.anchor;
      if (!a) return null; // "at the time" with nothing before it names no date
      if (a.start === a.end) return { ...day(a.start), anaphoric: true };
      return { type: 'DATE', value: a.value.replace(/T[A-Z]{2}$/, ''), range: { start: a.start, end: a.end }, precision: a.precision, anaphoric: true };
    }
    case 'anchorWeekday': {
      const a = ctx.anchor;
      const d = frame.dir > 0 ? weekdayNear(a ? a.end : pub, frame.weekday, 'after') : weekdayNear(a ? a.start : pub, frame.weekday, 'before');
      return withAnaphoric(day(d, frame.tod), a !== null);
    }
    case 'ref':
      // "now", "recently", "soon" name the time of writing or a vague time around it, never an event's day
      return { type: 'DATE', value: frame.ref, range: null };
    case 'quarter':
      return quarterResolved(frame, ctx);
    case 'set':
      return { type: 'SET', value: frame.value, range: null };
    case 'clock': {
      const base = frame.day ? resolveFrame(frame.day, ctx) : null;
      const a = ctx.anchor;
      const d = base?.range ? base.range.start : a && a.start === a.end ? a.start : pub;
      const hh = String(frame.hour).padStart(2, '0');
      const mm = String(frame.minute).padStart(2, '0');
      return { type: 'TIME', value: `${isoOfDayNumber(d)}T${hh}:${mm}`, range: { start: d, end: d }, precision: 'day', ...(!frame.day && a ? { anaphoric: true } : {}) };
    }
    case 'duration': {
      const value = durationValue(frame.n, frame.unit);
      if (!frame.window) return { type: 'DURATION', value, range: null };
      const n = frame.n ?? (frame.unit === 'day' ? 7 : 3);
      const other = shiftDay(pub, frame.window === 'past' ? -n : n, frame.unit);
      const range = frame.window === 'past' ? { start: other, end: pub } : { start: pub, end: other };
      return { type: 'DURATION', value, range, precision: frame.n === null && frame.unit === 'day' ? 'days' : 'range' };
    }
  }
}

/** Day numbers of quarter `q` (or half `q` when `half`) of `y`. */
function quarterRange(y: number, q: number, half = false): { start: number; end: number } {
  const months = half ? 6 : 3;
  const start = dayNumber(y, (q - 1) * months + 1, 1);
  return { start, end: dayNumber(y, q * months + 1, 1) - 1 };
}

/**
 * A quarter: with its year as written; "last year's third quarter" by offset; a bare "third quarter" = the
 * publication year's (the year before in a past-tense clause when it has not begun yet); "the quarter" = the
 * quarter in focus, else the last full quarter before publication; "the current quarter" = the one containing
 * publication; "year-earlier" = a year before the one in focus; "the 1988 quarter" = the quarter in focus, in 1988.
 */
function quarterResolved(frame: Extract<Frame, { kind: 'quarter' }>, ctx: ResolveContext): Resolved {
  const p = fromDayNumber(ctx.published);
  let y: number;
  let q: number;
  if (frame.q === null && frame.current) {
    y = p.year;
    q = Math.ceil(p.month / 3);
  } else if (frame.q === null) {
    const focus = ctx.quarter ?? (p.month <= 3 ? { year: p.year - 1, q: 4 } : { year: p.year, q: Math.ceil(p.month / 3) - 1 });
    y = (frame.year ?? focus.year) + (frame.shiftYears ?? 0);
    q = focus.q;
  } else {
    q = frame.q;
    if (frame.shiftYears) y = (ctx.quarter?.year ?? p.year) + frame.shiftYears;
    else if (frame.year !== null) y = frame.year;
    else if (frame.yearOffset !== undefined) y = p.year + frame.yearOffset;
    else {
      // the publication year's quarter, unless a past-tense clause names one that has not begun yet
      y = ctx.tense === 'past' && quarterRange(p.year, q, frame.half).start > ctx.published ? p.year - 1 : p.year;
    }
  }
  const range = quarterRange(y, q, frame.half);
  return { type: 'DATE', value: `${String(y).padStart(4, '0')}-${frame.half ? 'H' : 'Q'}${q}`, range, precision: 'range' };
}

function deictic(frame: Extract<Frame, { kind: 'deictic' }>, ctx: ResolveContext): Resolved | null {
  const pub = ctx.published;
  const p = fromDayNumber(pub);
  switch (frame.unit) {
    case 'day':
      return day(pub + frame.offset, frame.tod);
    case 'week':
      return week(sundayOnOrBefore(pub) + 7 * frame.offset, frame.part, frame.side, pub, isoWeekValue(pub, frame.offset));
    case 'weekend': {
      const isSunday = weekdayOf(pub) === 0;
      let sat: number;
      if (frame.offset < 0) sat = weekdayNear(isSunday ? pub - 1 : pub, 6, 'before');
      else if (frame.offset > 0) sat = weekdayNear(pub, 6, 'after');
      else if (isSunday) sat = pub - 1;
      else sat = weekdayNear(pub, 6, ctx.tense === 'past' ? 'onOrBefore' : 'onOrAfter');
      return weekend(sat);
    }
    case 'month': {
      const r = month(p.year, p.month + frame.offset, frame.part);
      if (frame.side && r.range) {
        const range = frame.side === 'BEFORE'
          ? { start: r.range.start, end: Math.max(r.range.start, pub - 1) }
          : { start: Math.min(r.range.end, pub + 1), end: r.range.end };
        return { ...r, range, precision: 'part-of-month' };
      }
      return r;
    }
    case 'year': {
      const r = year(p.year + frame.offset, frame.part);
      if (frame.side && r.range) {
        const range = frame.side === 'BEFORE'
          ? { start: r.range.start, end: Math.max(r.range.start, pub - 1) }
          : { start: Math.min(r.range.end, pub + 1), end: r.range.end };
        return { ...r, range, precision: 'range' };
      }
      return r;
    }
  }
}

function anchored(frame: Extract<Frame, { kind: 'anchor' }>, ctx: ResolveContext): Resolved | null {
  const a = ctx.anchor ?? { start: ctx.published, end: ctx.published, precision: 'day' as Precision, value: isoOfDayNumber(ctx.published) };
  switch (frame.unit) {
    case 'day': {
      if (frame.offset === 0) {
        if (a.start === a.end) return day(a.start, frame.tod);
        return { type: 'DATE', value: a.value.replace(/T[A-Z]{2}$/, ''), range: { start: a.start, end: a.end }, precision: a.precision };
      }
      if (isCoarse(a)) {
        return { type: 'DATE', value: frame.offset > 0 ? 'FUTURE_REF' : 'PAST_REF', range: { start: a.start + frame.offset, end: a.end + frame.offset }, precision: 'range' };
      }
      return day(frame.offset > 0 ? a.end + frame.offset : a.start + frame.offset, frame.tod);
    }
    case 'week': {
      // "earlier in the week" = from the week's Sunday to the day before the anchor; "later that week" = after it
      const sunday = sundayOnOrBefore(a.start) + 7 * frame.offset;
      if (frame.side && frame.offset === 0) {
        const range = frame.side === 'BEFORE'
          ? { start: sunday, end: Math.max(sunday, a.start - 1) }
          : { start: Math.min(sunday + 6, a.end + 1), end: sunday + 6 };
        return { type: 'DATE', value: isoWeekValue(a.start), range, precision: 'week' };
      }
      return week(sunday, undefined, undefined, undefined, isoWeekValue(a.start, frame.offset));
    }
    case 'weekend':
      return weekend(weekdayNear(a.start, 6, 'onOrAfter') + 7 * frame.offset);
    case 'month': {
      const y = fromDayNumber(a.start);
      return month(y.year, y.month + frame.offset);
    }
    case 'year':
      return year(fromDayNumber(a.start).year + frame.offset);
  }
}
