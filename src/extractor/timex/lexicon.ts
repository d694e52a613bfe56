/** Word lists shared by the temporal recognisers: months, weekdays, number words, units. */

/** Month name or abbreviation (lower case, without a period) → 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Weekday name → 0 (Sunday) … 6 (Saturday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Number words used in durations and offsets. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100,
};

/** Calendar units a duration or offset can be counted in. */
export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** Time-of-day words → TIMEX3 part-of-day suffix. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI',
};

// Regular-expression sources (no nested quantifiers: every recogniser stays linear).
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
export const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
export const NUMBER_RE =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\\s+few|few|several|many|a\\s+couple\\s+of|a\\s+couple|couple\\s+of)';
export const UNIT_RE = '(?:minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))';

/** Parses a number word or digits; null for vague quantities ("a few", "several"). */
export function parseQuantity(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a couple of' || w === 'a couple' || w === 'couple of') return 2;
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(w);
  if (compound) {
    const tens = NUMBER_WORDS[compound[1] ?? ''];
    const ones = NUMBER_WORDS[compound[2] ?? ''];
    return tens !== undefined && ones !== undefined && tens >= 20 && ones < 10 ? tens + ones : null;
  }
  const n = NUMBER_WORDS[w];
  return n === undefined ? null : n;
}

/** Normalises a unit word ("Months", "centuries") to a {@link Unit}; a fortnight counts as a week here (see {@link countOf}). */
export function parseUnit(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  if (w.startsWith('fortnight')) return 'week';
  return w.replace(/s$/, '') as Unit;
}

/** A quantity of a unit word: "a fortnight" is two weeks; vague quantities stay null. */
export function countOf(quantity: number | null, unitWord: string): number | null {
  return quantity !== null && unitWord.toLowerCase().startsWith('fortnight') ? quantity * 2 : quantity;
}
