/**
 * Finds multi-word surface forms (names, aliases, country forms) in a token stream in linear time:
 * forms are indexed by their first token; the longest match at a position wins.
 * Upper-case letters in a form must match exactly; lower-case form tokens ("the") match any case.
 */
import { isNameGap, tokenize, type Token } from './tokens';

/** A match of one form over tokens `[first, last]`. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  first: number;
  last: number;
  value: T;
}

interface Entry<T> {
  tokens: string[];
  value: T;
}

/** A dictionary of surface forms → values. */
export class PhraseMatcher<T> {
  private readonly index = new Map<string, Entry<T>[]>();

  /** Adds a surface form; forms with no word characters are ignored. */
  add(form: string, value: T): void {
    // an acronym also matches its dotted spelling and vice versa ("CIA" / "C.I.A.")
    if (/^\p{Lu}{2,5}$/u.test(form)) this.addTokens([...form], value);
    const dotted = /^(?:\p{Lu}\.){2,5}$/u.test(form) ? form.replace(/\./g, '') : null;
    if (dotted) this.addTokens([dotted], value);
    this.addTokens(tokenize(form).map((t) => t.text), value);
  }

  private addTokens(tokens: string[], value: T): void {
    const head = tokens[0];
    if (head === undefined) return;
    const key = head.toLowerCase();
    const list = this.index.get(key) ?? [];
    list.push({ tokens, value });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.index.set(key, list);
  }

  /** A dot between two tokens is only allowed after a short token ("Mr.", "U.", "Gen."). */
  private static gapOk(text: string, a: Token, b: Token): boolean {
    if (!isNameGap(text, a.end, b.start)) return false;
    return a.text.length <= 3 || !text.slice(a.end, b.start).includes('.');
  }

  private static same(formToken: string, textToken: string): boolean {
    if (formToken === textToken) return true;
    return formToken === formToken.toLowerCase() && formToken === textToken.toLowerCase();
  }

  /**
   * Matches a form starting at token `i`, longest first. Inside multi-word forms a single-letter
   * middle initial in the text is skipped ("Antony J. Blinken" matches "Antony Blinken").
   */
  matchAt(text: string, tokens: Token[], i: number, accept?: (value: T) => boolean, lastToken = tokens.length - 1): PhraseMatch<T> | null {
    const t = tokens[i];
    if (!t) return null;
    const list = this.index.get(t.text.toLowerCase());
    if (!list) return null;
    for (const entry of list) {
      if (accept && !accept(entry.value)) continue;
      if (i + entry.tokens.length - 1 > lastToken) continue;
      let j = i;
      let ok = true;
      for (let k = 0; k < entry.tokens.length; k++, j++) {
        const ft = entry.tokens[k] ?? '';
        let tok = tokens[j];
        if (k > 0 && tok && !PhraseMatcher.same(ft, tok.text) && /^\p{Lu}$/u.test(tok.text) && ft.length > 1) {
          const after = tokens[j + 1];
          if (after && PhraseMatcher.same(ft, after.text) && isNameGap(text, tok.end, after.start)) {
            if (!isNameGap(text, (tokens[j - 1] as Token).end, tok.start)) {
              ok = false;
              break;
            }
            j++;
            tok = after;
          }
        }
        if (!tok || !PhraseMatcher.same(ft, tok.text)) {
          ok = false;
          break;
        }
        if (k > 0 && !PhraseMatcher.gapOk(text, tokens[j - 1] as Token, tok)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        const last = tokens[j - 1] as Token;
        return { start: t.start, end: last.end, first: i, last: j - 1, value: entry.value };
      }
    }
    return null;
  }

  /** All non-overlapping matches, scanning left to right. */
  findAll(text: string, tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const m = this.matchAt(text, tokens, i);
      if (m) {
        out.push(m);
        i = m.last;
      }
    }
    return out;
  }
}
