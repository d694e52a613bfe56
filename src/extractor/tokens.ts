/** Word tokens with offsets: maximal runs of letters, marks and digits. */
import type { Span } from '../lib/model/types';

/** One word token of a text. */
export interface Token extends Span {
  text: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Splits `text` into word tokens (linear time). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** Whether the characters between two tokens are a plausible in-name gap (space, dot, hyphen, apostrophe). */
export function isNameGap(text: string, from: number, to: number): boolean {
  if (to - from > 3 || to < from) return false;
  return /^[\s.\-'’]*$/.test(text.slice(from, to));
}
