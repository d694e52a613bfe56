import { describe, expect, it } from 'vitest';
import { recognizeActors } from '../../../src/extractor/actors/recognizeActors';
import { scoreAll } from './scoreDevPassages';

const persons = (text: string) =>
  recognizeActors(text, []).mentions.filter((m) => m.kind === 'person').map((m) => ({ text: text.slice(m.start, m.end), name: m.name, id: m.personId, country: m.country }));

describe('people outside the gazetteer', () => {
  it('finds them from role cues, with the country of the role, and keeps hyphenated names whole', () => {
    const text = 'Secretary of State Mike Pompeo met North Korean official Kim Yong-chol in New York on Thursday, the U.S. side said.';
    expect(persons(text)).toEqual([
      { text: 'Mike Pompeo', name: 'Mike Pompeo', id: 'person:mike-pompeo', country: 'US' },
      { text: 'Kim Yong-chol', name: 'Kim Yong-chol', id: 'person:kim-yong-chol', country: 'KP' },
    ]);
  });

  it("takes the country from a possessive role (\"South Korea's national security adviser\")", () => {
    const out = persons("South Korea's national security adviser Suh Hoon flew to Pyongyang. Russia's chief negotiator Vladimir Medinsky spoke.");
    expect(out.map((p) => [p.name, p.country])).toEqual([
      ['Suh Hoon', 'KR'],
      ['Vladimir Medinsky', 'RU'],
    ]);
  });

  it('unifies spellings of one name and resolves "Mr. Moon" and the bare family name to it', () => {
    const text = 'President Moon Jae-in met North Korean leader Kim Jong-un on Friday. Mr. Moon said Kim Jong Un was sincere. Kim had agreed.';
    const out = persons(text);
    expect(out.map((p) => p.id)).toEqual(['person:moon-jae-in', 'person:kim-jong-un', 'person:moon-jae-in', 'person:kim-jong-un', 'person:kim-jong-un']);
    expect(out[0]?.text).toBe('Moon Jae-in');
  });

  it('resolves a family name two people share to no one ("many Kims")', () => {
    const text = 'North Korean official Kim Yong-chol carried a letter from leader Kim Jong Un. Mr. Kim arrived on Friday.';
    const kim = persons(text).filter((p) => p.text === 'Kim');
    expect(kim).toEqual([]);
  });

  it('resolves "the secretary" and "the foreign minister" to the person with that role, and nothing when there is none', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov met Secretary of State Mike Pompeo in Sochi. The secretary said the talks were frank. The foreign minister disagreed.';
    const refs = persons(text).filter((p) => /^The /.test(p.text));
    expect(refs.map((p) => [p.text, p.name])).toEqual([
      ['The secretary', 'Mike Pompeo'],
      ['The foreign minister', 'Sergei Lavrov'],
    ]);
    expect(persons('The secretary declined to comment.')).toEqual([]);
  });

  it('takes the country from an apposition or "of <country>" after the name', () => {
    expect(persons('President Trump called off the summit with Kim Jong-un, the North Korean leader.').find((p) => p.name === 'Kim Jong-un')?.country).toBe('KP');
    expect(persons('President Biden spoke today with Prime Minister Benjamin Netanyahu of Israel.').find((p) => p.name === 'Benjamin Netanyahu')?.country).toBe('IL');
  });

  it('holds on the hand-written development passages (expected participants written before running)', () => {
    const s = scoreAll();
    expect(s.found / s.people).toBeGreaterThanOrEqual(0.9);
    expect(s.sentencesComplete / s.sentences).toBeGreaterThanOrEqual(0.9);
    expect(s.strayPeople).toBeLessThanOrEqual(1);
  });
});
