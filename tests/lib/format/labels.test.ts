import { describe, expect, it } from 'vitest';
import { countryName } from '../../../src/lib/format/countryName';
import { citationText } from '../../../src/lib/format/citationText';
import { sourceKindLabel, sourceKindPhrase } from '../../../src/lib/format/sourceKindLabel';
import { modeLabel } from '../../../src/lib/format/modeLabel';
import { originLabel, typeLabel, typeWithMode } from '../../../src/lib/format/typeLabel';

describe('countryName(code)', () => {
  it('gives common English names', () => {
    expect(['US', 'CN', 'RU', 'UA', 'TW'].map(countryName)).toEqual(['United States', 'China', 'Russia', 'Ukraine', 'Taiwan']);
  });
  it('falls back to the code', () => {
    expect(countryName('not-a-code')).toBe('not-a-code');
  });
});

describe('citationText(citation, source)', () => {
  it('has outlet, title, date, URL and quote', () => {
    expect(citationText({ quote: 'no limits' }, { outlet: 'NYT', title: 'T', published: '2022-02-25', url: 'https://x.test/a' })).toBe(
      'NYT, "T", 25 Feb 2022, https://x.test/a: "no limits"',
    );
  });
  it('omits an unknown URL', () => {
    expect(citationText({ quote: 'q' }, { outlet: 'O', title: 'T', published: '2022-02-25', url: null })).toBe('O, "T", 25 Feb 2022: "q"');
  });
});

describe('sourceKindLabel(source)', () => {
  it('names the provenance', () => {
    expect(sourceKindLabel({ kind: 'original', basedOn: null })).toBe('Original reporting');
    expect(sourceKindLabel({ kind: 're-report', basedOn: 'The New York Times' })).toBe('Re-report of The New York Times');
    expect(sourceKindLabel({ kind: 'scraped-copy', basedOn: 'Daily Mail' })).toBe('Scraped copy of Daily Mail');
  });
});

describe('typeLabel / typeWithMode / originLabel', () => {
  it('formats types, modes and origins', () => {
    expect(typeLabel('STATEMENT')).toBe('Statement');
    expect(typeWithMode('CONSULT', 'visit')).toBe('Consult · visit');
    expect(originLabel('parsed', 0.72)).toBe('Parsed (confidence 72%)');
    expect(originLabel('curated')).toBe('Curated');
  });
});

describe('sourceKindPhrase(source)', () => {
  it('lowers only the first letter, so outlet names keep their capitals', () => {
    expect(sourceKindPhrase({ kind: 'scraped-copy', basedOn: 'The New York Times' })).toBe('scraped copy of The New York Times');
    expect(sourceKindPhrase({ kind: 're-report', basedOn: 'The New York Times' })).toBe('re-report of The New York Times');
    expect(sourceKindPhrase({ kind: 'original', basedOn: null })).toBe('original reporting');
  });
});

describe('modeLabel(mode)', () => {
  it('puts PLOVER modes in words', () => {
    expect(['written', 'phone', 'video', 'visit', 'briefing'].map(modeLabel)).toEqual(['in writing', 'by phone', 'by video', 'visit', 'briefing']);
  });
  it('is used next to the type', () => {
    expect(typeWithMode('STATEMENT', 'written')).toBe('Statement · in writing');
    expect(typeWithMode('CONSULT', 'phone')).toBe('Consult · by phone');
  });
});
