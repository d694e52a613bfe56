// The real curated data (data/*.json) compiles, with the extractor's events merged in, into a
// dataset that honours the contract: every citation slices to its quote, dates span their claims,
// and the app's own validator accepts it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractorParseStage } from '../../scripts/lib/extractorParseStage';
import { compileDataset } from '../../src/lib/compile/compileDataset';
import { serializeDataset } from '../../src/lib/compile/serializeDataset';
import { validateDataset } from '../../src/lib/model/validate';
import { readSource, repoRoot } from './fixture';

const read = (name: string) => readFileSync(resolve(repoRoot, 'data', name), 'utf8');

function compileReal(parse: boolean) {
  const result = compileDataset({
    sourcesJson: read('sources.json'),
    actorsJson: read('actors.json'),
    eventsJson: read('events.json'),
    readSource,
    ...(parse ? { parse: extractorParseStage() } : {}),
  });
  if (!result.ok) throw new Error(`data/ does not compile:\n${result.errors.join('\n')}`);
  return result.dataset;
}

describe('compileDataset on the real data/', () => {
  const dataset = compileReal(true);

  it('has the five sources and well over 20 curated events', () => {
    expect(dataset.sources).toHaveLength(5);
    expect(dataset.events.filter((e) => e.origin === 'curated' || e.origin === 'curated+parsed').length).toBeGreaterThan(20);
  });

  it('every citation slices to its quote, outside boilerplate', () => {
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const e of dataset.events) {
      expect(e.citations.length, e.id).toBeGreaterThan(0);
      for (const c of e.citations) {
        const s = sources.get(c.source);
        expect(s?.text.slice(c.start, c.end), `${e.id} ${c.source}`).toBe(c.quote);
        if (e.origin !== 'parsed') expect(s?.boilerplate.some((b) => b.start <= c.start && c.end <= b.end), `${e.id} cites boilerplate`).toBe(false);
      }
    }
  });

  it('every curated event spans its date claims', () => {
    for (const e of compileReal(false).events) {
      for (const d of e.dateClaims) expect(e.start <= d.start && d.end <= e.end, `${e.id}: ${d.expression}`).toBe(true);
    }
  });

  it('every merged date claim at least overlaps its event, and independent outlets never exceed the outlets the citations stand for', () => {
    const byId = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const e of dataset.events) {
      expect(e.start <= e.end, e.id).toBe(true);
      for (const d of e.dateClaims) expect(d.start <= e.end && e.start <= d.end, `${e.id}: ${d.expression}`).toBe(true);
      const standFor = new Set(e.citations.map((c) => c.attributedTo ?? byId.get(c.source)!.basedOn ?? byId.get(c.source)!.outlet));
      expect(e.corroboration.independentOutlets, e.id).toBe(standFor.size);
      expect(e.corroboration.reports).toBe(new Set(e.citations.map((c) => c.source)).size);
    }
  });

  it('counts the SCMP as citing The New York Times where it attributes the fact to it (QA F18)', () => {
    const ev = (id: string) => dataset.events.find((e) => e.id === id)!;
    const rebuff = ev('2021-11-to-2022-02-chinese-officials-rebuff-us-warnings');
    expect(rebuff.citations.find((c) => c.source === 'scmp' && c.quote.startsWith('According to The Times'))?.attributedTo).toBe('The New York Times');
    expect(ev('2022-02-25-nyt-reports-us-china-talks').corroboration).toEqual({ reports: 4, independentOutlets: 1, outlets: ['The New York Times'] });
    // The SCMP's own reporting (a senior US official it spoke to) still counts for the SCMP.
    expect(ev('2021-12-us-warns-china-in-diplomatic-exchange').corroboration.outlets).toEqual(['South China Morning Post', 'The New York Times']);
  });

  it('contains the five headline events on their days', () => {
    const on = (day: string, re: RegExp) => dataset.events.some((e) => e.start <= day && day <= e.end && re.test(e.title));
    expect(on('2021-11-02', /Burns/)).toBe(true);
    expect(on('2021-11-15', /Biden|Xi/)).toBe(true);
    expect(on('2022-02-04', /statement/i)).toBe(true);
    expect(on('2022-02-24', /invasion|invade/i)).toBe(true);
    expect(on('2022-03-14', /Sullivan|Yang|Rome/)).toBe(true);
  });

  it('is accepted by the app-side validator', () => {
    expect(() => validateDataset(JSON.parse(serializeDataset(dataset)), 'data/timeline.json')).not.toThrow();
  });

  it('compiles byte-identically twice', () => {
    expect(serializeDataset(compileReal(true))).toBe(serializeDataset(dataset));
  });
});
