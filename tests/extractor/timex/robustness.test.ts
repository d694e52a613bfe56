import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../src/extractor/timex/index';
import type { Timex } from '../../../src/lib/model/extraction';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function checkInvariants(text: string, timexes: Timex[]): void {
  let last = 0;
  for (const t of timexes) {
    expect(t.start).toBeGreaterThanOrEqual(last);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(t.text).toBe(text.slice(t.start, t.end));
    if (t.range) {
      expect(t.range.start).toMatch(ISO);
      expect(t.range.end).toMatch(ISO);
      expect(t.range.start <= t.range.end).toBe(true);
    }
    last = t.end;
  }
}

// Words that make the recognisers fire, mixed into random Unicode.
const temporalWord = fc.constantFrom(
  'Monday', 'May', 'March 3', 'Nov. 15, 2021', 'late', 'last week', 'the same day', 'Days later', '2014', '06.11.2021',
  'three months', 'the winter', 'will', 'said', ',', '.', '\n', ' ', 'mid-', 'earlier this month', '–', '’s', '12/31/2021',
);

describe('findTimexes — robustness', () => {
  it('never throws on random Unicode and keeps every offset inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkInvariants(text, findTimexes(text, '2022-02-26'));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random mixes of temporal words and Unicode; spans are sorted and disjoint', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(temporalWord, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        checkInvariants(text, findTimexes(text, '2024-02-29'));
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty text and rejects an invalid publication date with a clear message', () => {
    expect(findTimexes('', '2022-02-26')).toEqual([]);
    expect(() => findTimexes('On Monday.', '2022-02-30')).toThrow(/published must be a real date written YYYY-MM-DD, got "2022-02-30"/);
  });

  it('processes 1 MB of text in bounded time, finding ten times what 100 KB holds', () => {
    const para = 'The envoys met on Monday. A week later, talks resumed in late January and will end next month. ';
    const small = para.repeat(Math.ceil(100_000 / para.length));
    const big = small.repeat(10);
    const nSmall = findTimexes(small, '2022-02-26').length;
    const t0 = performance.now();
    const nBig = findTimexes(big, '2022-02-26').length;
    const ms = performance.now() - t0;
    expect(nBig).toBe(nSmall * 10);
    expect(ms).toBeLessThan(15_000);
  });

  it('does not backtrack catastrophically on long runs of digits, dots and month names', () => {
    for (const unit of ['1', '12.', '2014-', 'May ', 'late ', 'a ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const t0 = performance.now();
      checkInvariants(text, findTimexes(text, '2022-02-26'));
      expect(performance.now() - t0).toBeLessThan(10_000);
    }
  });
});
