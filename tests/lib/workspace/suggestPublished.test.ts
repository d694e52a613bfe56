import { describe, expect, it } from 'vitest';
import { suggestPublished } from '../../../src/lib/workspace/suggestPublished';

describe('suggestPublished(text, today)', () => {
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
    expect(dl).toMatchObject({ date: '2022-03-19', quote: 'WASHINGTON, March 19 —', yearAssumed: 'text' });
  });
  it('reads a yearless dateline as the most recent such day not after today', () => {
    const text = 'WASHINGTON, March 19 — Officials said on Friday that talks would resume.';
    const [s] = suggestPublished(text, new Date(2026, 10, 22));
    expect(s).toMatchObject({ date: '2026-03-19', kind: 'dateline', yearAssumed: 'today', quote: 'WASHINGTON, March 19 —' });
    expect(text.slice(s!.start, s!.end)).toBe('WASHINGTON, March 19 —');
    expect(suggestPublished(text, new Date(2026, 2, 18))[0]?.date).toBe('2025-03-19');
    expect(suggestPublished(text, new Date(2026, 2, 19))[0]?.date).toBe('2026-03-19');
  });
  it('reads an abbreviated month with an agency credit, and Feb 29 only in a leap year', () => {
    expect(suggestPublished('GENEVA, Nov. 6 (Reuters) — Ministers met.', new Date(2026, 10, 22))[0]).toMatchObject({ date: '2026-11-06', quote: 'GENEVA, Nov. 6 (Reuters) —' });
    expect(suggestPublished('KYIV, Feb. 29 — Shelling.', new Date(2026, 10, 22))[0]?.date).toBe('2024-02-29');
  });
  it('suggests nothing for a yearless dateline without today', () => {
    expect(suggestPublished('WASHINGTON, March 19 — Officials said.')).toEqual([]);
  });
  it('suggests nothing when the text has no date', () => {
    expect(suggestPublished('No date at all in here.')).toEqual([]);
  });
  it('rejects impossible dates', () => {
    expect(suggestPublished('Published February 30, 2022')).toEqual([]);
  });
});
