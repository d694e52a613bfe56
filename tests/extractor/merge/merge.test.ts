import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index';
import { mergeParsed } from '../../../src/extractor/merge/merge';
import type { Source, TimelineEvent } from '../../../src/lib/model/types';
import { GAZETTEER } from '../fixtures/gazetteer';

function source(id: string, outlet: string, basedOn: string | null, text: string, published = '2023-03-10'): Source {
  return { id, outlet, title: id, published, kind: basedOn ? 're-report' : 'original', basedOn, text, boilerplate: [] };
}

const wire = source('wire', 'Wire Service', null, 'Emmanuel Macron spoke with Olaf Scholz by phone on Tuesday, officials said.');
const copy = source('copy', 'Aggregator', 'Wire Service', 'Emmanuel Macron spoke with Olaf Scholz by phone on Tuesday, according to the wire.');
const paper = source('paper', 'Daily Paper', null, 'Olaf Scholz talked with Emmanuel Macron by phone on Wednesday about gas supplies.');
const other = source('other', 'Other Paper', null, 'Sergei Lavrov accused France of hypocrisy on March 9. Lavrov met Li Na on March 8.\nAdvertisement\nSergei Lavrov met Li Na in Paris on Thursday, March 9, 2023.');

const curatedCall: TimelineEvent = {
  id: 'macron-scholz-call',
  title: 'Macron and Scholz discuss gas by phone',
  summary: 'Curated summary.',
  start: '2023-03-07',
  end: '2023-03-08',
  precision: 'range',
  type: 'CONSULT',
  mode: 'phone',
  actors: ['macron', 'scholz'],
  countries: ['FR', 'DE'],
  origin: 'curated',
  citations: [],
  dateClaims: [],
  corroboration: { reports: 0, independentOutlets: 0 },
};

const results = (sources: Source[]) => sources.map((s) => ({ source: s, result: extract(s.text, { published: s.published, actors: GAZETTEER, sourceId: s.id }) }));

describe('mergeParsed({ curated, results, actors })', () => {
  it('joins parsed mentions to the curated event: curated title wins, citations are exact, corroboration counts copies once', () => {
    const events = mergeParsed({ curated: [curatedCall], results: results([wire, copy, paper]), actors: GAZETTEER });
    const ev = events.find((e) => e.id === 'macron-scholz-call')!;
    expect(ev.title).toBe('Macron and Scholz discuss gas by phone');
    expect(ev.summary).toBe('Curated summary.');
    expect(ev.origin).toBe('curated+parsed');
    expect(ev.citations.map((c) => c.source).sort()).toEqual(['copy', 'paper', 'wire']);
    for (const c of ev.citations) {
      const text = [wire, copy, paper].find((s) => s.id === c.source)!.text;
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.origin).toBe('parsed');
    }
    expect(ev.corroboration).toMatchObject({ reports: 3, independentOutlets: 2 });
    expect(events).toHaveLength(1);
  });

  it('records date claims and a conflict when sources put the happening on different days', () => {
    const events = mergeParsed({ curated: [curatedCall], results: results([wire, paper]), actors: GAZETTEER });
    const ev = events[0]!;
    expect(ev.dateClaims.map((d) => [d.source, d.start, d.expression]).sort()).toEqual([
      ['paper', '2023-03-08', 'Wednesday'],
      ['wire', '2023-03-07', 'Tuesday'],
    ]);
    expect(ev.conflicts?.[0]?.field).toBe('date');
  });

  it('creates parsed events with deterministic ids and generated titles, and never from boilerplate', () => {
    const a = mergeParsed({ curated: [], results: results([other]), actors: GAZETTEER });
    const b = mergeParsed({ curated: [], results: results([other]), actors: GAZETTEER });
    expect(a.map((e) => e.id)).toEqual(b.map((e) => e.id));
    expect(a.every((e) => e.origin === 'parsed' && /^parsed-[0-9a-f]{8}$/.test(e.id))).toBe(true);
    const meeting = a.find((e) => e.type === 'CONSULT')!;
    expect(meeting.title).toBe('Lavrov meets Li');
    expect(meeting.start).toBe('2023-03-08');
    const captionStart = other.text.indexOf('Sergei Lavrov met Li Na in Paris');
    expect(a.flatMap((e) => e.citations).every((c) => c.start < captionStart)).toBe(true);
    expect(a.every((e) => (e.confidence ?? 0) > 0 && (e.confidence ?? 0) <= 1)).toBe(true);
  });

  it('does not join a mention whose dates or actors do not overlap the curated event', () => {
    const far = source('far', 'Far Paper', null, 'Emmanuel Macron spoke with Olaf Scholz by phone on Jan. 12.');
    const events = mergeParsed({ curated: [curatedCall], results: results([far]), actors: GAZETTEER });
    expect(events.find((e) => e.id === 'macron-scholz-call')?.origin).toBe('curated');
    expect(events.filter((e) => e.origin === 'parsed')).toHaveLength(1);
  });
});

describe('mergeParsed: joining rules', () => {
  const longEvent: TimelineEvent = { ...curatedCall, id: 'long', title: 'Months of French-Russian contacts', type: 'COOPERATE', mode: 'diplomatic', start: '2023-01-01', end: '2023-03-31', precision: 'range', actors: ['fr', 'ru'] };

  it('does not join a mention that shares only states with a long curated event', () => {
    const s = source('s', 'S', null, 'France and Russia cooperated on grain exports on March 3.');
    const events = mergeParsed({ curated: [longEvent], results: results([s]), actors: GAZETTEER });
    expect(events.find((e) => e.id === 'long')?.origin).toBe('curated');
  });

  it('does not repeat a state already represented by one of its bodies in a title', () => {
    const s = source('s', 'S', null, 'The French Embassy accused China of spying on March 3.');
    const ev = mergeParsed({ curated: [], results: results([s]), actors: GAZETTEER })[0]!;
    expect(ev.title).toBe('French Embassy in Tokyo accuses China');
  });

  it('titles a parsed use of force by the states involved, initiator first', () => {
    const s = source('s', 'S', null, 'Emmanuel Macron said Russia attacked France on March 3.');
    const ev = mergeParsed({ curated: [], results: results([s]), actors: GAZETTEER }).find((e) => e.type === 'ASSAULT')!;
    expect(ev.title).toBe('Russia attacks France');
  });
});
