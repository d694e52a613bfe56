import fc from 'fast-check';
import { normalizeWhitespace } from '../../src/lib/compile/normalizeWhitespace';
import { describeQuoteFailure, findQuoteSpans, resolveQuote } from '../../src/lib/compile/resolveQuote';

const TEXT = 'WASHINGTON — Over three months,\nsenior officials held half a dozen  urgent meetings\nwith top officials. Senior officials\tsaid so.';

describe('resolveQuote(source, quote, occurrence?)', () => {
  const norm = normalizeWhitespace(TEXT);

  it('finds a quote that a hard line break splits in the text', () => {
    const r = resolveQuote(norm, 'three months, senior officials held');
    expect(r.ok && TEXT.slice(r.span.start, r.span.end)).toBe('three months,\nsenior officials held');
  });

  it('lets a line break in the quote match a run of spaces in the text', () => {
    const r = resolveQuote(norm, 'half a dozen\nurgent meetings');
    expect(r.ok && TEXT.slice(r.span.start, r.span.end)).toBe('half a dozen  urgent meetings');
  });

  it('trims whitespace around the quote so the span starts and ends on text', () => {
    const r = resolveQuote(norm, '  urgent meetings\n');
    expect(r.ok && TEXT.slice(r.span.start, r.span.end)).toBe('urgent meetings');
  });

  it('is case-sensitive and does not match a different word', () => {
    expect(resolveQuote(norm, 'washington')).toEqual({ ok: false, failure: { kind: 'not-found' } });
    expect(resolveQuote(norm, 'threemonths')).toEqual({ ok: false, failure: { kind: 'not-found' } });
  });

  it('reports an ambiguous quote with its count, and resolves it with occurrence', () => {
    expect(resolveQuote(norm, 'officials')).toEqual({ ok: false, failure: { kind: 'ambiguous', count: 3 } });
    const second = resolveQuote(norm, 'officials', 2);
    expect(second.ok && second.span.start).toBe(TEXT.indexOf('officials', TEXT.indexOf('officials') + 1));
  });

  it('accepts occurrence 1 for a quote that occurs once', () => {
    const r = resolveQuote(norm, 'WASHINGTON', 1);
    expect(r).toEqual({ ok: true, span: { start: 0, end: 10 } });
  });

  it('rejects an occurrence out of range and an empty quote', () => {
    expect(resolveQuote(norm, 'officials', 4)).toEqual({ ok: false, failure: { kind: 'occurrence-out-of-range', count: 3, occurrence: 4 } });
    expect(resolveQuote(norm, 'officials', 0)).toEqual({ ok: false, failure: { kind: 'occurrence-out-of-range', count: 3, occurrence: 0 } });
    expect(resolveQuote(norm, ' \n ')).toEqual({ ok: false, failure: { kind: 'empty' } });
  });

  it('counts overlapping occurrences', () => {
    expect(findQuoteSpans(normalizeWhitespace('aaaa'), 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
      { start: 2, end: 4 },
    ]);
  });

  it('handles non-BMP characters and CJK text by string index', () => {
    const text = '😀 習近平\n主席 said';
    const r = resolveQuote(normalizeWhitespace(text), '習近平 主席');
    expect(r.ok && text.slice(r.span.start, r.span.end)).toBe('習近平\n主席');
  });

  it('runs in linear time on a pathological input', () => {
    const text = `${'a '.repeat(200_000)}b`;
    const t0 = performance.now();
    const r = resolveQuote(normalizeWhitespace(text), 'a a a a b');
    expect(r.ok && r.span.end).toBe(text.length);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('property: any substring, re-spaced, resolves to a span whose slice equals it up to whitespace', () => {
    const chars = fc.constantFrom('a', 'b', 'c', ' ', '\n', '\t', '—', '習');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), fc.nat(), fc.nat(), (text, i, j) => {
        const from = i % (text.length + 1);
        const to = from + (j % (text.length - from + 1));
        const piece = text.slice(from, to);
        const quote = piece.replace(/\s+/g, '\n ');
        const norm = normalizeWhitespace(text);
        const spans = findQuoteSpans(norm, quote);
        const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
        if (squash(piece) === '') return spans.length === 0;
        return spans.length >= 1 && spans.every((s) => squash(text.slice(s.start, s.end)) === squash(piece) && !/^\s|\s$/.test(text.slice(s.start, s.end)));
      }),
    );
  });
});

describe('describeQuoteFailure(failure, sourceId)', () => {
  it('says how to fix an ambiguous quote', () => {
    expect(describeQuoteFailure({ kind: 'ambiguous', count: 2 }, 'scmp')).toBe('ambiguous (found 2 times in source "scmp"; add occurrence)');
    expect(describeQuoteFailure({ kind: 'not-found' }, 'scmp')).toBe('not found in source "scmp"');
    expect(describeQuoteFailure({ kind: 'occurrence-out-of-range', count: 1, occurrence: 2 }, 'scmp')).toBe('occurrence 2 out of range (found 1 time in source "scmp")');
  });
});
