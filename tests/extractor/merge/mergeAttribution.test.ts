import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index';
import { mergeParsed } from '../../../src/extractor/merge/merge';
import type { Source } from '../../../src/lib/model/types';
import { GAZETTEER } from '../fixtures/gazetteer';

function source(id: string, outlet: string, basedOn: string | null, text: string): Source {
  return { id, outlet, title: id, published: '2023-03-10', kind: basedOn ? 're-report' : 'original', basedOn, text, boilerplate: [] };
}
const results = (sources: Source[]) => sources.map((s) => ({ source: s, result: extract(s.text, { published: s.published, actors: GAZETTEER, sourceId: s.id }) }));

describe('mergeParsed: parsed citations attributed to another outlet', () => {
  it('counts a report repeating The New York Times for the NYT, not as a second outlet', () => {
    const nyt = source('nyt', 'The New York Times', null, 'Emmanuel Macron spoke with Olaf Scholz by phone on Tuesday, officials said.');
    const daily = source('daily', 'Daily Paper', null, 'Emmanuel Macron spoke with Olaf Scholz by phone on Tuesday, The New York Times reported.');
    const events = mergeParsed({ curated: [], results: results([nyt, daily]), actors: GAZETTEER });
    const call = events.find((e) => e.citations.some((c) => c.source === 'daily'))!;
    expect(call.citations.find((c) => c.source === 'daily')?.attributedTo).toBe('The New York Times');
    expect(call.citations.find((c) => c.source === 'nyt')).not.toHaveProperty('attributedTo');
    expect(call.corroboration).toEqual({ reports: 2, independentOutlets: 1, outlets: ['The New York Times'] });
  });
});
