import { describe, expect, it } from 'vitest';
import { mergeBoilerplate } from '../../../src/lib/format/mergeBoilerplate';

describe('mergeBoilerplate(text, spans)', () => {
  const T = 'Advertisement\nAdvertisement\nDiplomacy Body text here. Learn more';
  it('joins spans separated only by whitespace, keeping reasons once', () => {
    const spans = [
      { start: 14, end: 27, reason: 'ad' },
      { start: 0, end: 13, reason: 'ad' },
      { start: 28, end: 37, reason: 'section label' },
      { start: T.indexOf('Learn'), end: T.length },
    ];
    expect(mergeBoilerplate(T, spans)).toEqual([
      { start: 0, end: 37, reason: 'ad; section label' },
      { start: T.indexOf('Learn'), end: T.length },
    ]);
  });
  it('keeps spans apart when report text lies between them, and drops empty spans', () => {
    expect(mergeBoilerplate('ab cd ef', [{ start: 0, end: 2 }, { start: 3, end: 3 }, { start: 6, end: 8 }])).toEqual([
      { start: 0, end: 2 },
      { start: 6, end: 8 },
    ]);
  });
});
