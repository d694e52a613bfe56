import { isIsoDay, isoDayProblem } from '../../../src/lib/model/isoDate';

describe('isIsoDay(value)', () => {
  it('accepts real days, leap days included', () => {
    expect(['2022-02-24', '2021-11-15', '2024-02-29', '2021-12-31'].map(isIsoDay)).toEqual([true, true, true, true]);
  });

  it('rejects impossible days and other formats', () => {
    expect(['2022-02-30', '2022-02-29', '2022-13-01', '2022-00-10', '2022-04-31', '2022-4-1', '2022-02-24T00:00', 'Feb 24'].map(isIsoDay)).toEqual(
      Array(8).fill(false),
    );
  });
});

describe('isoDayProblem(value)', () => {
  it('says which kind of problem it is', () => {
    expect(isoDayProblem('2022-02-30')).toBe('"2022-02-30" is not a real calendar day');
    expect(isoDayProblem('24/02/2022')).toBe('"24/02/2022" is not a date written YYYY-MM-DD');
    expect(isoDayProblem('2022-02-28')).toBeNull();
  });
});
