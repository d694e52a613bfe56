import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor/index';
import { mergeParsed } from '../../src/extractor/merge/merge';
import type { Source } from '../../src/lib/model/types';
import { GAZETTEER } from './fixtures/gazetteer';

const PUB = '2023-03-10';
const run = (text: string) => extract(text, { published: PUB, actors: GAZETTEER });

function parsed(...texts: string[]) {
  const sources: Source[] = texts.map((text, i) => ({ id: `s${i}`, outlet: `o${i}`, title: `s${i}`, published: PUB, kind: 'original', basedOn: null, text, boilerplate: [] }));
  return mergeParsed({ curated: [], results: sources.map((s) => ({ source: s, result: extract(s.text, { published: PUB, actors: GAZETTEER, sourceId: s.id }) })), actors: GAZETTEER }).filter((e) => e.origin === 'parsed');
}

describe('background facts (dated years before publication)', () => {
  it('a "<year>, when …" clause is a real historical event dated by that year', () => {
    const ms = run('The new penalties on Russia are far tougher than in 2014, when Russia seized Crimea.').mentions.filter((m) => m.date);
    expect(ms.map((m) => [m.type, m.date?.start, m.date?.end])).toEqual([['ASSAULT', '2014-01-01', '2014-12-31']]);
    expect(ms[0]?.actorIds).toContain('ru');
  });

  it('an old year in a later clause does not date the trigger of another clause', () => {
    const ms = run('Sergei Lavrov warned France of new sanctions; the last ones came in 2014.').mentions;
    const threat = ms.find((m) => m.type === 'THREATEN');
    expect(threat).toBeDefined();
    expect(threat?.date).toBeNull();
  });

  it('a fronted old date still dates the main clause', () => {
    const m = run('In 2015, after the truce collapsed, Sergei Lavrov met Li Na in Minsk.').mentions.find((x) => x.type === 'CONSULT');
    expect(m?.date).toMatchObject({ start: '2015-01-01', end: '2015-12-31' });
  });

  it('the same background fact in two reports becomes one parsed event with two citations', () => {
    const a = 'France promised harsher measures than in 2014, when Russia annexed Crimea.';
    const b = 'The package goes well beyond the one adopted after Russia seized Crimea from Ukraine in 2014.';
    const events = parsed(a, b).filter((e) => e.type === 'ASSAULT');
    expect(events).toHaveLength(1);
    expect(events[0]?.citations.map((c) => c.source).sort()).toEqual(['s0', 's1']);
    expect(events[0]?.start).toBe('2014-01-01');
  });

  it('two state-only mentions of different years stay apart', () => {
    const events = parsed('Russia seized Crimea in 2014.', 'Russia invaded Georgia in 2008.').filter((e) => e.type === 'ASSAULT');
    expect(events).toHaveLength(2);
  });
});
