import { describe, expect, it } from 'vitest';
import { corroborationSummary } from '../../../src/lib/format/corroborationSummary';
import type { Source } from '../../../src/lib/model/types';
import { cite, miniDataset } from '../../fixtures/miniDataset';

const ds = miniDataset();
const event = (id: string) => ds.events.find((e) => e.id === id)!;
const copy = (id: string, outlet: string, kind: Source['kind']): Source => ({ ...ds.sources.find((s) => s.id === 'web')!, id, outlet, kind });

describe('corroborationSummary(event, sources)', () => {
  it('counts a story and its re-report as one independent outlet', () => {
    const c = corroborationSummary(event('ev-joint'), ds.sources);
    expect(c.reportedText).toBe('Reported by 2 of 3 sources');
    expect(c.independentText).toBe('1 independent outlet: The New York Times (1 re-report)');
  });

  it('lists several independent outlets', () => {
    const c = corroborationSummary(event('ev-invasion'), ds.sources);
    expect(c.reportedText).toBe('Reported by 3 of 3 sources');
    expect(c.independentText).toBe('2 independent outlets: The New York Times (1 re-report); South China Morning Post');
    expect(c.groups.map((g) => g.reports.map((r) => r.source.id))).toEqual([['web', 'nyt'], ['scmp']]);
  });

  it('counts a report that attributes the fact to another outlet for that outlet, and says it cites it', () => {
    const sources = [...ds.sources, copy('blog', 'Some Blog', 'scraped-copy'), copy('agg', 'Aggregator', 'scraped-copy')];
    const citations = [cite('web', 'Russia invaded Ukraine on Thursday morning.'), { ...cite('web', 'Russia invaded Ukraine on Thursday morning.'), source: 'blog' }];
    citations.push({ ...citations[1]!, source: 'agg' }, { ...cite('scmp', 'Russia invaded Ukraine on Wednesday night.'), attributedTo: 'The New York Times' });
    const c = corroborationSummary({ citations }, [...sources, copy('x', 'X', 're-report')]);
    expect(c.reportedText).toBe('Reported by 4 of 6 sources');
    expect(c.independentText).toBe('1 independent outlet: The New York Times (3 copies/re-reports; South China Morning Post citing it)');
  });

  it('counts a report cited twice once, and ignores citations to unknown sources', () => {
    const e = { citations: [cite('scmp', 'Beijing said'), cite('scmp', 'were routine.'), { ...cite('scmp', 'Beijing said'), source: 'gone' }] };
    const c = corroborationSummary(e, ds.sources);
    expect(c.reportedText).toBe('Reported by 1 of 3 sources');
    expect(c.independentText).toBe('1 independent outlet: South China Morning Post');
  });

  it('says "copies" for scraped copies', () => {
    const sources = ds.sources.map((s) => (s.id === 'web' ? { ...s, kind: 'scraped-copy' as const } : s));
    expect(corroborationSummary(event('ev-joint'), sources).independentText).toBe('1 independent outlet: The New York Times (1 copy)');
  });

  it('says "0 independent outlets" for an event without citations', () => {
    expect(corroborationSummary({ citations: [] }, ds.sources).independentText).toBe('0 independent outlets');
  });
});
