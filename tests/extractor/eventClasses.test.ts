/**
 * Issue 11: one event per real happening. Real sentences from wire reports of several stories (2018 Trump–Kim
 * summit, 2015 Iran deal, 2021 Biden–Xi call), with the expected events.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor/index';
import { mergeParsed } from '../../src/extractor/merge/merge';
import type { Source } from '../../src/lib/model/types';
import { GAZETTEER } from './fixtures/gazetteer';

const run = (text: string, published = '2018-05-27') => extract(text, { published, actors: GAZETTEER });
const dated = (text: string, published?: string) => run(text, published).mentions.filter((m) => m.date);

function parsedFrom(...reports: { text: string; published: string }[]) {
  const sources: Source[] = reports.map((r, i) => ({ id: `s${i}`, outlet: `Outlet ${i}`, title: `s${i}`, published: r.published, kind: 'original', basedOn: null, text: r.text, boilerplate: [] }));
  return mergeParsed({ curated: [], results: sources.map((s) => ({ source: s, result: extract(s.text, { published: s.published, actors: GAZETTEER, sourceId: s.id }) })), actors: GAZETTEER }).filter((e) => e.origin === 'parsed');
}

describe('negation, denial, modality and questions produce no event', () => {
  it.each([
    ['Moon said Kim had no plans to attack anyone on Saturday.', 'ASSAULT'],
    ['North Korea denied attacking the ship on Friday.', 'ASSAULT'],
    ['Trump said the summit could still take place on June 12.', 'CONSULT'],
    ['Kim Yong-chol was expected to travel to Washington on Friday.', 'CONSULT'],
    ['Did Xi Jinping meet Vladimir Putin on Friday?', 'CONSULT'],
    ['The United States would impose sanctions on Russian banks if talks failed on March 8.', 'SANCTION'],
  ])('%s → no %s', (sentence, type) => {
    expect(run(sentence).mentions.filter((m) => m.type === type)).toEqual([]);
  });
  it('a denial is its own REJECT event', () => {
    expect(run('On Friday, North Korea denied that it was stalling.').mentions.map((m) => m.type)).toContain('REJECT');
  });
  it('the summit that was called off is a cancellation, not a summit', () => {
    const ms = dated('U.S. President Donald Trump on Thursday called off a planned June 12 summit in Singapore with North Korean leader Kim Jong Un.', '2018-05-24');
    expect(ms.map((m) => [m.type, m.act, m.date?.start, m.object])).toEqual([['REJECT', 'cancel', '2018-05-24', 'Singapore summit']]);
  });
});

describe('follow-on sentences join their happening', () => {
  it('"The two leaders talked …" and "During the talks, …" cite the meeting, with its date', () => {
    const text =
      'South Korean President Moon Jae-in met North Korean leader Kim Jong Un on Saturday in the border village of Panmunjom.\n\nThe two leaders talked for two hours on the northern side of the village.\n\nThe meeting came two days after Trump cancelled the summit on Thursday.';
    const ms = run(text).mentions;
    const meeting = ms.findIndex((m) => m.type === 'CONSULT' && m.date?.start === '2018-05-26' && m.follows === undefined);
    expect(meeting).toBeGreaterThanOrEqual(0);
    const followers = ms.filter((m) => m.follows === meeting);
    expect(followers.map((m) => m.text.slice(0, 20))).toEqual(['The two leaders talk', 'The meeting came two']);
    expect(followers.every((m) => m.date?.start === '2018-05-26')).toBe(true);
  });
  it('merged, one event cites all three sentences', () => {
    const text = 'Joe Biden held a video call with Xi Jinping on Monday.\n\nThe call lasted about three and a half hours.\n\nDuring the call, the two leaders discussed Taiwan.';
    const events = parsedFrom({ text, published: '2021-11-16' }).filter((e) => e.type === 'CONSULT');
    expect(events).toHaveLength(1);
    expect(events[0]?.citations).toHaveLength(3);
  });
});

describe('background facts', () => {
  it('a fact years before the report is flagged on the mention and the compiled event', () => {
    const text = 'The sanctions go further than those imposed after Russia seized the Crimean Peninsula in 2014.';
    const m = run(text, '2022-02-26').mentions.find((x) => x.type === 'ASSAULT');
    expect(m).toMatchObject({ background: true, date: { start: '2014-01-01', end: '2014-12-31' } });
    const [ev] = parsedFrom({ text, published: '2022-02-26' }).filter((e) => e.type === 'ASSAULT');
    expect(ev?.background).toBe(true);
  });
  it('a recent date is news, not background', () => {
    expect(run('A preliminary framework was agreed in Lausanne, Switzerland, on April 2.', '2015-07-14').mentions.find((m) => m.date)?.background).toBeUndefined();
  });
});

describe('datelines are publication evidence, not event dates', () => {
  it('a dateline date never dates the sentence it opens', () => {
    const text = 'VIENNA, July 14 (Reuters) - Iran and six world powers reached a deal on Tuesday to curb its nuclear programme.';
    const r = run(text, '2015-07-15');
    const stamp = r.timexes.find((t) => t.text === 'July 14');
    expect(stamp?.role).toBe('publication');
    expect(r.mentions.find((m) => m.type === 'AGREE')?.date?.start).toBe('2015-07-14');
    const [ev] = parsedFrom({ text: 'GENEVA, Jan. 21 (Reuters) - Talks began in the morning.', published: '2022-01-21' });
    expect(ev).toBeUndefined();
  });
});

describe('merge across reports of a new story', () => {
  it('three outlets, one deal: one event, independent outlets counted, the differing day a date claim and a conflict', () => {
    const events = parsedFrom(
      { text: 'VIENNA, July 14 - Iran and six world powers reached a deal on Tuesday to curb its nuclear programme.', published: '2015-07-14' },
      { text: 'The council acted a week after the agreement was reached in Vienna on July 14.', published: '2015-07-20' },
      { text: 'The accord was reached in Vienna on July 13 after 18 days of negotiations.', published: '2015-07-24' },
    ).filter((e) => e.type === 'AGREE');
    expect(events).toHaveLength(1);
    const [ev] = events;
    expect(ev?.corroboration.independentOutlets).toBe(3);
    expect(ev?.dateClaims.map((d) => d.start).sort()).toEqual(['2015-07-13', '2015-07-14', '2015-07-14']);
    expect(ev?.conflicts?.[0]?.field).toBe('date');
    expect([ev?.start, ev?.end]).toEqual(['2015-07-13', '2015-07-14']);
  });
  it('two reports of the same meeting merge; a meeting two days later stays apart', () => {
    const events = parsedFrom(
      { text: 'Antony Blinken met Wang Yi in Rome on Monday.', published: '2022-03-15' },
      { text: 'On Monday, Antony Blinken held talks with Wang Yi in Rome.', published: '2022-03-16' },
      { text: 'Antony Blinken met Wang Yi again on Wednesday in Rome.', published: '2022-03-17' },
    ).filter((e) => e.type === 'CONSULT');
    expect(events.map((e) => [e.start, e.citations.length])).toEqual([
      ['2022-03-14', 2],
      ['2022-03-16', 1],
    ]);
  });
});
