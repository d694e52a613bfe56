import { describe, expect, it } from 'vitest';
import { suggestPublished } from '../../../src/lib/workspace/suggestPublished';

describe('suggestPublished(text)', () => {
  it('reads a byline and returns its evidence passage with offsets', () => {
    const text = 'Big story\nPublished March 19, 2022 at 5:00 a.m.\nBody.';
    const [s] = suggestPublished(text);
    expect(s).toMatchObject({ date: '2022-03-19', kind: 'byline' });
    expect(text.slice(s!.start, s!.end)).toBe('Published March 19, 2022');
  });
  it('reads "Updated:" with a day-first date', () => {
    expect(suggestPublished('Updated: 4 February 2022\nText')[0]?.date).toBe('2022-02-04');
  });
  it('reads a dateline, taking the year from another date in the text', () => {
    const text = 'Filed 2022-03-20\nWASHINGTON, March 19 — Officials said on Friday.';
    const dl = suggestPublished(text).find((s) => s.kind === 'dateline');
    expect(dl).toMatchObject({ date: '2022-03-19', quote: 'WASHINGTON, March 19 —' });
  });
  it('suggests nothing when the text has no date', () => {
    expect(suggestPublished('No date at all in here.')).toEqual([]);
  });
  it('rejects impossible dates', () => {
    expect(suggestPublished('Published February 30, 2022')).toEqual([]);
  });
});
