/**
 * Display-only reflow of hard-wrapped prose for the source reader. Pure; never changes the data.
 *
 * A text is hard-wrapped when most of its line breaks fall mid-sentence (the line ends without
 * terminal punctuation). In such a text a single line break becomes a space; a blank line stays a
 * paragraph break; and, when the text has no blank lines at all, a line that ends a sentence
 * followed by a line starting in upper case (or with a quote mark) is kept as a paragraph break.
 * Texts that are not hard-wrapped come back unchanged.
 *
 * Only "\n" characters are replaced, one for one by " ", so the result has the same length as
 * the input and every offset into the text stays valid.
 */

/** A line ends a sentence: terminal punctuation, optionally followed by closing quotes/brackets. */
const ENDS_SENTENCE = /[.!?…:]["'”’)\]]*\s*$/;
/** A line starts a new paragraph-like unit: upper-case letter, digit, quote mark or bullet. */
const STARTS_NEW = /^\s*["'“‘([•\-–—]*[\p{Lu}\d]/u;

/** Fewer line pairs than this: too little evidence, the text is left as is. */
const MIN_PAIRS = 3;

/** True when most line breaks between two non-blank lines fall mid-sentence. */
export function isHardWrapped(text: string): boolean {
  const lines = text.split('\n');
  let pairs = 0;
  let midSentence = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.trim() === '' || b.trim() === '') continue;
    pairs++;
    if (!ENDS_SENTENCE.test(a)) midSentence++;
  }
  return pairs >= MIN_PAIRS && midSentence * 2 > pairs;
}

/** The text to display: hard-wrapped prose reflowed into paragraphs, same length as `text`. */
export function reflowText(text: string): string {
  if (!isHardWrapped(text)) return text;
  const lines = text.split('\n');
  const hasBlankLines = lines.some((l, i) => i > 0 && i < lines.length - 1 && l.trim() === '');
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out += line;
    if (i + 1 === lines.length) break;
    const next = lines[i + 1]!;
    const blank = line.trim() === '' || next.trim() === '';
    const paragraph = blank || (!hasBlankLines && ENDS_SENTENCE.test(line) && STARTS_NEW.test(next));
    out += paragraph ? '\n' : ' ';
  }
  return out;
}
