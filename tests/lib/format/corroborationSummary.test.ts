import { describe, expect, it } from 'vitest';
import { corroborationSummary, rootOutlet } from '../../../src/lib/format/corroborationSummary';
import { cite, miniDataset } from '../../fixtures/miniDataset';

const ds = miniDataset();
const event = (id: string) => ds.events.find((e) => e.id === id)!;

describe('corroborationSummary(event, sources)', () => {
  it('counts a story and its re-report as one independent outlet', () => {
    const c = corroborationSummary(event('ev-joint'), ds.sources);
    expect(c.reportedText).toBe('Reported by 2 of 3 sources');
    expect(c.independentText).toBe('1 independent outlet (The New York Times and re-reports)');
  });
  it('lists several independent outlets', () => {
    const c = corroborationSummary(event('ev-invasion'), ds.sources);
    expect(c.reportedText).toBe('Reported by 3 of 3 sources');
    expect(c.independentText).toBe('2 independent outlets (The New York Times and re-reports; South China Morning Post)');
    expect(c.groups.map((g) => g.reports.map((r) => r.id))).toEqual([['web', 'nyt'], ['scmp']]);
  });
  it('counts a report cited twice once', () => {
    const e = { citations: [cite('scmp', 'Beijing said'), cite('scmp', 'were routine.')] };
    expect(corroborationSummary(e, ds.sources).reportedText).toBe('Reported by 1 of 3 sources');
  });
  it('says "copies" for scraped copies', () => {
    const sources = ds.sources.map((s) => (s.id === 'web' ? { ...s, kind: 'scraped-copy' as const } : s));
    expect(corroborationSummary(event('ev-joint'), sources).independentText).toBe('1 independent outlet (The New York Times and copies)');
  });
});

describe('rootOutlet(source)', () => {
  it('is the basedOn outlet for copies and the outlet itself for originals', () => {
    expect(rootOutlet({ kind: 're-report', basedOn: 'The New York Times', outlet: 'Web' })).toBe('The New York Times');
    expect(rootOutlet({ kind: 'original', basedOn: null, outlet: 'SCMP' })).toBe('SCMP');
  });
});
