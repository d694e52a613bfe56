import { normalizeQuote, normalizeWhitespace } from '../../src/lib/compile/normalizeWhitespace';

describe('normalizeWhitespace(text)', () => {
  it('collapses each whitespace run to one space and maps every character back', () => {
    const n = normalizeWhitespace('a \n\tb\u00a0c');
    expect(n.text).toBe('a b c');
    expect(n.map).toEqual([0, 1, 4, 5, 6]);
  });

  it('keeps leading and trailing runs as one space', () => {
    expect(normalizeWhitespace('\n\n x \n').text).toBe(' x ');
  });
});

describe('normalizeQuote(quote)', () => {
  it('collapses and trims', () => {
    expect(normalizeQuote('  Mr. Xi\n  said ')).toBe('Mr. Xi said');
  });
});
