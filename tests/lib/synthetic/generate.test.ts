import { describe, expect, it } from 'vitest';
import { EVENT_MODES, EVENT_TYPES, PRECISIONS, SOURCE_KINDS, type Dataset } from '../../../src/lib/model/types';
import { generateSyntheticDataset, syntheticDatasetJson } from '../../../src/lib/synthetic/generate';
import { TYPE_MODES } from '../../../src/lib/synthetic/vocabulary';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Real ISO 3166-1 alpha-2 codes, checked independently of the generator's own list. */
const KNOWN_CODES = new Set(
  'US CN RU UA GB FR DE JP IN BR TR IR IL SA KR KP TW PL IT CA AU ZA EG PK MX ID NG VN QA BY ES NL SE NO FI'.split(' '),
);

/** Every contract invariant the app and the validator rely on; returns the list of violations. */
function violations(d: Dataset): string[] {
  const out: string[] = [];
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const actors = new Map(d.actors.map((a) => [a.id, a]));
  if (sources.size !== d.sources.length) out.push('duplicate source id');
  if (actors.size !== d.actors.length) out.push('duplicate actor id');
  if (new Set(d.events.map((e) => e.id)).size !== d.events.length) out.push('duplicate event id');
  for (const s of d.sources) {
    if (!ISO_DATE.test(s.published)) out.push(`${s.id}.published`);
    if (!SOURCE_KINDS.includes(s.kind)) out.push(`${s.id}.kind`);
    if ((s.kind === 'original') !== (s.basedOn === null)) out.push(`${s.id}.basedOn`);
    let prev = -1;
    for (const b of s.boilerplate) {
      if (b.start < prev || b.start >= b.end || b.end > s.text.length) out.push(`${s.id}.boilerplate`);
      prev = b.end;
    }
  }
  for (const a of d.actors) {
    if (a.country !== null && !KNOWN_CODES.has(a.country)) out.push(`${a.id}.country ${a.country}`);
  }
  for (const e of d.events) {
    const at = `${e.id}`;
    if (!ISO_DATE.test(e.start) || !ISO_DATE.test(e.end) || e.start > e.end) out.push(`${at}.start/end`);
    if (!PRECISIONS.includes(e.precision)) out.push(`${at}.precision`);
    if (!EVENT_TYPES.includes(e.type)) out.push(`${at}.type`);
    if (e.mode !== undefined && (!EVENT_MODES.includes(e.mode) || !TYPE_MODES[e.type].includes(e.mode))) out.push(`${at}.mode`);
    if (e.actors.length === 0 || e.actors.some((id) => !actors.has(id))) out.push(`${at}.actors`);
    if (e.initiator !== undefined && !e.actors.includes(e.initiator)) out.push(`${at}.initiator`);
    const actorCountries = new Set(e.actors.map((id) => actors.get(id)?.country).filter((c) => c != null));
    if (e.countries.length === 0 || e.countries.some((c) => !actorCountries.has(c))) out.push(`${at}.countries`);
    if (e.citations.length < 1 || e.citations.length > 4) out.push(`${at}.citations.length`);
    for (const c of e.citations) {
      const s = sources.get(c.source);
      if (!s) {
        out.push(`${at}.citations.source`);
        continue;
      }
      if (s.text.slice(c.start, c.end) !== c.quote) out.push(`${at}.citations.quote`);
      if (s.boilerplate.some((b) => c.start < b.end && b.start < c.end)) out.push(`${at}.citations in boilerplate`);
      const hits: number[] = [];
      for (let i = s.text.indexOf(c.quote); i !== -1; i = s.text.indexOf(c.quote, i + 1)) hits.push(i);
      const expected = hits.length > 1 ? hits.indexOf(c.start) + 1 : undefined;
      if (c.occurrence !== expected) out.push(`${at}.citations.occurrence`);
    }
    for (const dc of e.dateClaims) {
      if (!sources.has(dc.source) || dc.start < e.start || dc.end > e.end || dc.start > dc.end) out.push(`${at}.dateClaims`);
    }
    const cited = new Set(e.citations.map((c) => c.source));
    const outlets = new Set([...cited].map((id) => sources.get(id)!.basedOn ?? sources.get(id)!.outlet));
    if (e.corroboration.reports !== cited.size || e.corroboration.independentOutlets !== outlets.size) {
      out.push(`${at}.corroboration`);
    }
  }
  return out;
}

describe('generateSyntheticDataset({ events, seed })', () => {
  it.each([1, 2, 'press'])('writes a valid version-1 dataset (seed %s)', (seed) => {
    const d = generateSyntheticDataset({ events: 1500, seed });
    expect(d.version).toBe(1);
    expect(d.events).toHaveLength(1500);
    expect(violations(d)).toEqual([]);
  });

  it('detects a broken citation (the invariant check can fail)', () => {
    const d = generateSyntheticDataset({ events: 20, seed: 3 });
    d.events[4]!.citations[0]!.end += 1;
    expect(violations(d)).toContain('e5.citations.quote');
  });

  it('is deterministic: same events and seed give identical output; another seed differs', () => {
    const a = JSON.stringify(generateSyntheticDataset({ events: 300, seed: 9 }));
    const b = JSON.stringify(generateSyntheticDataset({ events: 300, seed: 9 }));
    const c = JSON.stringify(generateSyntheticDataset({ events: 300, seed: 10 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('keeps the world (actors, sources) fixed by the seed, whatever the number of events', () => {
    const small = generateSyntheticDataset({ events: 10, seed: 5 });
    const large = generateSyntheticDataset({ events: 400, seed: 5 });
    expect(large.actors).toEqual(small.actors);
    expect(large.sources).toEqual(small.sources);
  });

  it('rejects a negative or fractional event count with a clear message', () => {
    expect(() => generateSyntheticDataset({ events: -1, seed: 1 })).toThrow(/--events must be a non-negative integer/);
    expect(() => generateSyntheticDataset({ events: 1.5, seed: 1 })).toThrow(/--events/);
  });

  it('has the documented shape: 50–500 actors over 30 countries, a few hundred sources, 1–20 years', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const d = generateSyntheticDataset({ events: 2000, seed });
      expect(d.actors.length).toBeGreaterThanOrEqual(50);
      expect(d.actors.length).toBeLessThanOrEqual(500);
      expect(new Set(d.actors.map((a) => a.country).filter((c) => c !== null)).size).toBe(30);
      expect(d.sources.length).toBeGreaterThanOrEqual(200);
      expect(d.sources.length).toBeLessThanOrEqual(400);
      const starts = d.events.map((e) => e.start).sort();
      const years = Number(starts.at(-1)!.slice(0, 4)) - Number(starts[0]!.slice(0, 4)) + 1;
      expect(years).toBeGreaterThanOrEqual(1);
      expect(years).toBeLessThanOrEqual(21);
      expect(new Set(d.events.map((e) => e.countries[0])).size).toBeGreaterThan(20);
    }
  });

  it('mixes ~70% day precision with approximate dates, some date conflicts, re-reports and boilerplate', () => {
    const d = generateSyntheticDataset({ events: 4000, seed: 11 });
    const share = (p: (e: Dataset['events'][number]) => boolean) => d.events.filter(p).length / d.events.length;
    expect(share((e) => e.precision === 'day')).toBeGreaterThan(0.6);
    expect(share((e) => e.precision === 'day')).toBeLessThan(0.8);
    for (const p of ['days', 'week', 'part-of-month', 'month', 'range'] as const) expect(share((e) => e.precision === p)).toBeGreaterThan(0.02);
    expect(share((e) => (e.conflicts?.length ?? 0) > 0 && e.dateClaims.length >= 2)).toBeGreaterThan(0.005);
    expect(share((e) => e.citations.length >= 2)).toBeGreaterThan(0.4);
    expect(share((e) => e.corroboration.independentOutlets < e.corroboration.reports)).toBeGreaterThan(0.01);
    expect(d.sources.some((s) => s.kind === 're-report' && s.basedOn)).toBe(true);
    expect(d.sources.some((s) => s.kind === 'scraped-copy' && s.basedOn)).toBe(true);
    expect(d.sources.filter((s) => s.boilerplate.length > 0).length).toBeGreaterThan(20);
    expect(new Set(d.events.map((e) => e.type)).size).toBeGreaterThan(15);
  });

  it('orders events by their anchor day (day-precision starts never decrease)', () => {
    const d = generateSyntheticDataset({ events: 1000, seed: 12 });
    const dayStarts = d.events.filter((e) => e.precision === 'day').map((e) => e.start);
    expect(dayStarts).toEqual([...dayStarts].sort());
  });

  it('keeps the JSON compact (well under 1 KB per event)', () => {
    const bytes = JSON.stringify(generateSyntheticDataset({ events: 2000, seed: 13 }).events).length;
    expect(bytes / 2000).toBeLessThan(700);
  });
});

describe('syntheticDatasetJson(options, chunkSize)', () => {
  it('streams exactly the JSON of the in-memory dataset, in several chunks', () => {
    const chunks = [...syntheticDatasetJson({ events: 800, seed: 21 }, 4096)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(`${JSON.stringify(generateSyntheticDataset({ events: 800, seed: 21 }))}\n`);
  });

  it('writes a valid empty dataset for 0 events', () => {
    const d = JSON.parse([...syntheticDatasetJson({ events: 0, seed: 1 })].join('')) as Dataset;
    expect(d.events).toEqual([]);
    expect(d.actors.length).toBeGreaterThanOrEqual(50);
  });
});
