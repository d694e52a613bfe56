import type { Unit } from './lexicon';
import type { Part } from './partOfMonth';

/** "earlier this month" (`BEFORE` the reference day) or "later this year" (`AFTER` it). */
export type Side = 'BEFORE' | 'AFTER';
/** Meteorological seasons; TIMEX3 codes `WI`, `SP`, `SU`, `FA`. */
export type Season = 'WI' | 'SP' | 'SU' | 'FA';
/** A deictic modifier: "last", "this", "next". */
export type Rel = 'last' | 'this' | 'next';
/** TIMEX3 part-of-day code: `MO`, `AF`, `EV`, `NI`. */
export type PartOfDay = string;

/**
 * What a recognised expression means, before it is placed on the calendar.
 * `null` quantities are vague ("a few", "several", "days").
 */
export type Frame =
  | { kind: 'absDate'; year: number | null; month: number; day: number; endDay?: number; endMonth?: number; weekday?: number; tod?: PartOfDay }
  | { kind: 'anchorWeekday'; weekday: number; dir: 1 | -1; tod?: PartOfDay }
  | { kind: 'month'; month: number; year: number | null; yearOffset?: number; rel?: Rel; part?: Part; days?: [number, number | null] }
  | { kind: 'nthWeekday'; year: number | null; month: number; weekday: number; nth: number }
  | { kind: 'yearSpan'; year: number | null; yearOffset: number; fromMonth: number; toMonth: number; mod?: Part }
  | { kind: 'year'; year: number; part?: Part; decade?: boolean }
  | { kind: 'deictic'; unit: 'day' | 'week' | 'weekend' | 'month' | 'year'; offset: number; part?: Part; side?: Side; tod?: PartOfDay; tensed?: boolean }
  | { kind: 'weekday'; weekday: number; rel?: Rel; weekOffset?: number; tod?: PartOfDay; part?: Part }
  | { kind: 'season'; season: Season; rel?: Rel; year: number | null; part?: Part }
  | { kind: 'ago'; n: number | null; unit: Unit; dir: 1 | -1 }
  | { kind: 'window'; unit: Unit; dir: 1 | -1 }
  | { kind: 'shift'; n: number | null; unit: Unit; dir: 1 | -1 }
  | { kind: 'anchor'; unit: 'day' | 'week' | 'weekend' | 'month' | 'year'; offset: number; tod?: PartOfDay; side?: Side }
  | { kind: 'sameAsAnchor' }
  | { kind: 'duration'; n: number | null; unit: Unit; window?: 'past' | 'next' }
  /** "now", "currently" (PRESENT_REF), "recently" (PAST_REF), "soon" (FUTURE_REF). */
  | { kind: 'ref'; ref: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  /**
   * A quarter ("the third quarter of 1989", "fourth-quarter") or a half (`half: true`, q = 1 or 2). q null = the
   * quarter in focus ("the quarter", "the latest quarter"); `shiftYears` = -1 for "the year-earlier quarter".
   */
  | { kind: 'quarter'; q: number | null; year: number | null; yearOffset?: number; half?: boolean; shiftYears?: number; current?: boolean }
  /** A recurring time: TIMEX3 SET value ("every week" = P1W, "each Thursday" = XXXX-WXX-4). */
  | { kind: 'set'; value: string }
  /** A clock time ("1 p.m.", "noon"); `day` is the day it names ("9 a.m. Tuesday"), else the day in focus. */
  | { kind: 'clock'; hour: number; minute: number; day?: Frame };

/** A recognised expression: its span in the text and its meaning. */
export interface Candidate {
  start: number;
  end: number;
  frame: Frame;
}
