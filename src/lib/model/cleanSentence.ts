/**
 * A cited sentence cleaned for display as an event's summary: whitespace runs (hard wraps) become one space,
 * a leading dateline ("WASHINGTON, May 24 (Reuters) -") and stray wrapping quotes are dropped. The words are
 * the source's own; nothing is paraphrased.
 */
// EXAMPLE: "GENEVA, Jan. 21 (Reuters) - Blinken met\nLavrov." → "Blinken met Lavrov."
const DATELINE = /^[A-Z][A-Z .'’-]{1,40}(?:\s*\([^)]{1,30}\))?,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s*/;

/** The sentence as a summary (see the module comment). */
export function cleanSentence(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim().replace(DATELINE, '');
  if (/^["“]/.test(t) && !/["”]/.test(t.slice(1))) t = t.slice(1);
  if (/["”]$/.test(t) && !/["“]/.test(t.slice(0, -1))) t = t.slice(0, -1);
  return t.charAt(0).toUpperCase() + t.slice(1);
}
