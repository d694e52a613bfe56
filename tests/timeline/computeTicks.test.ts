import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { computeTicks } from '../../src/timeline/computeTicks';

const scale = (a: number, b: number, w = 900) => scaleUtc().domain([a, b]).range([0, w]);

describe('computeTicks(scale, width)', () => {
  it('labels years over a decade', () => {
    const ticks = computeTicks(scale(Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)), 900);
    expect(ticks.map((t) => t.label)).toContain('2015');
    expect(ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });
  it('labels months over a year, with the year on January and the first tick', () => {
    const ticks = computeTicks(scale(Date.UTC(2021, 10, 1), Date.UTC(2022, 9, 1)), 900);
    expect(ticks[0]!.label).toBe('Nov 2021');
    expect(ticks.map((t) => t.label)).toContain('Jan 2022');
    expect(ticks.map((t) => t.label)).toContain('Mar');
    expect(ticks.find((t) => t.label === 'Jan 2022')!.major).toBe(true);
  });
  it('labels days over a few weeks', () => {
    const ticks = computeTicks(scale(Date.UTC(2022, 1, 10), Date.UTC(2022, 1, 28)), 900);
    expect(ticks[0]!.label).toBe('11 Feb 2022');
    expect(ticks.slice(1).every((t) => /^\d{1,2} Feb$/.test(t.label))).toBe(true);
    expect(ticks.map((t) => t.label)).toContain('13 Feb');
  });
  it('labels hours inside a single day', () => {
    const ticks = computeTicks(scale(Date.UTC(2022, 1, 24), Date.UTC(2022, 1, 25)), 900);
    expect(ticks.map((t) => t.label)).toContain('06:00');
    expect(ticks[0]!.label).toBe('24 Feb 00:00');
  });
  it('adapts the number of ticks to the width, and positions them on the scale', () => {
    const s = scale(Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1), 300);
    const narrow = computeTicks(s, 300);
    const wide = computeTicks(scale(Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1), 1800), 1800);
    expect(narrow.length).toBeLessThan(wide.length);
    for (const t of narrow) expect(t.x).toBeCloseTo(s(t.t));
  });
});
