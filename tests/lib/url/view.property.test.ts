import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseView } from '../../../src/lib/url/parseView';
import { serializeView } from '../../../src/lib/url/serializeView';
import type { ViewState } from '../../../src/lib/url/viewState';
import { miniDataset } from '../../fixtures/miniDataset';

const ds = miniDataset();
const subset = <T,>(values: readonly T[]) => fc.subarray([...values]);

describe('serializeView / parseView — round trip', () => {
  it('restores any valid view exactly, whatever the search text', () => {
    const view: fc.Arbitrary<ViewState> = fc.record({
      filters: fc.record({
        actors: subset(ds.actors.map((a) => a.id)),
        countries: subset(['US', 'CN', 'RU', 'UA']),
        types: subset(['CONSULT', 'STATEMENT', 'ASSAULT']),
        sources: subset(ds.sources.map((s) => s.id)),
        origins: subset(['curated', 'parsed', 'user']),
        q: fc.string({ maxLength: 20 }),
      }),
      viewport: fc.option(
        fc.tuple(fc.integer({ min: 0, max: 2e9 }), fc.integer({ min: 1, max: 1e7 })).map(([a, w]) => ({ start: a * 60_000, end: (a + w) * 60_000 })),
      ),
      selectedId: fc.option(fc.constantFrom(...ds.events.map((e) => e.id))),
      reader: fc.constant(null),
      laneMode: fc.constantFrom('country' as const, 'actor' as const, 'type' as const),
    });
    fc.assert(
      fc.property(view, (v) => {
        const back = parseView(serializeView(v), ds);
        expect(back.notices).toEqual([]);
        expect(back.view).toEqual(v);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const r = parseView(s, ds);
        expect(Array.isArray(r.notices)).toBe(true);
      }),
      { seed: 3, numRuns: 500 },
    );
  });
});
