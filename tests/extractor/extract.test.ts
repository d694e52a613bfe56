import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor/index';
import { GAZETTEER } from './fixtures/gazetteer';

// Published Friday 2023-03-10; weekdays in past-tense sentences resolve to the week before.
const run = (text: string) => extract(text, { published: '2023-03-10', actors: GAZETTEER, sourceId: 'test-source' });
const only = (text: string) => {
  const r = run(text);
  expect(r.mentions.length).toBeGreaterThan(0);
  return r.mentions[0]!;
};

describe('extract(text, options): trigger → type and mode', () => {
  const cases: [string, string, string | undefined][] = [
    ['Emmanuel Macron spoke with Olaf Scholz by phone on March 7.', 'CONSULT', 'phone'],
    ['On March 3, Sergei Lavrov met Li Na in Moscow.', 'CONSULT', 'visit'],
    ['Olaf Scholz flew to Beijing on March 2.', 'CONSULT', 'visit'],
    ['Sergei Lavrov spoke with Li Na about the war on March 2.', 'CONSULT', undefined],
    ['Olaf Scholz and Emmanuel Macron held a video summit on March 6.', 'CONSULT', 'video'],
    ['Foreign ministers gathered at the Munich Security Conference on Feb. 18.', 'CONSULT', 'multilateral'],
    ['Russia invaded the country on Feb. 24, 2022.', 'ASSAULT', 'military'],
    ['The United States imposed sanctions on Russian banks on March 8.', 'SANCTION', 'economic'],
    ['Emmanuel Macron warned Moscow of severe consequences on March 6.', 'THREATEN', 'economic'],
    ['French officials shared intelligence with NATO allies on March 1.', 'COOPERATE', 'intelligence'],
    ['Sergei Lavrov accused France of hypocrisy on March 9.', 'ACCUSE', 'verbal'],
    ['France protested to Russia over the arrests on March 9.', 'ACCUSE', 'verbal'],
    ['Emmanuel Macron asked Olaf Scholz on March 9 to send more aid.', 'REQUEST', 'diplomatic'],
    ['Emmanuel Macron welcomed Olaf Scholz to the Elysee on March 9.', 'CONSULT', 'host'],
    ['The United States welcomed the agreement on March 9.', 'SUPPORT', undefined],
    ['China rejected the proposal on March 2.', 'REJECT', undefined],
    ['Russia deployed troops to the border in January.', 'MOBILIZE', 'military'],
    ['Emmanuel Macron told reporters at a news conference on March 8 that he was hopeful.', 'STATEMENT', 'briefing'],
    ['Sergei Lavrov said on March 8 that Moscow was ready.', 'STATEMENT', 'verbal'],
    ['In a televised address on March 8, Emmanuel Macron called for calm.', 'STATEMENT', 'verbal'],
  ];
  it.each(cases)('%s → %s/%s', (sentence, type, mode) => {
    const m = only(sentence);
    expect(m.type).toBe(type);
    expect(m.mode).toBe(mode);
  });
});

describe('extract(text, options): mentions', () => {
  it('cites the exact sentence, dates it from its own timex and names actors and initiator', () => {
    const text = 'Markets were calm. Emmanuel Macron spoke with Olaf Scholz by phone on Tuesday, aides said.';
    const r = run(text);
    const m = r.mentions.find((x) => x.type === 'CONSULT')!;
    expect(text.slice(m.start, m.end)).toBe('Emmanuel Macron spoke with Olaf Scholz by phone on Tuesday, aides said.');
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.date).toEqual({ start: '2023-03-07', end: '2023-03-07', precision: 'day' });
    expect(r.timexes[m.timex!]!.text).toBe('Tuesday');
    expect(m.actors).toEqual(['Emmanuel Macron', 'Olaf Scholz']);
    expect(m.actorIds).toEqual(['macron', 'scholz']);
    expect(m.countries).toEqual(['FR', 'DE']);
    expect(m.initiator).toBe('macron');
    expect(m.source).toBe('test-source');
    expect(m.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('leaves the date null when the sentence has no timex, instead of using the publication date', () => {
    const m = run('Emmanuel Macron met Olaf Scholz in Berlin. Talks resumed on March 2.').mentions[0]!;
    expect(m.date).toBeNull();
    expect(m.timex).toBeNull();
    expect(m.confidence).toBeLessThan(only('Emmanuel Macron met Olaf Scholz in Berlin on March 2.').confidence);
  });

  it('skips negated triggers; a hypothetical sanction is a threat, not a sanction', () => {
    expect(run('Emmanuel Macron did not meet Olaf Scholz on March 2.').mentions.filter((m) => m.type === 'CONSULT')).toEqual([]);
    expect(only('The United States imposed sanctions on Russian banks on March 8.').type).toBe('SANCTION');
    const maybe = run('The United States would impose sanctions on Russian banks if talks failed on March 8.').mentions;
    expect(maybe.map((m) => m.type)).toEqual(['THREATEN']);
  });

  it('flags mentions inside boilerplate', () => {
    const body = 'Emmanuel Macron met Olaf Scholz in Berlin on March 2 to discuss energy prices and support for Kyiv.';
    const caption = 'Emmanuel Macron meets Olaf Scholz in Berlin, Germany, Thursday, March 2, 2023.';
    const r = run(`${body}\n${caption}\n`);
    const flagged = r.mentions.filter((m) => m.boilerplate);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((m) => m.start >= body.length)).toBe(true);
    expect(r.mentions.filter((m) => !m.boilerplate).every((m) => m.end <= body.length)).toBe(true);
  });

  it('reports unknown people in newActors and in mention actors as written', () => {
    const r = run('Foreign Minister Amara Diallo met Sergei Lavrov in Dakar on March 4.');
    expect(r.newActors?.map((a) => a.name)).toEqual(['Amara Diallo']);
    expect(r.mentions[0]?.actors).toEqual(['Amara Diallo', 'Sergei Lavrov']);
  });

  it('returns empty arrays and a warning for empty, dateless and non-English text', () => {
    expect(run('   \n')).toMatchObject({ timexes: [], mentions: [], warnings: ['empty text: nothing to extract'] });
    const dateless = run('Emmanuel Macron met Olaf Scholz in Berlin to discuss energy prices.');
    expect(dateless.timexes).toEqual([]);
    expect(dateless.mentions).toEqual([]);
    expect(dateless.warnings).toContain('no dates found in the text: no dated events can be extracted');
    const lithuanian = run('Vakar prezidentas susitiko su ministrais ir aptarė naujus įstatymus, kurie bus priimti kitą mėnesį. Jie sakė, kad derybos vyks toliau, o sprendimai bus paskelbti vėliau šiais metais.');
    expect(lithuanian.mentions).toEqual([]);
    expect(lithuanian.warnings[0]).toMatch(/English/);
  });

  it('rejects a publication date that is not a calendar day', () => {
    expect(() => extract('text', { published: '2023-02-30' })).toThrow(/YYYY-MM-DD/);
  });

  it('dates each clause from its own timex', () => {
    const r = run('Sergei Lavrov flew to Paris on March 2, and on March 6, French officials shared intelligence with NATO.');
    expect(r.mentions.map((m) => [m.type, m.date?.start])).toEqual([
      ['CONSULT', '2023-03-02'],
      ['COOPERATE', '2023-03-06'],
    ]);
  });

  it('gives a happening repeated on a second date one mention per date', () => {
    const r = run('Sergei Lavrov spoke with Li Na in late January and again on Monday.');
    expect(r.mentions.map((m) => [m.type, m.date?.start, m.date?.end])).toEqual([
      ['CONSULT', '2023-01-21', '2023-01-31'],
      ['CONSULT', '2023-03-06', '2023-03-06'],
    ]);
  });

  it('keeps a date written right after a nominal trigger away from other triggers', () => {
    const r = run('The call between Emmanuel Macron and Olaf Scholz was their first since the invasion last month.');
    const call = r.mentions.find((m) => m.type === 'CONSULT');
    expect(call?.date).toBeNull();
  });

  it('does not date an event from a bound or a comparison ("since 2019", "than in 2014")', () => {
    const r = run('The two governments have met 12 times since 2019. The new sanctions are tougher than in 2014.');
    expect(r.timexes.length).toBeGreaterThan(0);
    expect(r.mentions.every((m) => m.date === null)).toBe(true);
  });

  it('takes the actors of the trigger clause when it names any', () => {
    const r = run('Olaf Scholz flew to Tokyo on March 2, and on March 6, Sergei Lavrov met Li Na.');
    const meeting = r.mentions.find((m) => m.date?.start === '2023-03-06')!;
    expect(meeting.actorIds).toEqual(['lavrov', 'li-na']);
  });

  it('dates a "when" clause from the date just before it, even after "until"', () => {
    const r = run('Talks went on until Wednesday, when Russian forces launched an offensive in the east.');
    const attack = r.mentions.find((m) => m.type === 'ASSAULT')!;
    expect(attack.date).toEqual({ start: '2023-03-08', end: '2023-03-08', precision: 'day' });
  });

  it('prefers a person as initiator over the body they belong to', () => {
    const m = only('Olaf Scholz, the German chancellor, flew to Paris on March 2.');
    expect(m.initiator).toBe('scholz');
  });

  it('does not carry a date across ", days after"', () => {
    const r = run('Emmanuel Macron met Olaf Scholz in Paris on Monday, days after Russian missiles struck Lviv.');
    expect(r.mentions.find((m) => m.type === 'CONSULT')?.date?.start).toBe('2023-03-06');
    expect(r.mentions.find((m) => m.type === 'ASSAULT')?.date).toBeNull();
  });

  it('treats a deadline after "by" as no event date, and summoning an ambassador as a consultation', () => {
    expect(only('Olaf Scholz told a news conference that Germany would send tanks by the end of the month.').date).toBeNull();
    const m = only('France summoned the Russian ambassador on Thursday.');
    expect([m.type, m.mode, m.date?.start]).toEqual(['CONSULT', 'host', '2023-03-09']);
  });

  it('resolves "the two leaders" to the last two national leaders, skipping other people', () => {
    const text = 'President Amara Diallo hosted Chancellor Olaf Scholz. Spokeswoman Ines Carvalho, and ambassador Tomas Herrera, attended. On March 1, the two leaders signed a treaty.';
    const m = run(text).mentions.find((x) => x.type === 'AGREE')!;
    expect(m.actors.sort()).toEqual(['Amara Diallo', 'Olaf Scholz']);
  });

  it('keeps a speech as a statement next to a stronger trigger in the same clause', () => {
    const r = run('On March 8, Sergei Lavrov declared war on television.');
    expect(r.mentions.map((m) => m.type).sort()).toEqual(['ASSAULT', 'STATEMENT']);
  });

  it('finds the initiator: the subject, the subject of an embedded clause, or the speaker of "said"', () => {
    const first = (text: string, type: string) => run(text).mentions.find((m) => m.type === type)?.initiator;
    expect(first('Emmanuel Macron spoke with Olaf Scholz on Monday, warning him of severe consequences.', 'THREATEN')).toBe('macron');
    expect(first('On Monday, French officials got intelligence showing Russia had shared the data with China.', 'COOPERATE')).toBe('ru');
    expect(first('Emmanuel Macron will travel, French envoy Li Na said on Monday.', 'STATEMENT')).toBe('li-na');
  });

  it('lets a clause without its own subject share the previous one ("…, but agreed to …")', () => {
    const r = run('On March 2, Emmanuel Macron and Olaf Scholz disagreed on energy, but agreed to cooperate on defence.');
    const coop = r.mentions.find((m) => m.type === 'COOPERATE' || m.type === 'AGREE')!;
    expect(coop.actorIds).toEqual(['macron', 'scholz']);
  });

  it('reads "the <leader> administration" as the state, not the person', () => {
    const m = only('The Macron administration imposed sanctions on March 2.');
    expect(m.actorIds).toEqual(['fr']);
  });

  it('does not read "was asked bluntly" as a request', () => {
    expect(run('Emmanuel Macron was asked bluntly on March 9 about the talks.').mentions.some((m) => m.type === 'REQUEST')).toBe(false);
  });
});

