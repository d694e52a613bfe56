import { compileDataset, type CompileInput } from '../../src/lib/compile/compileDataset';
import type { ParseStage } from '../../src/lib/compile/mergeParsedStep';
import type { ExtractResult } from '../../src/lib/model/extraction';
import type { TimelineEvent } from '../../src/lib/model/types';
import { loadFixture, readSource } from './fixture';

const empty = (published: string): ExtractResult => ({ published, timexes: [], mentions: [], warnings: [] });

function input(parse: ParseStage): CompileInput {
  const data = loadFixture();
  return { sourcesJson: JSON.stringify(data.sources), actorsJson: JSON.stringify(data.actors), eventsJson: JSON.stringify(data.events), readSource, parse };
}

/** A parsed event citing `quote` in the beta source at the given offsets. */
function parsedEvent(id: string, start: number, end: number, quote: string): TimelineEvent {
  return {
    id,
    title: 'Parsed meeting',
    start: '2022-03-13',
    end: '2022-03-13',
    precision: 'day',
    type: 'CONSULT',
    actors: ['ann-smith'],
    countries: ['US'],
    origin: 'parsed',
    confidence: 0.7,
    citations: [{ source: 'beta', start, end, quote }],
    dateClaims: [],
    corroboration: { reports: 0, independentOutlets: 0 },
  };
}

describe('compileDataset(input) with a parse stage', () => {
  it('runs extract once per source with its publication date, id and the actors', () => {
    const calls: [string, string | undefined, number][] = [];
    const result = compileDataset(
      input({
        extract: (_text, opts) => {
          calls.push([opts.published, opts.sourceId, opts.actors?.length ?? 0]);
          return empty(opts.published);
        },
        merge: (curated) => curated,
      }),
    );
    expect(result.ok).toBe(true);
    expect(calls).toEqual([
      ['2022-03-15', 'alpha', 3],
      ['2022-03-15', 'beta', 3],
      ['2022-03-14', 'gamma', 3],
    ]);
  });

  it('adds merged events in date order and recomputes their corroboration', () => {
    const text = readSource('tests/fixtures/compile/valid/sources/beta.txt');
    const quote = 'Ann Smith met Li Wei';
    const at = text.indexOf(quote);
    const result = compileDataset(
      input({ extract: (_t, o) => empty(o.published), merge: (curated) => [...curated, parsedEvent('parsed-1', at, at + quote.length, quote)] }),
    );
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.events.map((e) => [e.id, e.origin])).toEqual([
      ['parsed-1', 'parsed'],
      ['2022-03-14-rome-meeting', 'curated'],
      ['2022-03-15-li-statement', 'curated'],
    ]);
    expect(result.dataset.events[0]?.corroboration).toEqual({ reports: 1, independentOutlets: 1, outlets: ['Alpha Times'] });
  });

  it('rejects merged citations that do not slice to their quote', () => {
    const result = compileDataset(input({ extract: (_t, o) => empty(o.published), merge: (curated) => [...curated, parsedEvent('parsed-1', 0, 9, 'Ann Smith')] }));
    expect(result.ok ? [] : result.errors).toEqual(['extractor: parsed event "parsed-1": citations[0].quote: does not equal text.slice(0, 9) of source "beta"']);
  });

  it('rejects merged events with out-of-range offsets or a duplicate id', () => {
    const result = compileDataset(
      input({ extract: (_t, o) => empty(o.published), merge: (curated) => [...curated, parsedEvent('2022-03-14-rome-meeting', 5, 99_999, 'x')] }),
    );
    expect(result.ok ? [] : result.errors).toEqual([
      'extractor: parsed event "2022-03-14-rome-meeting": id: duplicate event id',
      'extractor: parsed event "2022-03-14-rome-meeting": citations[0]: offsets 5..99999 are outside source "beta"',
    ]);
  });

  it('turns an extractor or merge exception into one error line', () => {
    const boom = compileDataset(
      input({
        extract: (_t, o) => {
          if (o.sourceId === 'gamma') throw new RangeError('bad input');
          return empty(o.published);
        },
        merge: (curated) => curated,
      }),
    );
    expect(boom.ok ? [] : boom.errors).toEqual(['extractor: source "gamma": extract failed: bad input']);
    const mergeBoom = compileDataset(
      input({
        extract: (_t, o) => empty(o.published),
        merge: () => {
          throw new Error('no clusters');
        },
      }),
    );
    expect(mergeBoom.ok ? [] : mergeBoom.errors).toEqual(['extractor: merge failed: no clusters']);
  });

  it('warns, without failing, about a merged date claim wider than its event', () => {
    const result = compileDataset(
      input({
        extract: (_t, o) => empty(o.published),
        merge: (curated) =>
          curated.map((e) =>
            e.id === '2022-03-14-rome-meeting'
              ? { ...e, origin: 'curated+parsed' as const, dateClaims: [...e.dateClaims, { source: 'beta', expression: 'this month', start: '2022-03-01', end: '2022-03-31', precision: 'month' as const }] }
              : e,
          ),
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      'extractor: curated+parsed event "2022-03-14-rome-meeting": dateClaims[2]: claim 2022-03-01..2022-03-31 ("this month") is wider than the event\'s 2022-03-14..2022-03-14',
    ]);
  });
  it('adds one actor record per person id the parsed events name, deduplicated across sources and sorted by id', () => {
    const text = readSource('tests/fixtures/compile/valid/sources/beta.txt');
    const quote = 'Ann Smith met Li Wei';
    const at = text.indexOf(quote);
    const person = (name: string, id: string, country: string | null, role?: string) => ({ name, start: 0, end: 0, kind: 'person' as const, id, country, ...(role ? { role } : {}) });
    const newActors: Record<string, ExtractResult['newActors']> = {
      alpha: [person('Kim Yong-chol', 'person:kim-yong-chol', null), person('Sergei Lavrov', 'person:sergei-lavrov', 'RU', 'foreign minister')],
      beta: [person('Kim Yong-chol', 'person:kim-yong-chol', 'KP', 'official'), person('Mike Pompeo', 'person:mike-pompeo', 'US', 'secretary of state')],
      gamma: [],
    };
    const result = compileDataset(
      input({
        extract: (_t, o) => ({ ...empty(o.published), newActors: newActors[o.sourceId ?? ''] ?? [] }),
        merge: (curated) => [
          ...curated,
          { ...parsedEvent('parsed-1', at, at + quote.length, quote), actors: ['person:mike-pompeo', 'ann-smith'], initiator: 'person:mike-pompeo' },
          { ...parsedEvent('parsed-2', at, at + quote.length, quote), actors: ['person:kim-yong-chol'] },
        ],
      }),
    );
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const people = result.dataset.actors.filter((a) => a.id.startsWith('person:'));
    // Lavrov is found but named by no event: no record
    expect(people).toEqual([
      { id: 'person:kim-yong-chol', name: 'Kim Yong-chol', kind: 'person', country: 'KP', role: 'official', aliases: [] },
      { id: 'person:mike-pompeo', name: 'Mike Pompeo', kind: 'person', country: 'US', role: 'secretary of state', aliases: [] },
    ]);
    expect(result.dataset.actors.length).toBe(loadFixture().actors.length + 2);
  });

  it('still rejects a parsed event naming an id no report found', () => {
    const text = readSource('tests/fixtures/compile/valid/sources/beta.txt');
    const quote = 'Ann Smith met Li Wei';
    const at = text.indexOf(quote);
    const result = compileDataset(
      input({
        extract: (_t, o) => empty(o.published),
        merge: (curated) => [...curated, { ...parsedEvent('parsed-1', at, at + quote.length, quote), actors: ['person:nobody'] }],
      }),
    );
    expect(result.ok ? [] : result.errors.join('\n')).toMatch(/person:nobody/);
  });
});
