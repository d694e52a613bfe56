import { describe, expect, it } from 'vitest';
import { detectTense } from '../../../src/extractor/timex/detectTense';

function at(sentence: string, phrase: string): ReturnType<typeof detectTense> {
  const i = sentence.indexOf(phrase);
  return detectTense(sentence, i, i + phrase.length);
}

describe('detectTense(sentence, at, atEnd)', () => {
  it('simple past, irregular past and present perfect are past', () => {
    expect(at('The ministers signed the accord on Monday.', 'Monday')).toBe('past');
    expect(at('The ministers met on Monday.', 'Monday')).toBe('past');
    expect(at('The ministers have agreed on a text since Monday.', 'Monday')).toBe('past');
  });
  it('will, is to, is expected to, plans to, is scheduled are future', () => {
    expect(at('The ministers will sign the accord on Monday.', 'Monday')).toBe('future');
    expect(at('The minister is to visit Kyiv on Monday.', 'Monday')).toBe('future');
    expect(at('The accord is expected to be signed on Monday.', 'Monday')).toBe('future');
    expect(at('The minister plans to visit Kyiv on Monday.', 'Monday')).toBe('future');
    expect(at('The vote is scheduled for Monday.', 'Monday')).toBe('future');
  });
  it('no marker at all means past (news narrates the past)', () => {
    expect(at('Protests in the capital on Monday.', 'Monday')).toBe('past');
  });
  it('"may have" is past, "may" alone points forward', () => {
    expect(at('Talks may resume on Monday.', 'Monday')).toBe('future');
    expect(at('Talks may have resumed on Monday.', 'Monday')).toBe('past');
  });
  it('a speech verb after the expression does not override the main verb', () => {
    expect(at('Talks will resume on Monday, the ministry said.', 'Monday')).toBe('future');
    expect(at('Talks resumed on Monday, the ministry said.', 'Monday')).toBe('past');
  });
  it('never throws on empty input', () => {
    expect(detectTense('')).toBe('past');
  });
  it('a conjunction starts a new clause: each expression takes the tense of its own clause', () => {
    const s = 'The envoy returned to Kyiv on Sunday and plans to leave again on Friday.';
    expect(at(s, 'Sunday')).toBe('past');
    expect(at(s, 'Friday')).toBe('future');
  });
  it('"agreed to" + a noun phrase is plain past; "agreed to" + a verb points forward', () => {
    expect(at('The ministers, meeting in Oslo on Monday, agreed to a plan.', 'Monday')).toBe('past');
    expect(at('The two sides agreed to meet on Monday.', 'Monday')).toBe('future');
  });
  it('reported "would" points forward, "would have" does not', () => {
    expect(at('He said he would sign the bill by Jan. 31.', 'Jan. 31')).toBe('future');
    expect(at('He said the deal would have been signed on Monday.', 'Monday')).toBe('past');
  });
  it('a plural present verb of schedule with no other marker points forward', () => {
    expect(at('Lawmakers return from recess on Oct. 15.', 'Oct. 15')).toBe('future');
    expect(at('Lawmakers returned from recess on Oct. 15.', 'Oct. 15')).toBe('past');
  });
  it('a to-infinitive complement does not make the finite verb future: a date before it is past', () => {
    expect(at('On June 2, the two presidents agreed to hold another round of talks.', 'June 2')).toBe('past');
    expect(at('On Tuesday, the cabinet decided to impose tariffs on steel.', 'Tuesday')).toBe('past');
    expect(at('On Sunday, the envoy tried to persuade the rebels to lay down arms.', 'Sunday')).toBe('past');
    expect(at('On Friday, the council refused to lift the embargo.', 'Friday')).toBe('past');
    expect(at('The ministers on Monday began to draft a ceasefire text.', 'Monday')).toBe('past');
    // a date after the infinitive dates the planned happening
    expect(at('The two presidents agreed to hold another round of talks on June 20.', 'June 20')).toBe('future');
  });
  it('reported speech: a date before the speech verb takes its tense, not the reported clause\'s', () => {
    expect(at('On Thursday, the trade ministry said it will curb chip exports.', 'Thursday')).toBe('past');
    expect(at('On Monday, the chancellor was asked if he would visit Beijing.', 'Monday')).toBe('past');
    expect(at('The trade ministry said on Thursday that it will curb chip exports on Monday.', 'Monday')).toBe('future');
  });
});
