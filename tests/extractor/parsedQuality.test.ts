import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor/index';
import { mergeParsed } from '../../src/extractor/merge/merge';
import type { Source } from '../../src/lib/model/types';
import { GAZETTEER } from './fixtures/gazetteer';

// published on Friday 2023-03-10: "Tuesday" = 03-07
const PUB = '2023-03-10';
const run = (text: string) => extract(text, { published: PUB, actors: GAZETTEER });

function parsed(...texts: string[]) {
  const sources: Source[] = texts.map((text, i) => ({ id: `s${i}`, outlet: `o${i}`, title: `s${i}`, published: PUB, kind: 'original', basedOn: null, text, boilerplate: [] }));
  return mergeParsed({ curated: [], results: sources.map((s) => ({ source: s, result: extract(s.text, { published: PUB, actors: GAZETTEER, sourceId: s.id }) })), actors: GAZETTEER }).filter((e) => e.origin === 'parsed');
}

describe('questions, conditions and negations are not events', () => {
  it('an embedded question stays below the merge threshold and makes no parsed event', () => {
    const text = 'On Tuesday, Emmanuel Macron was asked if he was cooperating with Olaf Scholz on gas.';
    for (const m of run(text).mentions) expect(m.confidence).toBeLessThan(0.5);
    expect(parsed(text)).toEqual([]);
  });
  it('"whether" and "unless" clauses are questions or conditions, not reports', () => {
    expect(parsed('On Tuesday, reporters wondered whether Sergei Lavrov met Li Na in Paris.')).toEqual([]);
    expect(parsed('On Tuesday, Olaf Scholz said the embargo stays unless Sergei Lavrov meets Li Na first.').filter((e) => e.type === 'CONSULT')).toEqual([]);
  });
  it('a negated trigger makes no event', () => {
    expect(parsed('On Tuesday, Sergei Lavrov did not meet Li Na in Paris.')).toEqual([]);
  });
  it('a plain report of the same happening still does', () => {
    const events = parsed('On Tuesday, Sergei Lavrov met Li Na in Paris.');
    expect(events.map((e) => [e.type, e.start])).toEqual([['CONSULT', '2023-03-07']]);
  });
});

describe('attribution is not participation', () => {
  it('actors of a trailing "…, X said" are not the event\'s actors', () => {
    const m = run('On Tuesday, Emmanuel Macron talked with Olaf Scholz about gas, officials at the National Security Council said.').mentions.find((x) => x.type === 'CONSULT');
    expect(m?.actorIds).toEqual(expect.arrayContaining(['macron', 'scholz']));
    expect(m?.actorIds).not.toContain('nsc');
  });
  it('"according to X" is an attribution too', () => {
    const m = run('On Tuesday, Sergei Lavrov met Li Na in Paris, according to Le Monde.').mentions.find((x) => x.type === 'CONSULT');
    expect(m?.actorIds).toEqual(expect.arrayContaining(['lavrov', 'li-na']));
    expect(m?.actorIds).not.toContain('le-monde');
  });
  it('a subject-less "but …" clause after a relative clause shares the main subject', () => {
    const text = 'On Tuesday, Emmanuel Macron and Olaf Scholz traded complaints about tariffs, which have doubled, but agreed to cooperate on defence, Le Monde reported.';
    const m = run(text).mentions.find((x) => x.type === 'COOPERATE');
    expect(m?.actorIds).toEqual(expect.arrayContaining(['macron', 'scholz']));
    expect(m?.actorIds).not.toContain('le-monde');
  });
});

describe('parsed titles: headlines "<initiator> <verb> <other party>"', () => {
  it('names a person rather than the state they belong to', () => {
    const [ev] = parsed('On Tuesday, Emmanuel Macron warned Russia of severe sanctions.');
    expect(ev?.title).toBe('Macron warns Russia');
  });
  it('puts the initiator first', () => {
    const [ev] = parsed('On Tuesday, Li Na accused Sergei Lavrov of hypocrisy.');
    expect(ev?.title).toBe('Li accuses Lavrov');
  });
  it('titles a use of force by the states, the initiator\'s state first', () => {
    const [ev] = parsed('On Tuesday, Sergei Lavrov attacked France from bases in Russia.').filter((e) => e.type === 'ASSAULT');
    expect(ev?.title).toBe('Russia attacks France');
  });
  it('a speaker who calls someone "the culprit" is the accuser', () => {
    const [ev] = parsed('On Tuesday, Li Na said at a news conference that France was the culprit.');
    expect(ev?.title).toBe('Li accuses France');
    expect(ev?.initiator).toBe('li-na');
  });
});

describe('clustering parsed mentions across reports', () => {
  it('a month mention joins the same actors\' day mention and the event keeps the day', () => {
    const events = parsed('Sergei Lavrov met Li Na in Paris on March 7.', 'Sergei Lavrov and Li Na met in Paris in March.').filter((e) => e.type === 'CONSULT');
    expect(events).toHaveLength(1);
    expect([events[0]?.start, events[0]?.end, events[0]?.precision]).toEqual(['2023-03-07', '2023-03-07', 'day']);
    expect(events[0]?.citations).toHaveLength(2);
  });
  it('a season does not gather every day inside it through one shared person', () => {
    const events = parsed('Sergei Lavrov held talks with NATO over the winter.', 'On Feb. 2, Sergei Lavrov met Li Na in Paris.').filter((e) => e.type === 'CONSULT');
    expect(events).toHaveLength(2);
  });
});
