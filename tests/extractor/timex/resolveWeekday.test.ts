import { describe, expect, it } from 'vitest';
import { resolveWeekday } from '../../../src/extractor/timex/resolveWeekday';

// 2022-02-25 is a Friday; 0 = Sunday … 6 = Saturday.
describe('resolveWeekday(published, weekday, direction)', () => {
  it('onOrBefore: the most recent such day, the publication day included', () => {
    expect(resolveWeekday('2022-02-25', 4, 'onOrBefore')).toBe('2022-02-24');
    expect(resolveWeekday('2022-02-25', 5, 'onOrBefore')).toBe('2022-02-25');
    expect(resolveWeekday('2022-02-25', 6, 'onOrBefore')).toBe('2022-02-19');
  });
  it('before: strictly before publication', () => {
    expect(resolveWeekday('2022-02-25', 5, 'before')).toBe('2022-02-18');
  });
  it('onOrAfter and after: forward', () => {
    expect(resolveWeekday('2022-02-25', 1, 'onOrAfter')).toBe('2022-02-28');
    expect(resolveWeekday('2022-02-25', 5, 'onOrAfter')).toBe('2022-02-25');
    expect(resolveWeekday('2022-02-25', 5, 'after')).toBe('2022-03-04');
  });
  it('crosses year ends', () => {
    expect(resolveWeekday('2022-01-01', 3, 'before')).toBe('2021-12-29');
  });
  it('throws a clear error on an invalid publication date', () => {
    expect(() => resolveWeekday('2022-02-30', 1, 'before')).toThrow(/invalid published date "2022-02-30"/);
  });
});
