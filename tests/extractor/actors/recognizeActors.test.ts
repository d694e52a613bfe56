import { describe, expect, it } from 'vitest';
import { recognizeActors } from '../../../src/extractor/actors/recognizeActors';
import { GAZETTEER } from '../fixtures/gazetteer';

const found = (text: string) =>
  recognizeActors(text, GAZETTEER).mentions.map((m) => ({ text: text.slice(m.start, m.end), name: m.name, id: m.actorId, country: m.country }));

describe('recognizeActors(text, gazetteer)', () => {
  it('matches gazetteer names and aliases, skipping a middle initial', () => {
    const text = 'Emmanuel J. Macron hosted Antonio Guterres in Paris.';
    expect(found(text)).toEqual([
      { text: 'Emmanuel J. Macron', name: 'Emmanuel Macron', id: 'macron', country: 'FR' },
      { text: 'Antonio Guterres', name: 'António Guterres', id: 'guterres', country: null },
      { text: 'Paris', name: 'France', id: 'fr', country: 'FR' },
    ]);
  });

  it('matches a surname after the first full mention, or after a title, but not before', () => {
    const before = found('Scholz arrived late.');
    expect(before.filter((m) => m.id === 'scholz')).toEqual([]);
    const text = 'Olaf Scholz flew to Tokyo. Later, Scholz met Prime Minister Kishida and Mr. Lavrov.';
    const ids = found(text).map((m) => m.id);
    expect(ids).toEqual(['scholz', null, 'scholz', 'kishida', 'lavrov']);
  });

  it('accepts a variant first name that shares its opening letters ("Jon Kerry" for Jonathan Kerry)', () => {
    expect(found('Envoy Jon Kerry spoke.').map((m) => m.id)).toEqual(['kerry']);
  });

  it('resolves "the ambassador" to the one ambassador mentioned earlier, and not when none was', () => {
    const none = recognizeActors('The ambassador declined to comment.', GAZETTEER).mentions;
    expect(none).toEqual([]);
    const text = 'French officials summoned Li Na on Monday. The ambassador told them China would not change course.';
    const m = recognizeActors(text, GAZETTEER).mentions.find((x) => text.slice(x.start, x.end) === 'The ambassador');
    expect(m?.actorId).toBe('li-na');
    expect(m?.via).toBe('role');
  });

  it('maps country names, adjectives, capitals and metonyms to ISO codes', () => {
    const text = 'The Kremlin and the White House traded barbs while Kyiv, Kiev, Ankara and Brasília watched; Ukrainian and Turkish diplomats, the Pentagon and Downing Street stayed silent.';
    const codes = found(text).map((m) => [m.text, m.country]);
    expect(codes).toEqual([
      ['The Kremlin', 'RU'],
      ['the White House', 'US'],
      ['Kyiv', 'UA'],
      ['Kiev', 'UA'],
      ['Ankara', 'TR'],
      ['Brasília', 'BR'],
      ['Ukrainian', 'UA'],
      ['Turkish', 'TR'],
      ['the Pentagon', 'US'],
      ['Downing Street', 'GB'],
    ]);
  });

  it('makes adjectives state actors only before a group noun or as plural demonyms', () => {
    const text = 'Russian officials met the Americans, and a Russian company signed a deal with American farmers. French intelligence officials agreed.';
    const out = found(text).map((m) => [m.text, m.id]);
    expect(out).toEqual([
      ['Russian', 'ru'],
      ['Americans', 'us'],
      ['Russian', null],
      ['American', null],
      ['French', 'fr'],
    ]);
  });

  it('reports unknown people found by title, initial, apposition, speech verb or CJK name', () => {
    const text =
      'Foreign Minister Amara Diallo met Kofi R. Mensah in Accra. "We agree," said Ines Carvalho. ' +
      'Tomas Herrera, a spokesman for the ministry, confirmed it. Chen Weiming (陳偉明) declined to comment. ' +
      'Later, Ms. Diallo and Herrera left for Dakar.';
    const r = recognizeActors(text, GAZETTEER);
    expect(r.newPeople.map((p) => p.name)).toEqual(['Amara Diallo', 'Kofi R. Mensah', 'Ines Carvalho', 'Tomas Herrera', 'Chen Weiming']);
    const later = r.mentions.filter((m) => m.start > text.indexOf('Later')).map((m) => m.name);
    expect(later).toEqual(['Amara Diallo', 'Tomas Herrera', 'Dakar']);
  });

  it('does not report organisations or places as people', () => {
    const text =
      'The Oxford University professor spoke at the Brussels Security Forum and the Central Bank of Nigeria. ' +
      'The New York Times and the Ministry of Foreign Affairs said NATO and the Cold War were discussed.';
    expect(recognizeActors(text, GAZETTEER).newPeople).toEqual([]);
  });

  it('matches an acronym in its dotted spelling ("F.B.I." for "FBI")', () => {
    expect(found('The F.B.I. and the FBI agreed.').map((m) => m.id)).toEqual(['fbi', 'fbi']);
  });

  it('names the state behind a government body, but not behind a newspaper', () => {
    const text = 'The French Embassy protested. Le Monde reported it.';
    expect(found(text).map((m) => [m.text, m.id])).toEqual([
      ['French Embassy', 'fr-embassy'],
      ['French Embassy', 'fr'],
      ['Le Monde', 'le-monde'],
    ]);
  });

  it('keeps the qualifiers inside a long alias ("Elysee spokeswoman Claire Duval" also names France)', () => {
    const ids = found('Elysee spokeswoman Claire Duval denied it.').map((m) => m.id);
    expect(ids).toContain('duval');
    expect(ids).toContain('fr');
  });

  it('resolves "the two leaders" to the last two people named', () => {
    const text = 'Emmanuel Macron hosted Olaf Scholz in Paris. The two leaders spoke again on Friday.';
    const r = recognizeActors(text, GAZETTEER).mentions.filter((m) => m.start >= text.indexOf('The two'));
    expect(r.map((m) => m.actorId).sort()).toEqual(['macron', 'scholz']);
  });

  it('does not take a one-word alias that is part of a longer name ("Li Na" is not "Li Nanxi")', () => {
    const text = 'Li Na spoke. A ministry spokesman, Li Nanxi, said on Monday that talks would resume.';
    const r = recognizeActors(text, GAZETTEER);
    expect(r.mentions.filter((m) => m.actorId === 'li-na')).toHaveLength(1);
    expect(r.newPeople.map((p) => p.name)).toEqual(['Li Nanxi']);
  });

  it('resolves a family name given first ("Mr. Yoon" after "Yoon Suk Yeol")', () => {
    const text = 'President Yoon Suk Yeol arrived. Later, Mr. Yoon met reporters.';
    const r = recognizeActors(text, GAZETTEER);
    expect(r.newPeople.map((p) => p.name)).toEqual(['Yoon Suk Yeol']);
    expect(r.mentions.map((m) => m.name)).toEqual(['Yoon Suk Yeol', 'Yoon Suk Yeol']);
  });
});


describe('recognizeActors: unknown organisations', () => {
  it('reports organisations by their head word, with a leading place name, and not people or known actors', () => {
    const text = 'The Treasury Department and the Bank of Korea met officials of Kenya Airways and the French Embassy. Amara Diallo, a spokeswoman, said the Ministry of Foreign Affairs agreed.';
    const r = recognizeActors(text, GAZETTEER);
    expect(r.newOrganizations.map((o) => o.name)).toEqual(['Treasury Department', 'Bank of Korea', 'Kenya Airways', 'Ministry of Foreign Affairs']);
    for (const o of r.newOrganizations) expect(text.slice(o.start, o.end)).toBe(o.name);
  });
});

describe('recognizeActors: longer names and descriptive aliases', () => {
  it('needs the person earlier in the text for an alias that shares no word with the name ("Chinese envoy")', () => {
    expect(found('The Chinese envoy left.').some((m) => m.id === 'li-na')).toBe(false);
    expect(found('Li Na arrived. The Chinese envoy left.').filter((m) => m.id === 'li-na')).toHaveLength(2);
  });

  it('does not match a known name inside a longer capitalised name', () => {
    const r = recognizeActors('Officials of Iran’s Supreme National Security Council met.', GAZETTEER);
    expect(r.mentions.some((m) => m.actorId === 'nsc')).toBe(false);
    expect(r.newOrganizations.map((o) => o.name)).toEqual(['Supreme National Security Council']);
  });

  it('keeps name particles and apposition after a generic role', () => {
    const r = recognizeActors('Prince Faisal bin Farhan met his Iranian counterpart, Hossein Amir-Abdollahian, in Beijing.', GAZETTEER);
    expect(r.newPeople.map((p) => p.name)).toEqual(['Faisal bin Farhan', 'Hossein Amir-Abdollahian']);
  });
});

