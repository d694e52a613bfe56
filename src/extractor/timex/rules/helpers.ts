/** Shared helpers of the temporal recognisers. */
import type { Candidate, Frame, Rel, Season } from '../frames';
import { MONTHS, PARTS_OF_DAY } from '../lexicon';
import type { Part } from '../partOfMonth';

export type Build = (m: RegExpExecArray, text: string) => Candidate | null;
/** A recogniser: a global regular expression and a builder that checks a match and gives its meaning. */
export interface Rule {
  re: RegExp;
  build: Build;
}

export const PART_WORDS: Readonly<Record<string, Part>> = {
  early: 'START', mid: 'MID', late: 'END', beginning: 'START', start: 'START', middle: 'MID', end: 'END',
  earlier: 'START', later: 'END',
};
/** Holidays on a fixed day: name → [month, day]. */
export const HOLIDAYS: Readonly<Record<string, [number, number]>> = {
  'christmas eve': [12, 24], 'christmas day': [12, 25], christmas: [12, 25], "new year's eve": [12, 31],
  "new year's day": [1, 1], 'independence day': [7, 4], "valentine's day": [2, 14], halloween: [10, 31],
};
export const SEASONS: Readonly<Record<string, Season>> = { winter: 'WI', spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA' };
export const PREPOSITIONS = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'through', 'to', 'during', 'of', 'before', 'after', 'between',
  'and', 'or', 'late', 'early', 'mid', 'last', 'next', 'this', 'on', 'throughout', 'into', 'until', 'for',
]);
/** Words that make a capitalised weekday part of a proper name ("Bloody Sunday", "The Sunday Times"). */
export const NAME_BEFORE = new Set(['bloody', 'super', 'black', 'good', 'easter', 'palm', 'holy', 'ash', 'cyber', 'maundy', 'shrove', 'great', 'giving', 'manic', 'blue']);
/** Count nouns after a number between 1800 and 2099 that show it is a quantity, not a year. */
export const COUNT_NOUNS = new Set(
  ('people persons troops soldiers men women children refugees dollars euros yuan rubles roubles pounds tons tonnes km ' +
    'kilometers kilometres miles meters metres feet votes cases deaths times words pages units tanks missiles companies ' +
    'members employees students residents workers points barrels acres hectares ships aircraft planes jets vehicles ' +
    'shares signatures delegates participants hours days years calories pieces rounds copies officers police protesters ' +
    'civilians casualties sanctions staff seats kg kilograms pounds percent').split(' '),
);

export function partOf(word: string | undefined): Part | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/^the\s+/, '').replace(/\s+of$/, '');
  return PART_WORDS[w];
}

export function relOf(word: string | undefined): Rel | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w === 'last' || w === 'past') return 'last';
  if (w === 'next' || w === 'coming') return 'next';
  if (w === 'this') return 'this';
  return undefined;
}

export function offsetOf(word: string): number {
  const w = word.toLowerCase();
  return w === 'last' || w === 'past' || w === 'previous' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
}

export function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

export function previousWord(text: string, index: number): string {
  const m = /([A-Za-z]+)[^A-Za-z\n]{0,3}$/.exec(text.slice(Math.max(0, index - 24), index));
  return m?.[1] ?? '';
}

export function nextWord(text: string, index: number): string {
  const m = /^[ \t]{1,3}([A-Za-z][A-Za-z'’-]*)/.exec(text.slice(index, index + 40));
  return m?.[1] ?? '';
}

export function isCapitalised(word: string): boolean {
  return /^[A-Z][a-z]/.test(word);
}

export function span(m: RegExpExecArray, frame: Frame, trimEnd = 0): Candidate {
  return { start: m.index, end: m.index + m[0].length - trimEnd, frame };
}

export function yearOf(s: string | undefined): number | null {
  return s ? Number(s) : null;
}

export function todOf(word: string | undefined): string | undefined {
  return word ? PARTS_OF_DAY[word.toLowerCase()] : undefined;
}

/** `{ key: value }` when value is defined, else `{}` (for exactOptionalPropertyTypes). */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export const NUM_DATE_GUARD = /[\d.,/:$£€-]/;
