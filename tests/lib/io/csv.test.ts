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

describe('parseCsv (RFC 4180 input from spreadsheets)', () => {
  it('ignores a byte-order mark, accepts CRLF and LF rows, and keeps CRLF inside quoted fields', () => {
    const text = '\ufeffYear,Headline\r\n2022,"Biden, Xi talk"\r\n2021,"line one\r\nline two"\n';
    expect(parseCsv(text)).toEqual([
      ['Year', 'Headline'],
      ['2022', 'Biden, Xi talk'],
      ['2021', 'line one\r\nline two'],
    ]);
  });
  it('skips blank lines between rows', () => {
    expect(parseCsv('a,b\r\n\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
  it('writes CRLF row ends and doubles quotes inside quoted fields', () => {
    expect(toCsv([['He said "no"', 'x']])).toBe('"He said ""no""",x\r\n');
  });
});
