import { describe, expect, it } from 'vitest';
import { texts, timexOf } from './helpers';

const pub = '2022-02-26';

describe('findTimexes — durations', () => {
  it('"three months", "over three months" and "for 40 years" are DURATIONs with no range', () => {
    expect(timexOf('The talks lasted three months.', pub, 'three months')).toMatchObject({ type: 'DURATION', value: 'P3M', range: null });
    expect(timexOf('Over three months, aides met six times.', pub, 'three months').value).toBe('P3M');
    expect(timexOf('The border was closed for 40 years.', pub, '40 years')).toMatchObject({ type: 'DURATION', value: 'P40Y', range: null });
  });

  it('compound number words', () => {
    expect(timexOf('He served twenty-five years in prison.', pub, 'twenty-five years').value).toBe('P25Y');
  });

  it('hours and vague quantities', () => {
    expect(timexOf('They talked for two hours.', pub, 'two hours').value).toBe('PT2H');
    expect(timexOf('The feud lasted several weeks.', pub, 'several weeks').value).toBe('PXW');
    expect(timexOf('The rivals have clashed for decades.', pub, 'decades').value).toBe('PXDE');
    expect(timexOf('Ties are at their lowest point in decades.', pub, 'decades')).toMatchObject({ type: 'DURATION', range: null });
  });

  it('"in the last three months" / "over the past three months" is the window back from publication', () => {
    for (const phrase of ['the last three months', 'the past three months']) {
      expect(timexOf(`Prices doubled in ${phrase}.`, pub, phrase)).toMatchObject({
        type: 'DURATION', value: 'P3M', range: { start: '2021-11-26', end: '2022-02-26' }, precision: 'range',
      });
    }
  });

  it('an adjectival duration ("a three-day visit") is a duration; an age is not', () => {
    expect(timexOf('He began a three-day visit.', pub, 'three-day').value).toBe('P3D');
    expect(texts('A 40-year-old diplomat was named.', pub)).toEqual([]);
    expect(texts('The envoy, 62 years old, retired.', pub)).toEqual([]);
  });

  it('"50 years to the week" keeps the number of years as a duration', () => {
    expect(timexOf('It came 50 years to the week after the trip.', pub, '50 years').type).toBe('DURATION');
  });
});

describe('findTimexes — not temporal expressions', () => {
  it.each([
    'The two leaders had met 37 times.',
    'They issued a 5,000-word joint statement.',
    'Russia was expelled from the Group of Eight.',
    'COVID-19 spread quickly.',
    'The message was sent at 03:41 local time.',
    'Ties are stronger than at any time since the Cold War.',
    'About 2000 troops crossed the border.',
    'The fund holds 2,019 accounts.',
    'Marchers may gather near the palace.',
    'Armies march on their stomachs.',
    'The Mail on Sunday said so.',
    'Section 2014(b) applies.',
    'June Almeida discovered the virus.',
    'April Ryan asked a question.',
    'The Arab Spring began in Tunisia.',
    'Super Tuesday results came in.',
    'The Good Friday Agreement holds.',
    'He is 40 years old.',
    'Mar-a-Lago hosted the dinner.',
  ])('%s', (sentence) => {
    expect(texts(sentence, pub)).toEqual([]);
  });
});

describe('findTimexes — a newspaper name before a weekday does not hide the date', () => {
  it('"The Washington Post on Sunday reported" dates the report', () => {
    expect(texts('The Washington Post on Sunday reported it.', pub)).toEqual(['Sunday']);
  });
});
