import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../scripts/bench/args';

describe('parseBenchArgs(argv)', () => {
  it('defaults to 1,000 / 10,000 / 100,000 events, 3 runs, building first', () => {
    expect(parseBenchArgs([])).toEqual({ sizes: [1000, 10000, 100000], runs: 3, json: null, smoke: false, profile: false, build: true, seed: '1', dist: 'dist' });
  });

  it('reads --sizes, --runs, --json (space or = form) and flags', () => {
    const a = parseBenchArgs(['--sizes', '500,2_000', '--runs=5', '--json', 'out/b.json', '--profile', '--no-build', '--seed', 'x', '--dist', '/tmp/d']);
    expect(a).toMatchObject({ sizes: [500, 2000], runs: 5, json: 'out/b.json', profile: true, build: false, seed: 'x', dist: '/tmp/d' });
  });

  it('--smoke means 1,000 events and 1 run unless sizes or runs are given', () => {
    expect(parseBenchArgs(['--smoke'])).toMatchObject({ sizes: [1000], runs: 1, smoke: true });
    expect(parseBenchArgs(['--smoke', '--runs', '2'])).toMatchObject({ sizes: [1000], runs: 2 });
  });

  it('rejects bad values and unknown options with the usage text', () => {
    expect(() => parseBenchArgs(['--sizes', '10,abc'])).toThrow(/--sizes must be positive integers, got "10,abc"[\s\S]*usage/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs must be a positive integer/);
    expect(() => parseBenchArgs(['--json'])).toThrow(/--json needs a value/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option "--fast"/);
  });
});
