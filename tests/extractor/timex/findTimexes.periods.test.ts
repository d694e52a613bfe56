import { describe, expect, it } from 'vitest';
import { rangeOf, timexOf } from './helpers';

// Published Wednesday 2023-04-05.
const pub = '2023-04-05';

describe('findTimexes — parts of periods', () => {
  it('late = day 21 to the end of the month, mod END', () => {
    expect(timexOf('Fighting intensified in late January.', pub, 'late January')).toMatchObject({
      value: '2023-01', mod: 'END', range: { start: '2023-01-21', end: '2023-01-31' }, precision: 'part-of-month',
    });
  });

  it('early = days 1–10, mod START', () => {
    expect(timexOf('Prices rose early this month.', pub, 'early this month')).toMatchObject({
      value: '2023-04', mod: 'START', range: { start: '2023-04-01', end: '2023-04-10' }, precision: 'part-of-month',
    });
  });

  it('mid = days 11–20, mod MID; a past month later in the year is last year', () => {
    expect(timexOf('The talks stalled in mid-November.', pub, 'mid-November')).toMatchObject({
      value: '2022-11', mod: 'MID', range: { start: '2022-11-11', end: '2022-11-20' },
    });
  });

  it('"over the winter" = Dec 1 to the end of February, precision season', () => {
    expect(timexOf('Tensions grew over the winter.', pub, 'the winter')).toMatchObject({
      value: '2022-WI', range: { start: '2022-12-01', end: '2023-02-28' }, precision: 'season',
    });
    // published inside a winter: that winter (2024 is a leap year)
    expect(rangeOf('Tensions grew over the winter.', '2024-01-18', 'the winter')).toEqual(['2023-12-01', '2024-02-29']);
  });

  it('"last summer" is the most recent summer that has ended', () => {
    expect(rangeOf('The pact was drafted last summer.', pub, 'last summer')).toEqual(['2022-06-01', '2022-08-31']);
  });

  it('"earlier this month" = the 1st to the day before publication', () => {
    expect(rangeOf('The court ruled earlier this month.', pub, 'earlier this month')).toEqual(['2023-04-01', '2023-04-04']);
  });

  it('"late last year" = September–December of the previous year', () => {
    expect(timexOf('The plan was drafted late last year.', pub, 'late last year')).toMatchObject({
      value: '2022', mod: 'END', range: { start: '2022-09-01', end: '2022-12-31' },
    });
  });

  it('"later this year" = the day after publication to Dec 31', () => {
    expect(rangeOf('Elections are due later this year.', pub, 'later this year')).toEqual(['2023-04-06', '2023-12-31']);
  });

  it('"the end of the month" is the last part of the current month', () => {
    expect(rangeOf('The troops will leave by the end of the month.', pub, 'the end of the month')).toEqual(['2023-04-21', '2023-04-30']);
  });

  it('"the Winter Olympic Games" and "the fall of Kabul" are not seasons', () => {
    expect(() => timexOf('They met at the Winter Olympic Games.', pub, 'Winter')).toThrow(/no timex/);
    expect(() => timexOf('He recalled the fall of Kabul.', pub, 'the fall')).toThrow(/no timex/);
  });
});

describe('findTimexes — relative to publication', () => {
  // Published Thursday 2020-03-05; week = Sun 2020-03-01 .. Sat 2020-03-07.
  const p = '2020-03-05';
  it('this week / last week / next week are Sunday–Saturday weeks', () => {
    expect(timexOf('Markets fell this week.', p, 'this week')).toMatchObject({
      value: '2020-W10', range: { start: '2020-03-01', end: '2020-03-07' }, precision: 'week',
    });
    expect(timexOf('Markets fell last week.', p, 'last week')).toMatchObject({
      value: '2020-W09', range: { start: '2020-02-23', end: '2020-02-29' }, precision: 'week',
    });
    expect(rangeOf('The talks resume next week.', p, 'next week')).toEqual(['2020-03-08', '2020-03-14']);
  });

  it('yesterday / today / tomorrow', () => {
    const text = 'He landed yesterday, speaks today and will leave tomorrow.';
    expect(rangeOf(text, p, 'yesterday')).toEqual(['2020-03-04', '2020-03-04']);
    expect(rangeOf(text, p, 'today')).toEqual(['2020-03-05', '2020-03-05']);
    expect(rangeOf(text, p, 'tomorrow')).toEqual(['2020-03-06', '2020-03-06']);
  });

  it('"last night" is the evening before publication', () => {
    expect(timexOf('Shelling resumed last night.', p, 'last night').value).toBe('2020-03-04TNI');
  });

  it('last month / next month / this year / last year', () => {
    const text = 'Exports fell last month, will rise next month and may grow this year after shrinking last year.';
    expect(timexOf(text, p, 'last month')).toMatchObject({ value: '2020-02', range: { start: '2020-02-01', end: '2020-02-29' }, precision: 'month' });
    expect(timexOf(text, p, 'next month').value).toBe('2020-04');
    expect(timexOf(text, p, 'this year')).toMatchObject({ value: '2020', range: { start: '2020-01-01', end: '2020-12-31' }, precision: 'year' });
    expect(timexOf(text, p, 'last year').value).toBe('2019');
  });

  it('"earlier in the day" with no earlier date is the publication day', () => {
    expect(rangeOf('Earlier in the day, the mayor resigned.', p, 'Earlier in the day')).toEqual(['2020-03-05', '2020-03-05']);
  });

  it('"two years ago" and "a few days ago" count back from publication', () => {
    expect(timexOf('The dam burst two years ago.', p, 'two years ago')).toMatchObject({ value: '2018', precision: 'year' });
    expect(timexOf('The dam burst a few days ago.', p, 'a few days ago')).toMatchObject({
      range: { start: '2020-02-27', end: '2020-03-04' }, precision: 'days',
    });
  });
});

describe('findTimexes — bare months and years', () => {
  const p = '2022-02-26';
  it('"in December" in the past is last December; in the future next December', () => {
    expect(rangeOf('The envoys met in December.', p, 'December')).toEqual(['2021-12-01', '2021-12-31']);
    expect(rangeOf('The envoys will meet in December.', p, 'December')).toEqual(['2022-12-01', '2022-12-31']);
  });

  it('"in November last year", "December 2021", "in 2014"', () => {
    expect(timexOf('They last spoke in November last year.', p, 'November last year').value).toBe('2021-11');
    expect(timexOf('A warning came in December 2021, officials said.', p, 'December 2021')).toMatchObject({
      value: '2021-12', range: { start: '2021-12-01', end: '2021-12-31' }, precision: 'month',
    });
    expect(timexOf('Crimea was annexed in 2014.', p, '2014')).toMatchObject({
      value: '2014', range: { start: '2014-01-01', end: '2014-12-31' }, precision: 'year',
    });
  });

  it('the modal verb "may" is not May, but "in May" is', () => {
    expect(() => timexOf('Officials may meet again soon.', p, 'may')).toThrow(/no timex/);
    expect(timexOf('Officials may meet again in May.', p, 'May').value).toBe('2022-05');
  });

  it('"last November" is the most recent November before the publication month', () => {
    expect(timexOf('The deal collapsed last November.', p, 'last November').value).toBe('2021-11');
  });
});
