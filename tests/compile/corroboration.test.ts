import { corroboration, originalOutlet } from '../../src/lib/compile/corroboration';

const sources = new Map([
  ['nyt-blog', { outlet: 'Some Blog', basedOn: 'The New York Times' }],
  ['web', { outlet: 'Web News', basedOn: 'The New York Times' }],
  ['nyt', { outlet: 'The New York Times', basedOn: null }],
  ['scmp', { outlet: 'South China Morning Post', basedOn: null }],
]);

describe('originalOutlet(source)', () => {
  it('is basedOn for copies and the outlet itself for original reporting', () => {
    expect(originalOutlet({ outlet: 'Taipei Times', basedOn: 'Bloomberg' })).toBe('Bloomberg');
    expect(originalOutlet({ outlet: 'SCMP', basedOn: null })).toBe('SCMP');
  });
});

describe('corroboration(citedSources, sources)', () => {
  it('counts three copies of one NYT story as one independent outlet', () => {
    expect(corroboration(['nyt-blog', 'web', 'nyt', 'web'], sources)).toEqual({ reports: 3, independentOutlets: 1, outlets: ['The New York Times'] });
  });

  it('counts distinct originals', () => {
    expect(corroboration(['scmp', 'web'], sources)).toEqual({ reports: 2, independentOutlets: 2, outlets: ['South China Morning Post', 'The New York Times'] });
  });
});
