import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCompactCount, formatCount } from '../../../src/lib/format/formatCount';

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(10000)).toBe('10,000');
    expect(formatCount(123456789)).toBe('123,456,789');
    expect(formatCount(-1234)).toBe('-1,234');
  });

  it('writes every safe integer as toLocaleString("en") does', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => formatCount(n) === n.toLocaleString('en')));
    fc.assert(fc.property(fc.integer({ min: -2_000_000, max: 2_000_000 }), (n) => formatCount(n) === n.toLocaleString('en')));
  });

  it('falls back to toLocaleString for other numbers', () => {
    expect(formatCount(1234.5)).toBe((1234.5).toLocaleString('en'));
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('∞');
  });
});

describe('formatCompactCount', () => {
  it('fits a badge: units, one decimal under ten thousand, whole thousands above', () => {
    expect([7, 999, 1000, 1234, 9999, 10_000, 56_789].map(formatCompactCount)).toEqual(['7', '999', '1.0k', '1.2k', '10.0k', '10k', '57k']);
  });
});
