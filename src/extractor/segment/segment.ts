/**
 * Paragraph and sentence segmentation with offsets into the original text.
 *
 * Rules (general English news conventions):
 * - A blank line always ends a paragraph.
 * - A text is "hard-wrapped" when many line breaks fall inside sentences (see `isHardWrapped`); there a
 *   line break that does not follow terminal punctuation continues the sentence. In texts with one paragraph
 *   per line, every line break ends a paragraph.
 * - A sentence ends at `.`, `!` or `?` (plus closing quotes/brackets) followed by whitespace and an
 *   upper-case letter, digit or opening quote — except after titles ("Mr.", "Gen."), initials ("J."),
 *   month abbreviations followed by a number ("Nov. 15") and dotted acronyms ("U.S.", "a.m.") unless the
 *   next word is a typical sentence opener ("The", "But", "He"…).
 */
import type { Span } from '../../lib/model/types';

/** A paragraph or sentence: a trimmed span of the text. */
export interface Segment extends Span {
  /** Index of the paragraph the segment belongs to (for sentences). */
  paragraph: number;
}

/** The segmentation of one text. */
export interface Segmentation {
  paragraphs: Segment[];
  sentences: Segment[];
  /** True when line breaks inside paragraphs are soft (hard-wrapped text). */
  hardWrapped: boolean;
}

/** Abbreviations that never end a sentence (titles and the like). */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'lt', 'col', 'gov', 'prof', 'capt', 'sgt', 'adm', 'maj',
  'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'cmdr', 'cpl', 'pvt', 'amb', 'messrs', 'mt', 'ft', 'vs', 'etc', 'e.g', 'i.e',
  'no', 'nos', 'vol', 'art', 'fig', 'approx', 'dept', 'est', 'corp', 'inc', 'ltd', 'co',
]);
/** Abbreviations that end a sentence unless a number follows ("Nov. 15"). */
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Words that typically open a sentence; after an acronym such as "U.S." they signal a boundary. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'these',
  'those', 'there', 'his', 'her', 'its', 'their', 'our', 'after', 'before', 'when', 'while', 'as', 'for', 'some', 'many',
  'according', 'however', 'meanwhile', 'still', 'yet', 'so', 'if', 'since', 'during', 'earlier', 'later', 'officials',
]);

const TERMINAL = /[.!?]/;
const CLOSERS = '"”’\')]»';
const OPENERS = '"“‘\'([«';

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);
}

const FUNCTION_WORD_END = /(?:^|\s)(?:the|a|an|of|to|and|or|in|on|with|for|that|by|from|at|as|but|his|her|their|its)$/i;

/**
 * Whether `text` is hard-wrapped: at least two, and at least 30%, of the line breaks between non-blank
 * lines fall inside a sentence (the line ends without terminal punctuation and the next line starts in
 * lower case, or the line ends with a comma or a function word).
 */
function isHardWrapped(text: string): boolean {
  const lines = text.split('\n');
  let pairs = 0;
  let continuations = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = (lines[i] ?? '').trim();
    const b = (lines[i + 1] ?? '').trim();
    if (!a || !b) continue;
    pairs++;
    if (isContinuation(a, b)) continuations++;
  }
  return continuations >= 2 && continuations >= 0.3 * pairs;
}

/** Whether the break between trimmed lines `a` and `b` falls inside a sentence. */
function isContinuation(a: string, b: string): boolean {
  if (!a || !b || endsWithTerminal(a)) return false;
  const next = b[0] ?? '';
  return (isLetter(next) && !isUpper(next)) || /[,;]$/.test(a) || FUNCTION_WORD_END.test(a);
}

/** Trims whitespace off both ends of `[start, end)`; returns null when nothing is left. */
function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

/** Whether a line (already trimmed) ends like a finished sentence. */
export function endsWithTerminal(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.includes(line[i] ?? '')) i--;
  return i >= 0 && TERMINAL.test(line[i] ?? '');
}

/** Splits `text` into paragraphs. */
function findParagraphs(text: string, hardWrapped: boolean): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const s = trimSpan(text, start, end);
    if (s) spans.push(s);
  };
  let lineStart = 0;
  // in hard-wrapped text, lines at the top of a block before its first wrapped line break (headline,
  // byline, dateline) stand alone
  let leading = true;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const line = text.slice(lineStart, i);
    const blank = line.trim() === '';
    if (blank) {
      push(lineStart);
      start = i + 1;
      leading = true;
    } else if (!hardWrapped) {
      push(i);
      start = i + 1;
    } else if (leading) {
      const nextEnd = text.indexOf('\n', i + 1);
      const next = text.slice(i + 1, nextEnd < 0 ? text.length : nextEnd).trim();
      if (isContinuation(line.trim(), next)) leading = false;
      else if (!endsWithTerminal(line.trim())) {
        push(i);
        start = i + 1;
      }
    }
    lineStart = i + 1;
  }
  push(text.length);
  return spans;
}

/** The word (letters and inner dots) immediately before position `dot` (which holds a '.'). */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot - 1;
  while (i >= floor && (isWordChar(text[i]) || text[i] === '.')) i--;
  return text.slice(i + 1, dot);
}

/** The next word starting at `pos`. */
function wordAt(text: string, pos: number, limit: number): string {
  let i = pos;
  while (i < limit && isWordChar(text[i])) i++;
  return text.slice(pos, i);
}

/** Decides whether the terminal mark at `i` (after closers up to `j`) ends a sentence; `next` = first char of the next word. */
function isBoundary(text: string, i: number, next: number, floor: number, limit: number): boolean {
  const mark = text[i];
  const nextCh = text[next] ?? '';
  const caseless = /\p{L}/u.test(nextCh) && !isLetter(nextCh);
  if (!(isUpper(nextCh) || /\p{N}/u.test(nextCh) || OPENERS.includes(nextCh) || caseless)) return false;
  if (mark !== '.') return true;
  if (text[i - 1] === '.') return true; // ellipsis
  const word = wordBefore(text, i, floor);
  const lower = word.toLowerCase();
  const nextWord = wordAt(text, next, limit);
  const opener = SENTENCE_OPENERS.has(nextWord.toLowerCase());
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (MONTH_ABBREVIATIONS.has(lower)) return !/^\d/.test(nextWord);
  // single initial "J." (a capital letter standing alone)
  if (word.length === 1 && isUpper(word)) return false;
  // dotted acronym: U.S., U.N., C.I.A., a.m., p.m.
  if (word.includes('.')) return opener;
  return true;
}

/** Splits one paragraph span into sentence spans. */
function splitSentences(text: string, para: Span, hardWrapped: boolean, out: Span[]): void {
  let start = para.start;
  const limit = para.end;
  for (let i = para.start; i < limit; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n' && !hardWrapped) {
      // defensive: paragraphs in unwrapped text are single lines
      continue;
    }
    if (!TERMINAL.test(ch)) continue;
    let j = i + 1;
    while (j < limit && (TERMINAL.test(text[j] ?? '') || CLOSERS.includes(text[j] ?? ''))) j++;
    if (j >= limit) break;
    if (!/\s/.test(text[j] ?? '')) continue;
    let k = j;
    while (k < limit && /\s/.test(text[k] ?? '')) k++;
    if (k >= limit) break;
    // a parenthetical right after a sentence and closing its line belongs to it: ". (Nour News via AP)\n"
    if (text[k] === '(') {
      const close = text.indexOf(')', k);
      const nl = text.indexOf('\n', k);
      if (close > 0 && close - k < 80 && (nl < 0 || close < nl) && /^[ \t]*(?:\n|$)/.test(text.slice(close + 1, close + 3))) {
        const s = trimSpan(text, start, close + 1);
        if (s) out.push(s);
        start = close + 1;
        i = close;
        continue;
      }
    }
    if (isBoundary(text, i, k, para.start, limit)) {
      const s = trimSpan(text, start, j);
      if (s) out.push(s);
      start = k;
      i = k - 1;
    }
  }
  const s = trimSpan(text, start, limit);
  if (s) out.push(s);
}

/** Segments `text` into paragraphs and sentences. Linear in the length of the text. */
export function segment(text: string): Segmentation {
  const hardWrapped = isHardWrapped(text);
  const paraSpans = findParagraphs(text, hardWrapped);
  const paragraphs: Segment[] = paraSpans.map((p, index) => ({ ...p, paragraph: index }));
  const sentences: Segment[] = [];
  paragraphs.forEach((p, index) => {
    const spans: Span[] = [];
    splitSentences(text, p, hardWrapped, spans);
    for (const s of spans) sentences.push({ ...s, paragraph: index });
  });
  return { paragraphs, sentences, hardWrapped };
}
