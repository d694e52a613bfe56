import { describe, expect, it } from 'vitest';
import { rangeOf, timexOf } from './helpers';

// Published Friday 2019-10-11; its Sunday–Saturday week runs 2019-10-06 .. 2019-10-12.
const pub = '2019-10-11';

describe('findTimexes — weekdays', () => {
  it('"on Thursday" in a past-tense sentence is the most recent Thursday', () => {
    expect(rangeOf('The board approved the plan on Thursday.', pub, 'Thursday')).toEqual(['2019-10-10', '2019-10-10']);
  });

  it('a weekday equal to the publication day means that day (past and future)', () => {
    expect(rangeOf('The council voted on Friday.', pub, 'Friday')).toEqual(['2019-10-11', '2019-10-11']);
    expect(rangeOf('The council will vote on Friday.', pub, 'Friday')).toEqual(['2019-10-11', '2019-10-11']);
  });

  it('a time of day keeps the day and adds the part of day to the value (type TIME)', () => {
    expect(timexOf('The strike began Monday night.', pub, 'Monday night')).toMatchObject({
      type: 'TIME', value: '2019-10-07TNI', range: { start: '2019-10-07', end: '2019-10-07' },
    });
    expect(timexOf('Police moved in Thursday morning.', pub, 'Thursday morning').value).toBe('2019-10-10TMO');
    expect(timexOf('Crowds gathered Wednesday evening.', pub, 'Wednesday evening').value).toBe('2019-10-09TEV');
    expect(timexOf('The vote came Tuesday afternoon.', pub, 'Tuesday afternoon').value).toBe('2019-10-08TAF');
  });

  it('"last Saturday" is strictly before publication', () => {
    expect(rangeOf('The rally took place last Saturday.', pub, 'last Saturday')).toEqual(['2019-10-05', '2019-10-05']);
    // published on a Saturday: a week earlier
    expect(rangeOf('The rally took place last Saturday.', '2017-12-02', 'last Saturday')).toEqual(['2017-11-25', '2017-11-25']);
  });

  it('"next Friday" is strictly after publication', () => {
    expect(rangeOf('The panel will report next Friday.', pub, 'next Friday')).toEqual(['2019-10-18', '2019-10-18']);
  });

  it('"Monday last week" / "Tuesday last week" are days of the previous Sunday–Saturday week', () => {
    expect(rangeOf('The envoys met on Monday last week in Rome.', pub, 'Monday last week')).toEqual(['2019-09-30', '2019-09-30']);
    expect(rangeOf('He spoke on Tuesday last week.', pub, 'Tuesday last week')).toEqual(['2019-10-01', '2019-10-01']);
    // published on a Sunday the previous week is the one that ended the day before
    expect(rangeOf('She resigned on Monday last week.', '2018-09-23', 'Monday last week')).toEqual(['2018-09-17', '2018-09-17']);
  });

  it('"Sunday\'s program" is Sunday, without the possessive', () => {
    const t = timexOf('Sunday\'s program drew record viewers.', pub, 'Sunday');
    expect(t.range).toEqual({ start: '2019-10-06', end: '2019-10-06' });
  });

  it('weekday proper names are not dates', () => {
    expect(() => timexOf('Bloody Sunday is remembered in Derry.', pub, 'Sunday')).toThrow(/no timex/);
    expect(() => timexOf('The Sunday Times reported the leak.', pub, 'Sunday')).toThrow(/no timex/);
  });
});
