import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../src/extractor/timex/index';
import { rangeOf, timexOf } from './helpers';

// Published 2022-06-20; the discourse anchor is Feb. 10 (2022-02-10), far from publication.
const pub = '2022-06-20';
const lead = 'The envoys met in Vienna on Feb. 10. ';

describe('findTimexes — anaphoric expressions resolve against the previous date', () => {
  it('"Days later" / "a few days later" = anchor + 1 to 7 days, precision days', () => {
    for (const phrase of ['Days later', 'A few days later']) {
      const t = timexOf(`${lead}${phrase}, the talks collapsed.`, pub, phrase);
      expect(t).toMatchObject({ value: '2022-02-10', mod: 'AFTER', range: { start: '2022-02-11', end: '2022-02-17' }, precision: 'days', anaphoric: true });
    }
  });

  it('"A week later", "A day later", "two weeks later"', () => {
    expect(rangeOf(`${lead}A week later, a deal was signed.`, pub, 'A week later')).toEqual(['2022-02-17', '2022-02-17']);
    expect(rangeOf(`${lead}A day later, a deal was signed.`, pub, 'A day later')).toEqual(['2022-02-11', '2022-02-11']);
    expect(rangeOf(`${lead}Two weeks later, a deal was signed.`, pub, 'Two weeks later')).toEqual(['2022-02-24', '2022-02-24']);
  });

  it('"the same day", "the next day", "that evening", "Hours later"', () => {
    expect(rangeOf(`${lead}Troops moved the same day.`, pub, 'the same day')).toEqual(['2022-02-10', '2022-02-10']);
    expect(rangeOf(`${lead}The next day, troops moved.`, pub, 'The next day')).toEqual(['2022-02-11', '2022-02-11']);
    expect(timexOf(`${lead}That evening, troops moved.`, pub, 'That evening')).toMatchObject({
      type: 'TIME', value: '2022-02-10TEV', anaphoric: true,
    });
    expect(rangeOf(`${lead}Hours later, troops moved.`, pub, 'Hours later')).toEqual(['2022-02-10', '2022-02-10']);
  });

  it('"Three months earlier" is the month three months before the anchor', () => {
    expect(timexOf(`${lead}Three months earlier, the envoys had quarrelled.`, pub, 'Three months earlier')).toMatchObject({
      value: '2021-11', range: { start: '2021-11-01', end: '2021-11-30' }, precision: 'month', anaphoric: true,
    });
  });

  it('chains: each anaphor becomes the anchor of the next', () => {
    const text = `${lead}A week later, they met again. The next day, a deal was signed.`;
    expect(rangeOf(text, pub, 'The next day')).toEqual(['2022-02-18', '2022-02-18']);
  });

  it('a day offset from a coarse anchor (a month) shifts its whole range', () => {
    const text = 'Officials met in December 2021. A week later, aides met in Geneva. Days later, talks resumed.';
    expect(timexOf(text, '2022-02-26', 'A week later')).toMatchObject({ range: { start: '2021-12-08', end: '2022-01-07' }, precision: 'range', anaphoric: true });
    expect(rangeOf(text, '2022-02-26', 'Days later')).toEqual(['2021-12-09', '2022-01-14']);
  });

  it('"the same day"/"that evening" pass over a wider anchor (a year) for the last day that fits', () => {
    const text = 'The envoys met on Feb. 10 to revive a plan first mooted in 2014. That evening, aides celebrated.';
    expect(timexOf(text, pub, 'That evening')).toMatchObject({ value: '2022-02-10TEV', anaphoric: true });
  });

  it('"earlier in the week" with no anchor of a week or less is the publication week before publication', () => {
    expect(rangeOf('The plan dates from 2014. Markets had rallied earlier in the week.', '2016-06-25', 'earlier in the week')).toEqual(['2016-06-19', '2016-06-24']);
  });

  it('"at the time" is the anchor itself; "at the time of …" and "at the same time" are not dates', () => {
    const text = 'The leaders met by video on Nov. 15, officials said at the time.';
    expect(timexOf(text, '2022-02-26', 'at the time')).toMatchObject({ range: { start: '2021-11-15', end: '2021-11-15' }, anaphoric: true });
    expect(findTimexes('At the time of writing, and at the same time, nothing.', pub)).toEqual([]);
  });

  it('a date after "since" is background, not an anchor', () => {
    const text = 'The leaders spoke by video on Nov. 15, their first call since 2019. A week later, aides met in Geneva.';
    expect(rangeOf(text, '2022-02-26', 'A week later')).toEqual(['2021-11-22', '2021-11-22']);
  });

  it('an open period start ("from March 2020", no "to …") is not an anchor; a closed one is', () => {
    const open = 'The envoys met in Oslo on Feb. 3. The two sides have traded data from March 2020. Days later, the envoys met again.';
    expect(rangeOf(open, '2021-06-01', 'Days later')).toEqual(['2021-02-04', '2021-02-10']);
    const closed = 'The envoys met in Oslo on Feb. 3. Talks ran from May 4 until dawn. A week later, the envoys met again.';
    expect(rangeOf(closed, '2021-06-01', 'A week later')).toEqual(['2021-05-11', '2021-05-11']);
  });

  it('without any earlier date an anaphor falls back to publication and is not flagged anaphoric', () => {
    const t = timexOf('The next day, troops moved.', pub, 'The next day');
    expect(t.range).toEqual({ start: '2022-06-21', end: '2022-06-21' });
    expect(t.anaphoric).toBeUndefined();
  });

  it('"the day before the vote" is relative to an event, not to the last date: not resolved as anaphor', () => {
    expect(findTimexes(`${lead}The day before the vote, troops moved.`, pub).map((t) => t.text)).toEqual(['Feb. 10']);
  });

  it('skipped spans emit nothing and never become anchors', () => {
    const ad = 'SALE ENDS MARCH 3! Offer valid until April 30.';
    const text = `The envoys met on Feb. 10. ${ad} The next day, a deal was signed.`;
    const start = text.indexOf(ad);
    const got = findTimexes(text, pub, { skip: [{ start, end: start + ad.length }] });
    expect(got.map((t) => t.text)).toEqual(['Feb. 10', 'The next day']);
    expect(got[1]?.range).toEqual({ start: '2022-02-11', end: '2022-02-11' });
  });

  it('skip spans may come unsorted and overlapping', () => {
    const text = 'On Feb. 3 they met. On Feb. 4 they ate. On Feb. 5 they left. On Feb. 6 they slept.';
    const span = (p: string): { start: number; end: number } => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length });
    const skip = [span('On Feb. 5 they left.'), span('On Feb. 4'), span('Feb. 4 they ate.')];
    expect(findTimexes(text, pub, { skip }).map((t) => t.text)).toEqual(['Feb. 3', 'Feb. 6']);
  });
});
