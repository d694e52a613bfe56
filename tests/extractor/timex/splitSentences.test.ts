import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extractor/timex/splitSentences';

describe('splitSentences(text)', () => {
  it('splits at sentence ends but not after abbreviations', () => {
    const text = 'Mr. Li met U.S. officials on Nov. 15 in Lima. They talked. A deal followed!';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end).trim());
    expect(parts).toEqual(['Mr. Li met U.S. officials on Nov. 15 in Lima.', 'They talked.', 'A deal followed!']);
  });
  it('a line break ends a sentence', () => {
    const text = 'Headline without period\nBody text.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(['Headline without period', 'Body text.']);
  });
  it('spans cover the text in order', () => {
    const text = 'One. Two? Three';
    const spans = splitSentences(text);
    expect(spans[0]?.start).toBe(0);
    expect(spans.at(-1)?.end).toBe(text.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.start).toBe(spans[i - 1]?.end);
  });
});
