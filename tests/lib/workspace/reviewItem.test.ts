import { describe, expect, it } from 'vitest';
import { boilerplateSpans, draftTitle, mentionsToReviewItems } from '../../../src/lib/workspace/reviewItem';
import { buildUserSource, newUserActor, reviewItemsToEvents } from '../../../src/lib/workspace/buildUserReport';
import type { Mention } from '../../../src/lib/model/extraction';
import { baseDataset } from './fixtures';

const text = 'Ad: buy now.\nOn Monday, Wang Yi met Qin Gang in Beijing to discuss Ukraine.';
const m = (over: Partial<Mention>): Mention => ({
  start: 13, end: text.length, text: text.slice(13), timex: null, date: { start: '2022-02-21', end: '2022-02-21', precision: 'day' },
  actors: ['Wang Yi', 'Qin Gang'], actorIds: ['qin-gang'], countries: ['CN'], type: 'CONSULT', confidence: 0.8, boilerplate: false, ...over,
});

describe('mentionsToReviewItems(mentions, gazetteer)', () => {
  it('leaves out boilerplate and lists names missing from the gazetteer', () => {
    const items = mentionsToReviewItems([m({ start: 0, end: 12, text: 'Ad: buy now.', boilerplate: true }), m({})], baseDataset().actors);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ unknownActors: ['Wang Yi'], actorIds: ['qin-gang'], start: '2022-02-21', quote: text.slice(13), accepted: null });
  });
});

describe('reviewItemsToEvents(items, source, actors)', () => {
  it('makes user events citing the new source for accepted items only and reports invalid ones', () => {
    const actors = baseDataset().actors;
    const source = buildUserSource(text, { outlet: 'Wire', title: 'T', published: '2022-02-22' });
    const items = mentionsToReviewItems([m({}), m({ date: null }), m({ date: { start: '2022-02-20', end: '2022-02-20', precision: 'day' } })], actors);
    const byKey = (k: string) => items.find((i) => i.key === k)!;
    byKey('m0').accepted = true;
    byKey('m1').accepted = true;
    byKey('m2').accepted = false;
    const { events, problems } = reviewItemsToEvents(items, source, actors);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ origin: 'user', countries: ['CN'], start: '2022-02-21' });
    const c = events[0]!.citations[0]!;
    expect(source.text.slice(c.start, c.end)).toBe(c.quote);
    expect(c.source).toBe(source.id);
    expect(problems).toEqual([{ key: 'm1', problem: 'The start date is missing.' }]);
  });
  it('gives the same source id for the same outlet and text', () => {
    const a = buildUserSource(text, { outlet: 'Wire', title: 'A', published: '2022-02-22' });
    const b = buildUserSource(text, { outlet: 'Wire', title: 'B', published: '2022-02-23' });
    expect(a.id).toBe(b.id);
  });
  it('creates unique ids for new actors', () => {
    const actors = baseDataset().actors;
    const a = newUserActor('Wang Yi', 'person', actors);
    expect(a).toEqual({ id: 'user-wang-yi', name: 'Wang Yi', kind: 'person', country: null, aliases: [] });
    expect(newUserActor('Wang Yi', 'person', [...actors, a]).id).toBe('user-wang-yi-2');
  });
});

describe('draftTitle(text)', () => {
  it('drops a leading dateline and trims to a clause', () => {
    expect(draftTitle('GENEVA, January 21, 2022 — Blinken met Lavrov in Geneva.')).toBe('Blinken met Lavrov in Geneva');
    expect(draftTitle('x '.repeat(100)).length).toBeLessThanOrEqual(91);
  });
});

describe('boilerplateSpans(mentions)', () => {
  it('sorts and merges the spans of boilerplate mentions only', () => {
    const spans = boilerplateSpans([m({ start: 20, end: 30, boilerplate: true }), m({ start: 0, end: 12, boilerplate: true }), m({ start: 10, end: 15, boilerplate: true }), m({})]);
    expect(spans).toEqual([{ start: 0, end: 15 }, { start: 20, end: 30 }]);
  });
});

describe('date expressions', () => {
  it('records the timex text as the date claim expression', () => {
    const actors = baseDataset().actors;
    const timexes = [{ start: 13, end: 22, text: 'On Monday', type: 'DATE' as const, value: '2022-02-21', range: { start: '2022-02-21', end: '2022-02-21' } }];
    const items = mentionsToReviewItems([m({ timex: 0 })], actors, timexes);
    items[0]!.accepted = true;
    const source = buildUserSource(text, { outlet: 'Wire', title: 'T', published: '2022-02-22' });
    expect(reviewItemsToEvents(items, source, actors).events[0]!.dateClaims[0]!.expression).toBe('On Monday');
  });
});

describe('dateUndatedByPublication(items, published) / onOrBeforeStart(published)', () => {
  it('dates accepted undated items as the 30 days up to publication, precision range, never one invented day', async () => {
    const { dateUndatedByPublication, onOrBeforeStart } = await import('../../../src/lib/workspace/reviewItem');
    expect(onOrBeforeStart('2023-11-06')).toBe('2023-10-07');
    expect(onOrBeforeStart('2024-03-01')).toBe('2024-01-31');
    const base = { key: 'k', title: 'T', precision: 'day' as const, type: 'CONSULT' as const, actorIds: [], unknownActors: [], countries: [], start_: 0, end_: 1, quote: 'q', confidence: 0.5 };
    const [a, b, c] = dateUndatedByPublication(
      [
        { ...base, accepted: true, start: '', end: '' },
        { ...base, accepted: null, start: '', end: '' },
        { ...base, accepted: true, start: '2023-10-31', end: '2023-10-31' },
      ],
      '2023-11-06',
    );
    expect(a).toMatchObject({ start: '2023-10-07', end: '2023-11-06', precision: 'range', datedByPublication: true });
    expect(b).toMatchObject({ start: '', end: '' });
    expect(c).toMatchObject({ start: '2023-10-31', precision: 'day' });
  });
});
