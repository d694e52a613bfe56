import { describe, expect, it } from 'vitest';
import { readerSegments } from '../../../src/lib/format/readerSegments';

const text = (t: string, runs: { start: number; end: number }[]) => runs.map((r) => t.slice(r.start, r.end));

describe('readerSegments(textLength, boilerplate, main, others)', () => {
  const T = 'Intro. The quote here. AD: buy now. Other passage. End.';
  const q = { start: T.indexOf('The quote'), end: T.indexOf('here.') + 5 };
  const ad = { start: T.indexOf('AD:'), end: T.indexOf('Other') };
  const other = { start: T.indexOf('Other'), end: T.indexOf('passage.') + 8, eventId: 'e2' };

  it('covers the whole text exactly once, in order', () => {
    const blocks = readerSegments(T.length, [ad], q, [other]);
    expect(blocks.map((b) => T.slice(b.start, b.end)).join('')).toBe(T);
    expect(blocks.flatMap((b) => text(T, b.runs)).join('')).toBe(T);
  });
  it('sets boilerplate apart as its own block', () => {
    const blocks = readerSegments(T.length, [ad], q, []);
    expect(blocks.map((b) => [b.boilerplate, T.slice(b.start, b.end)])).toEqual([
      [false, 'Intro. The quote here. '],
      [true, 'AD: buy now. '],
      [false, 'Other passage. End.'],
    ]);
  });
  it('marks the main passage exactly and other passages with their event', () => {
    const runs = readerSegments(T.length, [ad], q, [other]).flatMap((b) => b.runs);
    expect(runs.filter((r) => r.mark === 'main').map((r) => T.slice(r.start, r.end))).toEqual(['The quote here.']);
    const o = runs.find((r) => r.mark === 'other')!;
    expect(T.slice(o.start, o.end)).toBe('Other passage.');
    expect(o.eventId).toBe('e2');
  });
  it('lets the main passage win where another passage overlaps it', () => {
    const overlap = { start: 0, end: q.end, eventId: 'e3' };
    const runs = readerSegments(T.length, [], q, [overlap]).flatMap((b) => b.runs);
    expect(runs.map((r) => [r.mark, T.slice(r.start, r.end)])).toEqual([
      ['other', 'Intro. '],
      ['main', 'The quote here.'],
      [null, ' AD: buy now. Other passage. End.'],
    ]);
  });
  it('clamps spans outside the text', () => {
    const blocks = readerSegments(5, [{ start: 3, end: 99 }], { start: -4, end: 2 }, []);
    expect(blocks.map((b) => [b.start, b.end, b.boilerplate])).toEqual([
      [0, 3, false],
      [3, 5, true],
    ]);
  });
});
