import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index';
import { dateAgreement, JOIN_THRESHOLD, matchScore, mergeParsed } from '../../../src/extractor/merge/merge';
import type { Source, TimelineEvent } from '../../../src/lib/model/types';
import { GAZETTEER } from '../fixtures/gazetteer';

// published on Friday 2023-03-10: "Monday" = 03-06, "Tuesday" = 03-07, "Wednesday" = 03-08
const PUB = '2023-03-10';
const kinds = new Map(GAZETTEER.map((a) => [a.id, a.kind] as const));

function source(id: string, text: string): Source {
  return { id, outlet: id, title: id, published: PUB, kind: 'original', basedOn: null, text, boilerplate: [] };
}

function curated(id: string, fields: Pick<TimelineEvent, 'start' | 'end' | 'type' | 'actors'> & Partial<TimelineEvent>): TimelineEvent {
  return {
    id,
    title: `curated ${id}`,
    precision: fields.start === fields.end ? 'day' : 'range',
    countries: [],
    origin: 'curated',
    citations: [],
    dateClaims: [],
    corroboration: { reports: 0, independentOutlets: 0 },
    ...fields,
  };
}

function merge(events: TimelineEvent[], ...texts: string[]): TimelineEvent[] {
  const sources = texts.map((t, i) => source(`s${i}`, t));
  return mergeParsed({ curated: events, results: sources.map((s) => ({ source: s, result: extract(s.text, { published: PUB, actors: GAZETTEER, sourceId: s.id }) })), actors: GAZETTEER });
}

const quotesOf = (events: TimelineEvent[], id: string) => (events.find((e) => e.id === id)?.citations ?? []).map((c) => c.quote);

describe('dateAgreement', () => {
  it('is 1 for the same days, small for a day inside a long range, 0 when disjoint', () => {
    expect(dateAgreement('2023-03-06', '2023-03-06', '2023-03-06', '2023-03-06')).toBe(1);
    expect(dateAgreement('2023-03-06', '2023-03-06', '2023-03-06', '2023-03-07')).toBe(0.5);
    expect(dateAgreement('2023-03-06', '2023-03-06', '2023-01-01', '2023-03-31')).toBeCloseTo(1 / 90, 5);
    expect(dateAgreement('2023-03-06', '2023-03-06', '2023-03-07', '2023-03-31')).toBe(0);
  });
});

describe('matchScore: specificity and agreement', () => {
  const day = { start: '2023-03-06', end: '2023-03-06', precision: 'day' as const };
  it('one shared person and the type of a three-month event are not enough; the same day is', () => {
    const wide = curated('wide', { start: '2023-01-01', end: '2023-03-31', type: 'CONSULT', actors: ['lavrov', 'fr'] });
    const sameDay = curated('same-day', { start: '2023-03-06', end: '2023-03-06', type: 'CONSULT', actors: ['lavrov', 'fr'] });
    const m = { date: day, type: 'CONSULT' as const, actorIds: ['lavrov', 'fr'] };
    expect(matchScore(m, wide, kinds)).toBe(0);
    expect(matchScore(m, sameDay, kinds)).toBeGreaterThanOrEqual(JOIN_THRESHOLD);
  });
  it('a mention naming people joins only through a shared person or body, not through states alone', () => {
    const ev = curated('states', { start: '2023-01-01', end: '2023-03-31', type: 'CONSULT', actors: ['fr', 'ru', 'macron'] });
    expect(matchScore({ date: day, type: 'CONSULT', actorIds: ['lavrov', 'fr', 'ru'] }, ev, kinds)).toBe(0);
  });
  it('a mention naming states only joins a same-day event of the same family through shared states', () => {
    const ev = curated('drill', { start: '2023-03-06', end: '2023-03-06', type: 'MOBILIZE', mode: 'military', actors: ['cn', 'us'] });
    expect(matchScore({ date: day, type: 'MOBILIZE', mode: 'military', actorIds: ['cn', 'us'] }, ev, kinds)).toBeGreaterThanOrEqual(JOIN_THRESHOLD);
    expect(matchScore({ date: day, type: 'CONSULT', actorIds: ['cn', 'us'] }, ev, kinds)).toBe(0);
  });
});

describe('mergeParsed: which curated event a sentence joins', () => {
  it('a wide-range curated event does not swallow an unrelated mention of a day in its window', () => {
    const wide = curated('winter-talks', { start: '2022-12-01', end: '2023-03-09', type: 'CONSULT', actors: ['lavrov', 'fr', 'ru'] });
    const events = merge([wide], 'On Monday, Sergei Lavrov held talks in Geneva on grain exports.');
    expect(quotesOf(events, 'winter-talks')).toEqual([]);
    const parsed = events.filter((e) => e.origin === 'parsed');
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.start).toBe('2023-03-06');
  });

  it('a same-day mention with the same actors and type family joins, even with another type', () => {
    const call = curated('call', { start: '2023-03-07', end: '2023-03-07', type: 'CONSULT', mode: 'phone', actors: ['macron', 'scholz', 'fr'] });
    const text = 'On Tuesday, Emmanuel Macron and Olaf Scholz agreed to coordinate their energy purchases.';
    const events = merge([call], text);
    expect(quotesOf(events, 'call')).toEqual([text]);
    expect(events.find((e) => e.id === 'call')?.origin).toBe('curated+parsed');
  });

  it('a mention of another type family on the same day does not join', () => {
    const sanctions = curated('sanctions', { start: '2023-03-07', end: '2023-03-07', type: 'SANCTION', mode: 'economic', actors: ['macron', 'fr', 'ru'] });
    const events = merge([sanctions], 'On Tuesday, Emmanuel Macron spoke with Olaf Scholz by phone about Russia.');
    expect(quotesOf(events, 'sanctions')).toEqual([]);
    expect(events.filter((e) => e.origin === 'parsed').map((e) => e.type)).toEqual(['CONSULT']);
  });

  it('prefers the tighter of two fitting curated events', () => {
    const season = curated('season', { start: '2022-12-01', end: '2023-02-28', type: 'CONSULT', actors: ['lavrov', 'li-na', 'ru'] });
    const meeting = curated('meeting', { start: '2023-02-14', end: '2023-02-15', type: 'CONSULT', mode: 'visit', actors: ['lavrov', 'li-na', 'ru'] });
    const text = 'Sergei Lavrov met Li Na in Moscow on Feb. 14.';
    const events = merge([season, meeting], text);
    expect(quotesOf(events, 'meeting')).toEqual([text]);
    expect(quotesOf(events, 'season')).toEqual([]);
  });

  it('a trigger in an "after …" clause does not take the main clause\'s date', () => {
    const troops = curated('troops', { start: '2023-03-08', end: '2023-03-08', type: 'MOBILIZE', mode: 'military', actors: ['lavrov', 'ru'] });
    const remarks = curated('remarks', { start: '2023-03-08', end: '2023-03-08', type: 'ACCUSE', mode: 'verbal', actors: ['li-na'] });
    const text = 'On Wednesday, after Sergei Lavrov sent troops to the border, Li Na accused France of hypocrisy at a news conference.';
    const events = merge([troops, remarks], text);
    expect(quotesOf(events, 'troops')).toEqual([]);
    expect(quotesOf(events, 'remarks')).toEqual([text]);
    // the undated "sent troops" reading forms no event either
    expect(events.filter((e) => e.origin === 'parsed')).toEqual([]);
  });

  it('a second reading of a sentence that joined a curated event is not also a parsed event', () => {
    const remarks = curated('remarks', { start: '2023-03-06', end: '2023-03-06', type: 'ACCUSE', mode: 'verbal', actors: ['lavrov', 'nato'] });
    const text = 'On Monday, Sergei Lavrov criticized NATO in a video call with students.';
    const events = merge([remarks], text);
    expect(quotesOf(events, 'remarks')).toEqual([text]);
    expect(events.filter((e) => e.origin === 'parsed')).toEqual([]);
  });
});
