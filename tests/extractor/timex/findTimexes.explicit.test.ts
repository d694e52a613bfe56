import { describe, expect, it } from 'vitest';
import { rangeOf, timexOf } from './helpers';

describe('findTimexes — explicit dates', () => {
  it('month and day without a year, past tense, fall in the most recent year (published 2019-10-11)', () => {
    expect(rangeOf('The accord was signed on Nov. 15 in Lima.', '2019-10-11', 'Nov. 15')).toEqual(['2018-11-15', '2018-11-15']);
    expect(rangeOf('The envoy arrived on Feb. 4 with a letter.', '2019-10-11', 'Feb. 4')).toEqual(['2019-02-04', '2019-02-04']);
    expect(rangeOf('Talks resumed on March 19 in Geneva.', '2019-10-11', 'March 19')).toEqual(['2019-03-19', '2019-03-19']);
  });

  it('gives the TIMEX3 value and precision day', () => {
    const t = timexOf('Talks resumed on March 19 in Geneva.', '2019-10-11', 'March 19');
    expect(t).toMatchObject({ type: 'DATE', value: '2019-03-19', precision: 'day' });
  });

  it('uses a weekday given with the date to pick the year ("On Friday, November 5", published 2022-11-10)', () => {
    // 2022-11-05 is a Saturday, 2021-11-05 a Friday
    const t = timexOf('On Friday, November 5, the ministers met in Oslo.', '2022-11-10', 'Friday, November 5');
    expect(t.range).toEqual({ start: '2021-11-05', end: '2021-11-05' });
  });

  it('reads full dates with a year', () => {
    expect(rangeOf('The pact dated February 25, 2022 was leaked.', '2023-01-01', 'February 25, 2022')).toEqual(['2022-02-25', '2022-02-25']);
    expect(rangeOf('The memo of Dec. 3, 2021 surfaced.', '2023-01-01', 'Dec. 3, 2021')).toEqual(['2021-12-03', '2021-12-03']);
    expect(rangeOf('A notice posted 2021-11-02 said so.', '2023-01-01', '2021-11-02')).toEqual(['2021-11-02', '2021-11-02']);
    expect(rangeOf('The ceasefire began on 15 November 2021.', '2023-01-01', '15 November 2021')).toEqual(['2021-11-15', '2021-11-15']);
  });

  it('reads 06.11.2021 as day.month.year (European, period separator)', () => {
    expect(timexOf('Der Vertrag vom 06.11.2021 gilt.', '2022-01-01', '06.11.2021').value).toBe('2021-11-06');
  });

  it('reads 11/06/2021 as month/day/year (US, slash separator)', () => {
    expect(timexOf('The filing of 11/06/2021 was late.', '2022-01-01', '11/06/2021').value).toBe('2021-11-06');
  });

  it('reads a day range "March 3-5" as a range', () => {
    const t = timexOf('The drills ran March 3-5 near the border.', '2021-06-01', 'March 3-5');
    expect(t).toMatchObject({ range: { start: '2021-03-03', end: '2021-03-05' }, precision: 'range' });
  });

  it('does not include the preposition in the span', () => {
    const text = 'The envoy arrived on Feb. 4 with a letter.';
    const t = timexOf(text, '2019-10-11', 'Feb. 4');
    expect(text.slice(t.start, t.end)).toBe('Feb. 4');
  });

  it('skips an impossible day such as Feb. 30', () => {
    expect(() => timexOf('They met on Feb. 30.', '2021-06-01', 'Feb. 30')).toThrow(/no timex/);
  });
});

describe('findTimexes — past and future tense', () => {
  // published Wednesday 2023-06-14
  const pub = '2023-06-14';
  it('a weekday in a past-tense sentence is in the past, in a future-tense one in the future', () => {
    expect(rangeOf('The minister met his counterpart on Monday.', pub, 'Monday')).toEqual(['2023-06-12', '2023-06-12']);
    expect(rangeOf('The minister will meet his counterpart on Monday.', pub, 'Monday')).toEqual(['2023-06-19', '2023-06-19']);
  });

  it('a month and day without a year follow the tense too', () => {
    expect(rangeOf('The summit was held on March 19.', pub, 'March 19')).toEqual(['2023-03-19', '2023-03-19']);
    expect(rangeOf('The election will be held on March 19.', pub, 'March 19')).toEqual(['2024-03-19', '2024-03-19']);
    expect(rangeOf('The ceremony is scheduled for Sept. 2.', pub, 'Sept. 2')).toEqual(['2023-09-02', '2023-09-02']);
  });

  it('a date after publication in a past-tense sentence moves to the previous year (published 2022-02-26)', () => {
    expect(rangeOf('Biden met Xi on Nov. 15.', '2022-02-26', 'Nov. 15')).toEqual(['2021-11-15', '2021-11-15']);
  });

  it('the tense nearest the expression wins in a sentence with both', () => {
    const text = 'The spokesman said on Tuesday that the delegation will arrive on Friday.';
    expect(rangeOf(text, pub, 'Tuesday')).toEqual(['2023-06-13', '2023-06-13']);
    expect(rangeOf(text, pub, 'Friday')).toEqual(['2023-06-16', '2023-06-16']);
  });

  it('a trailing attribution ("…, officials said") does not make a future plan past', () => {
    expect(rangeOf('The premier will visit Warsaw on Monday, his office said.', pub, 'Monday')).toEqual(['2023-06-19', '2023-06-19']);
  });

  it('a relative clause keeps its own tense', () => {
    expect(rangeOf('The strike, which started on Monday, will continue.', pub, 'Monday')).toEqual(['2023-06-12', '2023-06-12']);
  });

  it('"plans to" as a noun after a possessive is not a future marker', () => {
    expect(rangeOf('He warned the envoy in August about the army’s plans to strike.', pub, 'August')).toEqual(['2022-08-01', '2022-08-31']);
  });

  it('an intention agreed in the past points forward', () => {
    expect(rangeOf('The two sides agreed to meet again on July 3.', pub, 'July 3')).toEqual(['2023-07-03', '2023-07-03']);
  });

  it('a fronted date dates the finite verb, not its to-infinitive complement', () => {
    expect(rangeOf('On April 2, the two sides agreed to meet again.', '2023-04-09', 'April 2')).toEqual(['2023-04-02', '2023-04-02']);
    expect(rangeOf('On Monday, the regulator decided to fine the bank.', '2023-04-09', 'Monday')).toEqual(['2023-04-03', '2023-04-03']);
  });
});
