import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index';
import { mergeParsed } from '../../../src/extractor/merge/merge';
import type { Source } from '../../../src/lib/model/types';
import { GAZETTEER } from '../fixtures/gazetteer';

function source(id: string, outlet: string, text: string, published: string): Source {
  return { id, outlet, title: id, published, kind: 'original', basedOn: null, text, boilerplate: [] };
}

const run = (sources: Source[]) => sources.map((s) => ({ source: s, result: extract(s.text, { published: s.published, actors: GAZETTEER, sourceId: s.id }) }));

// three outlets, three stories, people the gazetteer does not know
const times = source(
  'times',
  'Times',
  'Secretary of State Mike Pompeo met North Korean official Kim Yong-chol in New York on Thursday. The U.S. wants a summit in Singapore.',
  '2018-06-01',
);
const agency = source('agency', 'Agency', 'South Korean President Moon Jae-in met North Korean leader Kim Jong-un at the border village of Panmunjom on Saturday.', '2018-05-27');
const wire = source('wire', 'Wire', 'Saudi Foreign Minister Faisal bin Farhan held talks with Iranian Foreign Minister Hossein Amir-Abdollahian in Beijing on Thursday.', '2023-04-07');

describe('people outside the gazetteer are participants of mentions and parsed events', () => {
  it('gives a mention the person ids of everyone it names, with countries from role and adjective, and the initiator', () => {
    const [r] = run([times]);
    const m = r!.result.mentions.find((x) => x.type === 'CONSULT')!;
    expect(m.date?.start).toBe('2018-05-31');
    expect(m.actorIds).toEqual(['person:mike-pompeo', 'person:kim-yong-chol']);
    expect(m.countries).toEqual(expect.arrayContaining(['US', 'KP']));
    expect(m.initiator).toBe('person:mike-pompeo');
  });

  it('titles parsed events by the people, never by raw ids or states alone', () => {
    const events = mergeParsed({ curated: [], results: run([times, agency, wire]), actors: GAZETTEER });
    const byDay = (d: string) => events.find((e) => e.start === d && e.type === 'CONSULT')!;
    const pompeo = byDay('2018-05-31');
    expect(pompeo.title).toBe('Pompeo meets Kim Yong-chol in New York');
    expect(pompeo.actors).toEqual(['person:mike-pompeo', 'person:kim-yong-chol']);
    expect(pompeo.initiator).toBe('person:mike-pompeo');
    const moon = byDay('2018-05-26');
    expect(moon.actors).toEqual(['person:moon-jae-in', 'person:kim-jong-un']);
    expect(moon.countries).toEqual(['KR', 'KP']);
    expect(moon.title).toBe('Moon meets Kim Jong-un');
    const gulf = byDay('2023-04-06');
    expect(gulf.actors).toEqual(['person:faisal-bin-farhan', 'person:hossein-amir-abdollahian']);
    expect(gulf.countries).toEqual(['SA', 'IR']);
    for (const e of events) expect(e.title).not.toMatch(/person:/);
  });
});
