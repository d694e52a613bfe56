/** A half-open `[start, end)` span of string indices. */
export interface TextSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'prof', 'lt', 'col', 'capt', 'sgt',
  'maj', 'adm', 'rev', 'hon', 'pres', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'mt', 'ft', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k', 'e.u', 'a.m',
  'p.m', 'i.e', 'e.g', 'approx', 'dept', 'est', 'fig', 'govt',
]);

/**
 * Splits text into sentence spans (offsets into `text`): a line break always ends a sentence;
 * `.`, `!` or `?` ends one when followed by white space and not preceded by a known
 * abbreviation ("Mr.", "Nov.", "U.S.") or a single initial.
 */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  const boundary = /\n|[.!?]+["'”’)\]]*(?=\s)/g;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && m[0][0] === '.') {
      const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, m.index - 12), m.index));
      const word = before?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word.replace(/^\.+/, '')) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word)) {
        continue;
      }
    }
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
