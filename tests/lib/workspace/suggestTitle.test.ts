import { describe, expect, it } from 'vitest';
import { suggestTitle } from '../../../src/lib/workspace/suggestTitle';

describe('suggestTitle(text)', () => {
  it('takes a headline line as the title suggestion', () => {
    const text = "Pompeo meets North Korea's Kim Yong-chol in New York\n\nNEW YORK, June 1 - Secretary of State Mike Pompeo met …";
    expect(suggestTitle(text)).toEqual({ title: "Pompeo meets North Korea's Kim Yong-chol in New York", start: 0, end: 52 });
  });
  it('does not take a first sentence for a headline', () => {
    expect(suggestTitle('Iran and six world powers reached a deal on Tuesday.\nMore text.')).toBeNull();
    expect(suggestTitle('One line only')).toBeNull();
  });
});
