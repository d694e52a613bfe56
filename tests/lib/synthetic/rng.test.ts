import { describe, expect, it } from 'vitest';
import { createRng, hashSeed } from '../../../src/lib/synthetic/rng';

describe('createRng(seed)', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    const seqC = Array.from({ length: 20 }, () => c.next());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('keeps next() in [0, 1) and int(lo, hi) within its inclusive bounds, reaching both ends', () => {
    const rng = createRng('bounds');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const k = rng.int(3, 7);
      expect(k).toBeGreaterThanOrEqual(3);
      expect(k).toBeLessThanOrEqual(7);
      seen.add(k);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('weighted() follows the weights and never picks a zero weight', () => {
    const rng = createRng(7);
    const counts = [0, 0, 0];
    for (let i = 0; i < 10000; i++) counts[rng.weighted([1, 0, 3])]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.5);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.5);
  });

  it('pick() refuses an empty array', () => {
    expect(() => createRng(1).pick([])).toThrow(/empty/);
  });
});

describe('hashSeed(seed)', () => {
  it('maps numbers and their strings to the same unsigned 32-bit value', () => {
    expect(hashSeed(42)).toBe(hashSeed('42'));
    expect(hashSeed('abc')).not.toBe(hashSeed('abd'));
    expect(hashSeed('x')).toBeGreaterThanOrEqual(0);
    expect(hashSeed('x')).toBeLessThan(2 ** 32);
  });
});
