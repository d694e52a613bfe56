import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../src/extractor/timex/index';
import { rangeOf, texts, timexOf } from './helpers';

// Real-looking sentences from several kinds of sources (wire, business, broadcast); each states its values.
describe('TIMEX3 types and TimeBank value conventions', () => {
  it('reference words: PRESENT_REF, PAST_REF, FUTURE_REF, with no day range', () => {
    const pub = '1998-02-13';
    expect(timexOf('Hotels are now only thirty percent full.', pub, 'now')).toMatchObject({ type: 'DATE', value: 'PRESENT_REF', range: null });
    expect(timexOf('The US government recently announced new regulations.', pub, 'recently').value).toBe('PAST_REF');
    expect(timexOf('Air strikes could continue well into the future.', pub, 'the future').value).toBe('FUTURE_REF');
    expect(timexOf('In the past, Russia has often claimed the fleet.', pub, 'the past').value).toBe('PAST_REF');
    expect(texts('The future of NATO was debated.', pub)).toEqual([]);
  });

  it('quarters and halves: the publication year, the quarter in focus, and "a year earlier" in an earnings report', () => {
    const pub = '1989-11-02';
    const text = 'Net income rose 12% in the third quarter. Profit was $1.2 million a year earlier. Sales for the quarter rose 5%.';
    expect(timexOf(text, pub, 'the third quarter')).toMatchObject({ value: '1989-Q3', range: { start: '1989-07-01', end: '1989-09-30' } });
    expect(timexOf(text, pub, 'a year earlier').value).toBe('1988-Q3');
    expect(timexOf(text, pub, 'the quarter').value).toBe('1989-Q3');
    expect(timexOf('Fourth-quarter sales will rise, the company said.', pub, 'Fourth-quarter').value).toBe('1989-Q4');
    expect(timexOf('Output fell in the first half of 1990.', pub, 'the first half of 1990').value).toBe('1990-H1');
    expect(timexOf('Orders rose in the year-earlier quarter.', pub, 'the year-earlier quarter').value).toBe('1988-Q3');
  });

  it('SET: every week = P1W, each Thursday = XXXX-WXX-4, daily = P1D; a newspaper called a daily is not a time', () => {
    const pub = '1998-02-13';
    expect(timexOf('The board meets every week in Geneva.', pub, 'every week')).toMatchObject({ type: 'SET', value: 'P1W', range: null });
    expect(timexOf('Flights leave each Thursday from Bombay.', pub, 'each Thursday').value).toBe('XXXX-WXX-4');
    expect(timexOf('Demonstrators gather daily outside the home.', pub, 'daily').value).toBe('P1D');
    expect(texts('The Communist Party daily Granma said so on Friday.', pub)).toEqual(['Friday']);
  });

  it('TIME: clock times take the day named with them, or the day in focus; overnight is that night', () => {
    const pub = '2000-04-03'; // a Monday
    expect(timexOf('The INS extended its deadline until 9 a.m. EST Tuesday.', pub, '9 a.m. EST Tuesday')).toMatchObject({ type: 'TIME', value: '2000-04-04T09:00' });
    const t = 'The talks began on March 30. Shortly after 1 p.m., the delegates left.';
    expect(timexOf(t, pub, '1 p.m.')).toMatchObject({ type: 'TIME', value: '2000-03-30T13:00', range: { start: '2000-03-30', end: '2000-03-30' } });
    expect(timexOf('Fighting resumed on Friday. Troops returned overnight.', pub, 'overnight').value).toBe('2000-03-31TNI');
    expect(timexOf('Castro spoke on Monday night.', pub, 'Monday night')).toMatchObject({ type: 'TIME', value: '2000-04-03TNI' });
  });

  it('DURATION: three months = P3M, two decades = P20Y; vague windows are PX durations that keep their range', () => {
    const pub = '2022-02-26';
    expect(timexOf('The talks lasted three months.', pub, 'three months')).toMatchObject({ type: 'DURATION', value: 'P3M', range: null });
    expect(timexOf('Ties have grown over two decades.', pub, 'two decades').value).toBe('P20Y');
    expect(timexOf('Prices have risen in recent years.', pub, 'recent years')).toMatchObject({ type: 'DURATION', value: 'PXY' });
  });

  it('weeks in values are ISO weeks (Monday start); the range keeps the Sunday–Saturday week', () => {
    // Sunday 1998-03-01: ISO "last week" is W08 (Feb 16–22); the project's range is the Sun–Sat week before
    expect(timexOf('Talks collapsed last week.', '1998-03-01', 'last week')).toMatchObject({ value: '1998-W08', range: { start: '1998-02-22', end: '1998-02-28' } });
    expect(timexOf('Talks collapsed last week.', '1998-03-04', 'last week').value).toBe('1998-W09');
  });

  it('"this September" and "this summer" are those of the publication year', () => {
    expect(timexOf('Elections are due this September.', '1998-02-05', 'this September').value).toBe('1998-09');
    expect(timexOf('Tourism fell this summer, officials said.', '1998-03-22', 'this summer').value).toBe('1998-SU');
  });

  it('spoken years of broadcast transcripts', () => {
    expect(timexOf('January nineteen ninety-seven. Atlanta again.', '1998-02-27', 'nineteen ninety-seven').value).toBe('1997');
  });
});

describe('resolution on unseen text', () => {
  it('a month-day of a planned event or deadline is the occurrence nearest publication, whatever the verb tense', () => {
    // a May report on a canceled June summit (planned event), a dividend notice, an immigration deadline
    expect(rangeOf('Trump canceled the June 12 summit with Kim, the White House said.', '2018-05-24', 'June 12')).toEqual(['2018-06-12', '2018-06-12']);
    expect(timexOf('The dividend is payable Jan. 2 to stock of record Dec. 15.', '1989-11-02', 'Jan. 2').value).toBe('1990-01-02');
    expect(timexOf('The INS ordered the boy returned by Jan. 14, officials said.', '2000-01-06', 'Jan. 14').value).toBe('2000-01-14');
    expect(timexOf('The leaders will meet on June 1.', '2022-05-20', 'June 1').value).toBe('2022-06-01');
  });

  it('a reported past action on a month-day stays in the past', () => {
    expect(timexOf('Troops crossed the border on June 5, the ministry said.', '2022-02-10', 'June 5').value).toBe('2021-06-05');
  });

  it('a weekday in past narration is the latest such day on or before publication; "next to" is not future', () => {
    const pub = '1998-08-08'; // Saturday
    expect(timexOf('More than 100 people have been killed in the blasts next to the U.S. embassies on Friday.', pub, 'Friday').value).toBe('1998-08-07');
    expect(timexOf('In a Monday interview, the minister said talks would go on.', pub, 'Monday').value).toBe('1998-08-03');
    expect(timexOf('The group might come to the U.S. as soon as Tuesday.', '2000-04-03', 'Tuesday').value).toBe('2000-04-04');
  });

  it('every date expression in a sentence is its own timex and dates its own clause', () => {
    const found = findTimexes('Ministers met on Monday and will meet again on Friday.', '2022-03-16');
    expect(found.map((t) => [t.text, t.value])).toEqual([['Monday', '2022-03-14'], ['Friday', '2022-03-18']]);
  });

  it('a participle after "will" does not make the clause past ("will redeem … preferred shares on Oct. 31")', () => {
    expect(timexOf("Hudson's Bay said it will redeem 9.5 million preferred shares on Oct. 31.", '1989-10-27', 'Oct. 31').value).toBe('1989-10-31');
  });

  it('a year inside a relative clause does not date the rest of the sentence', () => {
    expect(timexOf('Under a program approved in 1987 that set no amount, Nashua had bought 481,000 shares through Sept. 29.', '1989-10-30', 'Sept. 29').value).toBe('1989-09-29');
  });

  it('narrative anchoring follows the last date in focus', () => {
    const text = 'The militia seized the town in early 2004. Seven years later, it was retaken. The next day, talks began.';
    expect(timexOf(text, '2022-03-01', 'Seven years later').value).toBe('2011');
    expect(rangeOf('Talks opened on March 3. Two days later, they collapsed.', '2022-03-20', 'Two days later')).toEqual(['2022-03-05', '2022-03-05']);
  });
});

describe('datelines and publication stamps are publication evidence (role: publication)', () => {
  const cases: [string, string, string][] = [
    ['WASHINGTON, March 19 — The two leaders met on Friday.', 'March 19', '2022-03-19'],
    ['GENEVA, Jan. 23 (Reuters) — Talks ended on Monday.', 'Jan. 23', '2022-01-23'],
    ['Published: 26 May 2018\nThe summit was canceled on Thursday.', '26 May 2018', '2018-05-26'],
    ['May 28, 2018 09:35\nThe envoy arrived on Sunday.', 'May 28, 2018', '2018-05-28'],
  ];
  it.each(cases)('%s', (text, stamp, value) => {
    const published = value.startsWith('2018') ? '2018-05-28' : '2022-03-19';
    expect(timexOf(text, published, stamp)).toMatchObject({ value, role: 'publication' });
  });
  it('the stamp is never the anchor of a following anaphor', () => {
    const text = 'TEHRAN, August 8 (Xinhua) -- Iran condemned the bombing. The same day, protests began.';
    expect(timexOf(text, '1998-08-10', 'August 8').role).toBe('publication');
    expect(rangeOf(text, '1998-08-10', 'The same day')).toEqual(['1998-08-10', '1998-08-10']);
  });
  it('a date inside a sentence is not a stamp', () => {
    expect(timexOf('The treaty was signed on March 19 in Rome.', '2022-03-25', 'March 19').role).toBeUndefined();
  });
});
