import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTimelineIndex } from '../../src/timeline/buildTimelineIndex';
import { createFrameLayout, fitGeometry, layoutFrame } from '../../src/timeline/layoutFrame';
import { badgeOfBin, clusterBadges } from '../../src/timeline/clusterBadges';
import { boxesOverlap } from '../../src/timeline/placeLabels';
import { DAY_MS } from '../../src/lib/model/calendar';
import { day, ev } from './helpers';

const T0 = Date.UTC(2022, 0, 1);

describe('clusterBadges(layout, geometry)', () => {
  it('one badge per run of bins: its count is the sum of the bins, its extent the members\' dates', () => {
    const events = [
      ...Array.from({ length: 20 }, (_, k) => ev({ start: day(30 + (k % 4)), countries: ['CN'] })),
      ev({ start: day(300), countries: ['CN'] }),
    ];
    const idx = buildTimelineIndex(events, 'country');
    const g = fitGeometry(1000, 26, 1, 8);
    const l = layoutFrame(createFrameLayout(), idx, T0 - 400 * DAY_MS, T0 + 400 * DAY_MS, g);
    expect(l.badges).toHaveLength(1);
    const b = l.badges[0]!;
    expect(b.count).toBe(20);
    expect(b.count).toBe(l.binnedEvents);
    expect(b.t0).toBe(Date.UTC(2022, 0, 31));
    expect(b.t1).toBe(Date.UTC(2022, 1, 4));
    expect(badgeOfBin(l.badges, b.bin0)).toBe(b);
    expect(clusterBadges(l, g)).toEqual(l.badges);
  });

  it('badge counts add up to the binned events; drawn badges overlap no mark and no other badge (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: fc.integer({ min: 0, max: 200 }), len: fc.integer({ min: 0, max: 6 }), c: fc.constantFrom('US', 'CN', 'RU') }), { maxLength: 400 }),
        fc.integer({ min: 20, max: 400 }),
        (specs, spanDays) => {
          const idx = buildTimelineIndex(
            specs.map((s) => ev({ start: day(s.d), end: day(s.d + s.len), precision: s.len ? 'range' : 'day', countries: [s.c] })),
            'country',
          );
          const g = fitGeometry(600, 26, idx.lanes.length);
          const l = layoutFrame(createFrameLayout(), idx, T0, T0 + spanDays * DAY_MS, g);
          let binned = 0;
          for (let b = 0; b < l.bins; b++) binned += l.binCount[b]!;
          expect(l.badges.reduce((s, b) => s + b.count, 0)).toBe(binned);
          const drawn = l.badges.filter((b) => b.drawn);
          for (const a of drawn) {
            expect(a.x).toBeGreaterThanOrEqual(0);
            expect(a.x + a.w).toBeLessThanOrEqual(g.width + 1e-6);
            for (let m = 0; m < l.marks; m++) {
              const x0 = l.markX0[m]!;
              const x1 = l.markX1[m]!;
              const r = x0 === x1 ? g.pointRadius : 0;
              for (let d = l.markDot0[m]!; d < l.markDot0[m]! + l.markDotN[m]!; d++) {
                const box = { x: x0 - r, y: l.dotY[d]! - g.pointRadius, w: x1 - x0 + 2 * r, h: 2 * g.pointRadius };
                expect(boxesOverlap(a, box)).toBe(false);
              }
            }
            for (const b of drawn) if (b !== a) expect(boxesOverlap(a, b)).toBe(false);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
