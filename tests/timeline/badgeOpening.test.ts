import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTimelineIndex } from '../../src/timeline/buildTimelineIndex';
import { createFrameLayout, fitGeometry, layoutFrame } from '../../src/timeline/layoutFrame';
import { BADGE_LIST_MAX, badgeMembers, badgeOpening, clusterWindow } from '../../src/timeline/badgeOpening';
import { DAY_MS } from '../../src/lib/model/calendar';
import { day, ev } from './helpers';

const T0 = Date.UTC(2022, 0, 1);
const wide = { start: T0 - 400 * DAY_MS, end: T0 + 400 * DAY_MS };

function frame(events: ReturnType<typeof ev>[], width = 1000, lanes = 1, rows = 8) {
  const idx = buildTimelineIndex(events, 'country');
  const g = fitGeometry(width, 26, lanes, rows);
  const l = layoutFrame(createFrameLayout(), idx, wide.start, wide.end, g);
  return { idx, g, l };
}

describe('badgeOpening(index, layout, badge, geometry)', () => {
  it('lists the members when they all share one day (no zoom can separate them)', () => {
    const events = [...Array.from({ length: 12 }, (_, k) => ev({ id: `same${k}`, start: day(34), countries: ['CN'] })), ev({ start: day(300), countries: ['CN'] })];
    const { idx, g, l } = frame(events);
    expect(l.badges).toHaveLength(1);
    const o = badgeOpening(idx, l, l.badges[0]!, g);
    expect(o.kind).toBe('list');
    expect(o.kind === 'list' && o.sameDay).toBe(true);
    expect(o.members.map((i) => idx.events[i]!.id).sort()).toEqual(Array.from({ length: 12 }, (_, k) => `same${k}`).sort());
  });

  it('zooms when the members spread over days and separate in the zoomed window', () => {
    const events = Array.from({ length: 20 }, (_, k) => ev({ start: day(30 + (k % 4)), countries: ['CN'] }));
    const { idx, g, l } = frame(events);
    const b = l.badges[0]!;
    const o = badgeOpening(idx, l, b, g);
    expect(o).toEqual({ kind: 'zoom', window: clusterWindow(b), members: expect.any(Array) });
    // Check against an independent layout of that window: every member is its own mark there.
    const after = layoutFrame(createFrameLayout(), idx, clusterWindow(b).start, clusterWindow(b).end, g);
    expect(o.members.every((i) => after.markOfEvent.has(i))).toBe(true);
  });

  it('lists them when one of their days holds more events than the lane has rows, even zoomed in', () => {
    // 3 rows per lane: 6 events on 3 Feb cannot stack in one day; 2 more on 4 Feb.
    const events = [...Array.from({ length: 6 }, () => ev({ start: day(33), countries: ['CN'] })), ev({ start: day(34), countries: ['CN'] }), ev({ start: day(34), countries: ['CN'] })];
    const { idx, l } = frame(events, 1000, 1, 3);
    const g = fitGeometry(1000, 26, 1, 3);
    expect(l.badges).toHaveLength(1);
    const o = badgeOpening(idx, l, l.badges[0]!, g);
    expect(o.kind).toBe('list');
    expect(o.kind === 'list' && o.sameDay).toBe(false);
    expect(o.members).toHaveLength(8);
  });

  it(`zooms (narrowing step by step) when there are more than ${BADGE_LIST_MAX} members`, () => {
    const events = Array.from({ length: BADGE_LIST_MAX + 5 }, () => ev({ start: day(40), countries: ['CN'] }));
    const { idx, g, l } = frame(events);
    expect(badgeOpening(idx, l, l.badges[0]!, g).kind).toBe('zoom');
  });

  it('members are exactly the binned events of the lane, split between badges without overlap (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ d: fc.integer({ min: 0, max: 300 }), c: fc.constantFrom('US', 'CN') }), { maxLength: 300 }), (specs) => {
        const idx = buildTimelineIndex(specs.map((s) => ev({ start: day(s.d), countries: [s.c] })), 'country');
        const g = fitGeometry(600, 26, idx.lanes.length, 8);
        const l = layoutFrame(createFrameLayout(), idx, wide.start, wide.end, g);
        let total = 0;
        const seen = new Set<string>();
        for (const b of l.badges) {
          const m = badgeMembers(idx, l, b, g);
          expect(m).toHaveLength(b.count);
          for (const i of m) {
            expect(l.markOfEvent.has(i)).toBe(false);
            const key = `${b.lane}:${i}`;
            expect(seen.has(key)).toBe(false);
            seen.add(key);
          }
          total += m.length;
        }
        expect(total).toBe(l.badges.reduce((s, b) => s + b.count, 0));
      }),
      { numRuns: 60 },
    );
  });
});
