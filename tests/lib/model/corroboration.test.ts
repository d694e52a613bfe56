import { describe, expect, it } from 'vitest';
import { citationOutlet, computeCorroboration, originalOutlet, outletGroups } from '../../../src/lib/model/corroboration';

const sources = new Map([
  ['nyt-blog', { outlet: 'Some Blog', basedOn: 'The New York Times', kind: 'scraped-copy' as const }],
  ['web', { outlet: 'Web News', basedOn: 'The New York Times', kind: 're-report' as const }],
  ['nyt', { outlet: 'The New York Times', basedOn: null, kind: 'original' as const }],
  ['scmp', { outlet: 'South China Morning Post', basedOn: null, kind: 'original' as const }],
]);
const cite = (source: string, attributedTo?: string) => (attributedTo ? { source, attributedTo } : { source });

describe('originalOutlet(source)', () => {
  it('is basedOn for copies and the outlet itself for original reporting', () => {
    expect(originalOutlet({ outlet: 'Taipei Times', basedOn: 'Bloomberg' })).toBe('Bloomberg');
    expect(originalOutlet({ outlet: 'SCMP', basedOn: null })).toBe('SCMP');
  });
});

describe('citationOutlet(citation, source)', () => {
  it('prefers the outlet the passage attributes its fact to', () => {
    expect(citationOutlet(cite('scmp', 'The New York Times'), sources.get('scmp'))).toBe('The New York Times');
    expect(citationOutlet(cite('scmp'), sources.get('scmp'))).toBe('South China Morning Post');
  });
  it('names an unknown source by its id', () => {
    expect(citationOutlet(cite('gone'), undefined)).toBe('gone');
  });
});

describe('computeCorroboration(citations, sourcesById)', () => {
  it('counts three copies of one NYT story as one independent outlet', () => {
    const c = computeCorroboration(['nyt-blog', 'web', 'nyt', 'web'].map((s) => cite(s)), sources);
    expect(c).toEqual({ reports: 3, independentOutlets: 1, outlets: ['The New York Times'] });
  });

  it('counts distinct originals', () => {
    expect(computeCorroboration([cite('scmp'), cite('web')], sources)).toEqual({
      reports: 2,
      independentOutlets: 2,
      outlets: ['South China Morning Post', 'The New York Times'],
    });
  });

  it('counts a report citing the NYT for the NYT, not for itself', () => {
    const c = computeCorroboration([cite('nyt-blog'), cite('web'), cite('scmp', 'The New York Times')], sources);
    expect(c).toEqual({ reports: 3, independentOutlets: 1, outlets: ['The New York Times'] });
  });

  it('counts a report for each outlet its citations stand for', () => {
    const c = computeCorroboration([cite('scmp', 'The New York Times'), cite('scmp')], sources);
    expect(c).toEqual({ reports: 1, independentOutlets: 2, outlets: ['South China Morning Post', 'The New York Times'] });
  });

  it('counts an unknown source as its own report and outlet', () => {
    expect(computeCorroboration([cite('gone')], sources)).toEqual({ reports: 1, independentOutlets: 1, outlets: ['gone'] });
  });
});

describe('outletGroups(citations, sourcesById)', () => {
  it('says how each report stands toward its outlet', () => {
    const groups = outletGroups([cite('nyt-blog'), cite('web'), cite('scmp', 'The New York Times'), cite('nyt')], sources);
    expect(groups).toEqual([
      {
        outlet: 'The New York Times',
        reports: [
          { source: 'nyt-blog', role: 'copy' },
          { source: 'web', role: 're-report' },
          { source: 'scmp', role: 'citing' },
          { source: 'nyt', role: 'own' },
        ],
      },
    ]);
  });

  it('lists a report once per outlet, with its strongest role', () => {
    const groups = outletGroups([cite('web', 'The New York Times'), cite('scmp', 'The New York Times'), cite('scmp'), cite('scmp', 'The New York Times')], sources);
    expect(groups.map((g) => [g.outlet, g.reports.map((r) => `${r.source}:${r.role}`)])).toEqual([
      ['The New York Times', ['web:re-report', 'scmp:citing']],
      ['South China Morning Post', ['scmp:own']],
    ]);
  });
});
