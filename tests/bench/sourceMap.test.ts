import { describe, expect, it } from 'vitest';
import { decodeVlq, parseSourceMap } from '../../scripts/bench/sourceMap';

describe('decodeVlq(segment)', () => {
  it('decodes signed base64 VLQ fields', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('AACDE')).toEqual([0, 0, 1, -1, 2]);
    expect(decodeVlq('gB')).toEqual([16]);
    expect(() => decodeVlq('A!')).toThrow(/bad VLQ character "!"/);
  });
});

describe('parseSourceMap(map).lookup(line, column)', () => {
  // generated line 0: col 0 -> a.ts 0:0 name "start"; col 10 -> a.ts 2:4; line 1: col 5 -> b.ts 7:0 name "draw"
  const map = { sources: ['../src/a.ts', '../src/b.ts'], names: ['start', 'draw'], mappings: 'AAAAA,UAEI;KCKJC' };

  it('finds the nearest segment at or before the column, with its name', () => {
    const m = parseSourceMap(map);
    expect(m.lookup(0, 0)).toEqual({ source: '../src/a.ts', line: 0, column: 0, name: 'start' });
    expect(m.lookup(0, 9)).toEqual({ source: '../src/a.ts', line: 0, column: 0, name: 'start' });
    expect(m.lookup(0, 25)).toEqual({ source: '../src/a.ts', line: 2, column: 4, name: null });
    expect(m.lookup(1, 6)).toEqual({ source: '../src/b.ts', line: 7, column: 0, name: 'draw' });
  });

  it('returns null before the first segment of a line or past the last line', () => {
    const m = parseSourceMap(map);
    expect(m.lookup(1, 2)).toBeNull();
    expect(m.lookup(5, 0)).toBeNull();
  });
});
