import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readerSegments } from '../../../src/lib/format/readerSegments';

const span = (len: number) => fc.tuple(fc.integer({ min: -5, max: len + 5 }), fc.integer({ min: 0, max: 40 })).map(([s, w]) => ({ start: s, end: s + w }));

describe('readerSegments(textLength, boilerplate, main, others) — properties', () => {
  it('partitions the text into ordered, non-empty runs, with the main passage marked exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }).chain((len) =>
          fc.record({ len: fc.constant(len), bps: fc.array(span(len), { maxLength: 4 }), main: fc.option(span(len)), others: fc.array(span(len), { maxLength: 5 }) }),
        ),
        ({ len, bps, main, others }) => {
          const blocks = readerSegments(len, bps, main, others.map((o, i) => ({ ...o, eventId: `e${i}` })));
          let pos = 0;
          for (const b of blocks) {
            expect(b.start).toBe(pos);
            let rpos = b.start;
            for (const r of b.runs) {
              expect(r.start).toBe(rpos);
              expect(r.end).toBeGreaterThan(r.start);
              rpos = r.end;
            }
            expect(rpos).toBe(b.end);
            pos = b.end;
          }
          expect(pos).toBe(len);
          // Every character inside the (clamped) main passage is in a main run, and none outside.
          const mainStart = main ? Math.max(0, Math.min(len, main.start)) : 0;
          const mainEnd = main ? Math.max(mainStart, Math.min(len, main.end)) : 0;
          for (const r of blocks.flatMap((b) => b.runs)) {
            const inside = r.start >= mainStart && r.end <= mainEnd && mainEnd > mainStart;
            expect(r.mark === 'main').toBe(inside);
          }
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
