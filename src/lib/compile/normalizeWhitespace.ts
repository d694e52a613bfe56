/** A whitespace-collapsed copy of a text with a map back to the original string indices. */
export interface NormalizedText {
  /** The text with every run of whitespace replaced by one space. */
  text: string;
  /** `map[i]` is the index in the original text of `text[i]` (for a collapsed run: its first character). */
  map: number[];
  /** The original text. */
  original: string;
}

const WS = /\s/;

/** Collapses every run of whitespace (spaces, tabs, newlines, NBSP…) to one space, in linear time. */
export function normalizeWhitespace(original: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let inRun = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] as string;
    if (WS.test(ch)) {
      if (!inRun) {
        text += ' ';
        map.push(i);
        inRun = true;
      }
    } else {
      text += ch;
      map.push(i);
      inRun = false;
    }
  }
  return { text, map, original };
}

/** Collapses whitespace runs in a quote and trims it, so it can be searched in a {@link NormalizedText}. */
export function normalizeQuote(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}
