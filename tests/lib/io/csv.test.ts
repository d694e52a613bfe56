import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv, toCsv } from '../../../src/lib/io/csv';

describe('toCsv / parseCsv', () => {
  it('round-trips fields with commas, quotes and line breaks', () => {
    const rows = [['a', 'b,c', 'say "hi"'], ['line\nbreak', '', ' padded ']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
  it('round-trips arbitrary rows (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows);
      }),
    );
  });
});
