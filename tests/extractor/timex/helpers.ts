import { findTimexes, type TemporalOptions } from '../../../src/extractor/timex/index';
import type { Timex } from '../../../src/lib/model/extraction';

/** The timex whose text is exactly `phrase` (the n-th such, 0-based); fails the test when absent. */
export function timexOf(text: string, published: string, phrase: string, n = 0, options?: TemporalOptions): Timex {
  const found = findTimexes(text, published, options).filter((t) => t.text === phrase);
  const t = found[n];
  if (!t) {
    const all = findTimexes(text, published, options).map((x) => x.text);
    throw new Error(`no timex "${phrase}" in ${JSON.stringify(text)}; found ${JSON.stringify(all)}`);
  }
  return t;
}

/** The `[start, end]` range of the timex for `phrase`. */
export function rangeOf(text: string, published: string, phrase: string, n = 0): [string, string] | null {
  const r = timexOf(text, published, phrase, n).range;
  return r ? [r.start, r.end] : null;
}

/** Texts of all timexes found. */
export function texts(text: string, published: string, options?: TemporalOptions): string[] {
  return findTimexes(text, published, options).map((t) => t.text);
}

/** A news passage with the resolved range expected for each of its date expressions. */
export interface ScoredPassage {
  published: string;
  text: string;
  /** [expression, occurrence (0-based), start, end] */
  expect: [string, number, string, string][];
}

/** How many expected expressions resolve to exactly the expected day range, with a line per miss. */
export function scorePassages(docs: readonly ScoredPassage[]): { total: number; right: number; misses: string[] } {
  let total = 0;
  let right = 0;
  const misses: string[] = [];
  for (const doc of docs) {
    const timexes = findTimexes(doc.text, doc.published);
    for (const [phrase, occurrence, start, end] of doc.expect) {
      total++;
      const t = timexes.filter((x) => x.text === phrase)[occurrence];
      if (t?.range?.start === start && t.range.end === end) right++;
      else misses.push(`${doc.published} "${phrase}"#${occurrence}: expected ${start}..${end}, got ${t?.range ? `${t.range.start}..${t.range.end}` : 'nothing'}`);
    }
  }
  return { total, right, misses };
}
