import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serializeDataset } from '../../src/lib/compile/serializeDataset';
import { compileFixture, loadFixture, validDir } from './fixture';

const MEETING = '2022-03-14-rome-meeting';
const STATEMENT = '2022-03-15-li-statement';

function compiled() {
  const result = compileFixture(loadFixture());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

describe('compileDataset(input) on valid input', () => {
  it('writes version 1 with sources, actors and events sorted by start, end, id', () => {
    const { dataset } = compiled();
    expect(dataset.version).toBe(1);
    expect(dataset.sources.map((s) => s.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(dataset.actors.map((a) => a.id)).toEqual(['ann-smith', 'li-wei', 'nato']);
    expect(dataset.events.map((e) => e.id)).toEqual([MEETING, STATEMENT]);
    expect(dataset.events.every((e) => e.origin === 'curated')).toBe(true);
  });

  it('carries the full source text exactly as read', () => {
    const { dataset } = compiled();
    const alpha = dataset.sources.find((s) => s.id === 'alpha');
    expect(alpha?.text).toBe(readFileSync(resolve(validDir, 'sources/alpha.txt'), 'utf8'));
    expect(alpha?.file).toBe('tests/fixtures/compile/valid/sources/alpha.txt');
  });

  it('resolves a quote across a hard line break, and the compiled quote is exactly text.slice(start, end)', () => {
    const { dataset } = compiled();
    const texts = new Map(dataset.sources.map((s) => [s.id, s.text]));
    const meeting = dataset.events.find((e) => e.id === MEETING);
    const alphaCitation = meeting?.citations.find((c) => c.source === 'alpha');
    expect(alphaCitation?.quote).toBe('Ann Smith met\nForeign Minister Li Wei in Rome');
    for (const e of dataset.events) {
      for (const c of e.citations) expect(texts.get(c.source)?.slice(c.start, c.end)).toBe(c.quote);
    }
  });

  it('uses occurrence to pick among repeated quotes', () => {
    const { dataset } = compiled();
    const alpha = dataset.sources.find((s) => s.id === 'alpha')?.text ?? '';
    const c = dataset.events.find((e) => e.id === STATEMENT)?.citations[0];
    expect(c?.quote).toBe('the talks were candid');
    expect(c?.start).toBe(alpha.lastIndexOf('the talks were candid'));
    expect(c?.occurrence).toBe(2);
  });

  it('counts copies and re-reports of one outlet as one independent outlet', () => {
    const { dataset } = compiled();
    expect(dataset.events.find((e) => e.id === MEETING)?.corroboration).toEqual({
      reports: 3,
      independentOutlets: 2,
      outlets: ['Alpha Times', 'Gamma Post'],
    });
    expect(dataset.events.find((e) => e.id === STATEMENT)?.corroboration).toEqual({ reports: 1, independentOutlets: 1, outlets: ['Alpha Times'] });
  });

  it('turns boilerplate quotes into sorted spans, marking every occurrence when none is given', () => {
    const { dataset } = compiled();
    const alpha = dataset.sources.find((s) => s.id === 'alpha');
    const text = alpha?.text ?? '';
    expect(alpha?.boilerplate.map((b) => text.slice(b.start, b.end))).toEqual(['Advertisement', 'Advertisement', 'Related: Other story on March 3, 2022.']);
    expect(dataset.sources.find((s) => s.id === 'beta')?.boilerplate).toEqual([]);
  });

  it('keeps date claims and the source kinds', () => {
    const { dataset } = compiled();
    expect(dataset.events.find((e) => e.id === MEETING)?.dateClaims.map((d) => d.expression)).toEqual(['on Monday', 'on March 14, 2022']);
    expect(dataset.sources.map((s) => [s.kind, s.basedOn])).toEqual([
      ['original', null],
      ['re-report', 'Alpha Times'],
      ['original', null],
    ]);
  });

  it('is deterministic: the same input gives byte-identical output, whatever the order of events', () => {
    const a = serializeDataset(compiled().dataset);
    const data = loadFixture();
    data.events.reverse();
    const again = compileFixture(data);
    if (!again.ok) throw new Error(again.errors.join('\n'));
    expect(serializeDataset(again.dataset)).toBe(a);
    expect(serializeDataset(compiled().dataset)).toBe(a);
  });

  it('carries extra curator fields into the output', () => {
    const data = loadFixture();
    (data.events[0] as Record<string, unknown>).notes = 'checked against the wire copy';
    const result = compileFixture(data);
    expect(result.ok && result.dataset.events.find((e) => e.id === STATEMENT)).toMatchObject({ notes: 'checked against the wire copy' });
  });
});
