import { describe, expect, it } from 'vitest';
import { mentionsToReviewItems } from '../../../src/lib/workspace/reviewItem';
import { buildUserSource, reviewItemsToEvents } from '../../../src/lib/workspace/buildUserReport';
import type { Mention } from '../../../src/lib/model/extraction';
import { baseDataset } from './fixtures';

const mention = (text: string, passage: string): Mention => {
  const start = text.indexOf(passage);
  return {
    start, end: start + passage.length, text: passage, timex: null, date: { start: '2022-02-21', end: '2022-02-21', precision: 'day' },
    actors: ['Qin Gang'], actorIds: ['qin-gang'], countries: ['CN'], type: 'CONSULT', confidence: 0.8, boilerplate: false,
  };
};

function userEvent(text: string, passage: string) {
  const actors = baseDataset().actors;
  const source = buildUserSource(text, { outlet: 'Wire', title: 'T', published: '2022-02-22' });
  const items = mentionsToReviewItems([mention(text, passage)], actors);
  items[0]!.accepted = true;
  return reviewItemsToEvents(items, source, actors).events[0]!;
}

describe('reviewItemsToEvents: attribution of user citations', () => {
  it('counts a user passage that attributes its fact to Reuters for Reuters', () => {
    const text = 'On Monday, Qin Gang met US officials in Washington, Reuters reported.';
    const ev = userEvent(text, 'On Monday, Qin Gang met US officials in Washington');
    expect(ev.citations[0]?.attributedTo).toBe('Reuters');
    expect(ev.corroboration).toEqual({ reports: 1, independentOutlets: 1, outlets: ['Reuters'] });
  });

  it('counts a passage without attribution for the report’s own outlet', () => {
    const text = 'On Monday, Qin Gang met US officials in Washington.';
    const ev = userEvent(text, 'On Monday, Qin Gang met US officials in Washington.');
    expect(ev.citations[0]).not.toHaveProperty('attributedTo');
    expect(ev.corroboration).toEqual({ reports: 1, independentOutlets: 1, outlets: ['Wire'] });
  });
});
