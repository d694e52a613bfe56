import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { computeTicks, visibleTickLabels, type Tick } from '../../src/timeline/computeTicks';

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

describe('visibleTickLabels(ticks, widths, width, gap)', () => {
  const tick = (x: number, label: string, major = false): Tick => ({ x, t: x, label, major });

  it('drops a minor label that would run into the previous one, keeping the major', () => {
    // "27 Feb 2022" (3–73 px) and "3 Mar" (123–157 px) run into the major "1 Mar 2022" (63–127 px).
    const ticks = [tick(0, '27 Feb 2022'), tick(60, '1 Mar 2022', true), tick(120, '3 Mar'), tick(180, '5 Mar')];
    const shown = visibleTickLabels(ticks, [70, 64, 34, 34], 1000);
    expect(shown).toEqual([false, true, false, true]);
  });

  it('keeps every label when they fit, and never one cut by the right edge', () => {
    const ticks = [tick(0, 'Jan'), tick(90, 'Feb'), tick(180, 'Mar')];
    expect(visibleTickLabels(ticks, [20, 20, 20], 1000)).toEqual([true, true, true]);
    expect(visibleTickLabels(ticks, [20, 20, 20], 195)).toEqual([true, true, false]);
  });

  it('placed labels never overlap (gap respected) for dense random ticks', () => {
    const ticks = Array.from({ length: 40 }, (_, i) => tick(i * 17, `t${i}`, i % 7 === 0));
    const widths = ticks.map((_, i) => 30 + (i % 5) * 9);
    const shown = visibleTickLabels(ticks, widths, 2000, 8);
    const spans = ticks.flatMap((t, i) => (shown[i] ? [[Math.round(t.x) + 3, Math.round(t.x) + 3 + widths[i]!]] : [])).sort((a, b) => a[0]! - b[0]!);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]!).toBeGreaterThanOrEqual(spans[i - 1]![1]! + 8);
    expect(spans.length).toBeGreaterThan(5);
  });
});
