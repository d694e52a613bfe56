import { describe, expect, it } from 'vitest';
import { rangeOf, timexOf } from './helpers';

// Published Saturday 2022-02-26; week = Sun 2022-02-20 .. Sat 2022-02-26.
const pub = '2022-02-26';

describe('findTimexes — vague recent past and near future', () => {
  it('"in recent days" / "in recent weeks" = the last 7 days / 4 weeks up to publication, a vague DURATION as TimeBank writes it (PXD)', () => {
    expect(timexOf('In recent days, troops massed.', pub, 'recent days')).toMatchObject({
      type: 'DURATION', value: 'PXD', range: { start: '2022-02-19', end: '2022-02-26' }, precision: 'days',
    });
    expect(rangeOf('In recent weeks, troops massed.', pub, 'recent weeks')).toEqual(['2022-01-29', '2022-02-26']);
  });

  it('"in the coming weeks" is a vague duration (PXW) and never becomes an anchor', () => {
    const text = 'They met on Feb. 3. Talks will resume in the coming weeks. They met again that same day.';
    expect(timexOf(text, pub, 'the coming weeks')).toMatchObject({ type: 'DURATION', value: 'PXW', range: { start: '2022-02-26', end: '2022-03-26' } });
    expect(rangeOf(text, pub, 'that same day')).toEqual(['2022-02-03', '2022-02-03']);
  });

  it('a date after "since" opens a period and is not an anchor', () => {
    const text = 'They met on Feb. 3. Ties have deepened since 2013. The next day, a deal was signed.';
    expect(rangeOf(text, pub, 'The next day')).toEqual(['2022-02-04', '2022-02-04']);
  });
});

describe('findTimexes — more period expressions', () => {
  it('"this past week" is last week; "the past weekend" the last Saturday–Sunday', () => {
    expect(rangeOf('Prices rose this past week.', pub, 'this past week')).toEqual(['2022-02-13', '2022-02-19']);
    expect(timexOf('Crowds gathered over the past weekend.', '2022-03-02', 'the past weekend')).toMatchObject({
      value: '2022-W08-WE', range: { start: '2022-02-26', end: '2022-02-27' },
    });
  });

  it('"over the weekend" in a past-tense sentence is the most recent weekend', () => {
    expect(rangeOf('Protesters marched over the weekend.', '2022-03-02', 'the weekend')).toEqual(['2022-02-26', '2022-02-27']);
  });

  it('fixed-date holidays follow the tense like a month and day', () => {
    expect(rangeOf('The envoy arrived on Christmas Eve.', pub, 'Christmas Eve')).toEqual(['2021-12-24', '2021-12-24']);
    expect(rangeOf('The ban ended on New Year\'s Day.', '2022-06-01', 'New Year\'s Day')).toEqual(['2022-01-01', '2022-01-01']);
    expect(rangeOf('The ban will end on New Year\'s Day.', '2022-06-01', 'New Year\'s Day')).toEqual(['2023-01-01', '2023-01-01']);
  });

  it('halves, quarters and weeks of a month', () => {
    expect(rangeOf('Growth slowed in the first half of 2021.', pub, 'the first half of 2021')).toEqual(['2021-01-01', '2021-06-30']);
    expect(rangeOf('Sales fell in the second quarter of last year.', pub, 'the second quarter of last year')).toEqual(['2021-04-01', '2021-06-30']);
    expect(rangeOf('Troops left in the first week of January.', pub, 'the first week of January')).toEqual(['2022-01-01', '2022-01-07']);
    expect(rangeOf('Troops left in the last week of November.', pub, 'the last week of November')).toEqual(['2021-11-24', '2021-11-30']);
  });

  it('"the early 1990s" and "mid-2021"', () => {
    expect(rangeOf('The pact dates from the early 1990s.', pub, 'early 1990s')).toEqual(['1990-01-01', '1993-12-31']);
    expect(timexOf('Talks stalled in mid-2021.', pub, 'mid-2021')).toMatchObject({ value: '2021', mod: 'MID', range: { start: '2021-05-01', end: '2021-08-31' } });
  });
});

describe('findTimexes — tense in headlines and arrangements', () => {
  const p = '2023-06-14'; // Wednesday
  it('a headline infinitive ("Biden to visit … on Monday") is future', () => {
    expect(rangeOf('Biden to visit Warsaw on Monday', p, 'Monday')).toEqual(['2023-06-19', '2023-06-19']);
  });
  it('an infinitive of purpose after a past verb stays past', () => {
    expect(rangeOf('He flew to Warsaw to meet Duda on Monday.', p, 'Monday')).toEqual(['2023-06-12', '2023-06-12']);
  });
  it('the present progressive and "is expected" announce arrangements', () => {
    expect(rangeOf('The minister is travelling to Kyiv on Monday.', p, 'Monday')).toEqual(['2023-06-19', '2023-06-19']);
    expect(rangeOf('The minister is expected in Kyiv on Monday.', p, 'Monday')).toEqual(['2023-06-19', '2023-06-19']);
  });
});

describe('findTimexes — obligations, schedules and British usage', () => {
  const p = '2022-03-02'; // Wednesday
  it('"must"/"has to" point forward', () => {
    expect(rangeOf('Kyiv must respond by Friday.', p, 'Friday')).toEqual(['2022-03-04', '2022-03-04']);
    expect(rangeOf('The cabinet has to decide by Monday.', p, 'Monday')).toEqual(['2022-03-07', '2022-03-07']);
  });
  it('a present-tense verb of schedule points forward', () => {
    expect(rangeOf('The ceasefire expires on Friday.', p, 'Friday')).toEqual(['2022-03-04', '2022-03-04']);
  });
  it('a fortnight is two weeks', () => {
    expect(rangeOf('He left a fortnight ago.', p, 'a fortnight ago')).toEqual(['2022-02-16', '2022-02-16']);
    expect(timexOf('The talks lasted a fortnight.', p, 'a fortnight').value).toBe('P2W');
  });
  it('British day ranges "10-11 January" and "end-March"', () => {
    expect(timexOf('The talks, held on 10-11 January, failed.', p, '10-11 January')).toMatchObject({
      range: { start: '2022-01-10', end: '2022-01-11' }, precision: 'range',
    });
    expect(rangeOf('Stocks bottomed out in end-January.', p, 'end-January')).toEqual(['2022-01-21', '2022-01-31']);
  });
  it('"the day before" a short range is the day before its start', () => {
    expect(rangeOf('The talks, held on 10-11 January, failed. Aides met the day before.', p, 'the day before')).toEqual(['2022-01-09', '2022-01-09']);
  });
  it('Thanksgiving is the fourth Thursday of November', () => {
    expect(rangeOf('He will name a cabinet before Thanksgiving.', '2020-11-20', 'Thanksgiving')).toEqual(['2020-11-26', '2020-11-26']);
    expect(rangeOf('They met on Thanksgiving.', '2022-03-02', 'Thanksgiving')).toEqual(['2021-11-25', '2021-11-25']);
  });
});

describe('findTimexes — ranges and anchored weekdays', () => {
  const p = '2022-03-10';
  it('a day range across months "Feb. 28-March 2"', () => {
    expect(timexOf('The drills ran Feb. 28-March 2.', p, 'Feb. 28-March 2')).toMatchObject({
      range: { start: '2022-02-28', end: '2022-03-02' }, precision: 'range',
    });
  });
  it('year ranges "2014-2016" and "2021-22"', () => {
    expect(rangeOf('The 2014-2016 war ended.', p, '2014-2016')).toEqual(['2014-01-01', '2016-12-31']);
    expect(rangeOf('Exports grew in 2021-22.', p, '2021-22')).toEqual(['2021-01-01', '2022-12-31']);
  });
  it('"the following Monday" / "the previous Friday" are relative to the anchor', () => {
    const text = 'They met on Feb. 3. The following Monday, talks resumed. The previous Friday, aides had met.';
    expect(timexOf(text, p, 'The following Monday')).toMatchObject({ range: { start: '2022-02-07', end: '2022-02-07' }, anaphoric: true });
    expect(rangeOf(text, p, 'The previous Friday')).toEqual(['2022-02-04', '2022-02-04']);
  });
});

describe('findTimexes — year context and deadlines', () => {
  it('a bare month takes the year named earlier in the same sentence', () => {
    expect(rangeOf('In 2019, talks collapsed in March.', '2023-07-12', 'March')).toEqual(['2019-03-01', '2019-03-31']);
    expect(rangeOf('Next year\'s summit will be held in Washington in July.', '2023-07-12', 'July')).toEqual(['2024-07-01', '2024-07-31']);
  });
  it('but not a year after "since", nor one from another sentence', () => {
    expect(rangeOf('Ties deepened since 2013, and in March they signed a pact.', '2023-07-12', 'March')).toEqual(['2023-03-01', '2023-03-31']);
    expect(rangeOf('The war began in 2014. Talks collapsed in March.', '2023-07-12', 'March')).toEqual(['2023-03-01', '2023-03-31']);
  });
  it('"next year\'s" is "next year" without the possessive', () => {
    expect(timexOf('Next year\'s budget is larger.', '2023-07-12', 'Next year').value).toBe('2024');
  });
  it('"has until" names a deadline in the future', () => {
    expect(rangeOf('The government has until 12 April to propose a plan.', '2019-03-30', '12 April')).toEqual(['2019-04-12', '2019-04-12']);
  });
  it('an expression after "since" is always in the past', () => {
    expect(rangeOf('Talks resume on Thursday, the sixth round since June.', '2017-11-10', 'June')).toEqual(['2017-06-01', '2017-06-30']);
  });
});
