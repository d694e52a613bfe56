import { describe, expect, it } from 'vitest';
import { buildTimelineIndex } from '../../src/timeline/buildTimelineIndex';
import { createFrameLayout, DEFAULT_GEOMETRY, labelRank, layoutFrame, type FrameGeometry } from '../../src/timeline/layoutFrame';
import { DAY_MS } from '../../src/timeline/time';
import { day, ev } from './helpers';

const g: FrameGeometry = { ...DEFAULT_GEOMETRY, width: 1000, top: 20 };
const T0 = Date.UTC(2022, 0, 1);

describe('labelRank(index, i) and label priority', () => {
  const idx = buildTimelineIndex(
    [
      ev({ id: 'parsed', start: day(10), origin: 'parsed', corroboration: { reports: 5, independentOutlets: 4 } }),
      ev({ id: 'one', start: day(40), corroboration: { reports: 2, independentOutlets: 1 } }),
      ev({ id: 'three', start: day(70), corroboration: { reports: 3, independentOutlets: 3 } }),
      ev({ id: 'three-more-reports', start: day(90), corroboration: { reports: 5, independentOutlets: 3 } }),
    ],
    'country',
  );
  const at = (id: string) => idx.byId.get(id)!;

  it('ranks curated before parsed, then more independent outlets, then more reports', () => {
    expect(labelRank(idx, at('three-more-reports'))).toBeLessThan(labelRank(idx, at('three')));
    expect(labelRank(idx, at('three'))).toBeLessThan(labelRank(idx, at('one')));
    expect(labelRank(idx, at('one'))).toBeLessThan(labelRank(idx, at('parsed')));
  });

  it('places labels in that order (greedy: earlier wins contested space), not in date order', () => {
    const l = layoutFrame(createFrameLayout(), idx, T0, T0 + 100 * DAY_MS, g, { measure: () => 40 });
    const order = Array.from({ length: l.labels }, (_, k) => idx.events[l.markEvent[l.labelMark[k]!]!]!.id);
    expect(order).toEqual(['three-more-reports', 'three', 'one', 'parsed']);
  });

  it('the selection still comes first', () => {
    const l = layoutFrame(createFrameLayout(), idx, T0, T0 + 100 * DAY_MS, g, { measure: () => 40, priority: at('parsed') });
    expect(idx.events[l.markEvent[l.labelMark[0]!]!]!.id).toBe('parsed');
  });

  it('uses a shorter label where the full one fits on neither side', () => {
    // A curated event at x≈105 with a parsed neighbour's dot at x≈205: 180 px fits neither right
    // (the dot) nor left (the edge); a truncated label fits between them.
    const two = buildTimelineIndex([ev({ id: 'a', start: day(10) }), ev({ id: 'b', start: day(20), origin: 'parsed' })], 'country');
    const l = layoutFrame(createFrameLayout(), two, T0, T0 + 100 * DAY_MS, g, { measure: () => 180 });
    const k = Array.from({ length: l.labels }, (_, j) => j).find((j) => l.markEvent[l.labelMark[j]!] === two.byId.get('a'));
    expect(k).toBeDefined();
    expect(l.labelW[k!]).toBeGreaterThan(0);
    expect(l.labelW[k!]).toBeLessThan(180);
  });
});
