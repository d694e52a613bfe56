import { describe, expect, it } from 'vitest';
import type { GoldParticipant } from '../../scripts/lib/blindGold';
import { placeOccurrence } from '../../scripts/lib/blindGold';
import {
  countDatedByPublication,
  eventMatches,
  namesParticipant,
  scoreDates,
  scoreEvents,
  scoreMentionParticipants,
  typesCompatible,
  widenToPrecision,
  type ParsedEventLike,
  type PlacedGoldDate,
  type PlacedGoldEvent,
} from '../../scripts/lib/blindScore';

const people: Record<string, GoldParticipant> = {
  ada: { name: 'Ada Lovelace', kind: 'person', country: 'GB', aliases: ['Lovelace'] },
  kim: { name: 'Kim Jong Un', kind: 'person', country: 'KP', aliases: ['Kim'] },
  fr: { name: 'France', kind: 'state', country: 'FR', aliases: ['Paris'] },
};

const day = (d: string) => ({ start: d, end: d });

describe('placeOccurrence', () => {
  it('finds the n-th occurrence and names the record when it is missing', () => {
    const text = 'on Friday they met; on Friday they spoke';
    expect(placeOccurrence(text, 'Friday', 2, 'x')).toEqual({ start: 23, end: 29 });
    expect(() => placeOccurrence(text, 'Friday', 3, 'gold.json: reports[0]: dates[4]: field "text"')).toThrow(/reports\[0\]: dates\[4\]: field "text"/);
  });
});

describe('scoreDates', () => {
  const g = (start: number, end: number, range: { start: string; end: string } | null, role: PlacedGoldDate['role'], value = 'V'): PlacedGoldDate => ({
    start,
    end,
    text: 'x',
    occurrence: 1,
    type: range ? 'DATE' : 'DURATION',
    value,
    range,
    role,
    anchor: 'publication',
  });

  it('counts exact ranges, narrative and publication dates apart, and values over every expression', () => {
    const gold = [g(0, 5, day('2020-01-02'), 'publication', '2020-01-02'), g(10, 15, day('2020-01-01'), 'event', '2020-01-01'), g(20, 25, day('2020-01-03'), 'narrative', '2020-01-03'), g(30, 35, null, 'duration', 'P2D')];
    const predicted = [
      { start: 0, end: 5, value: '2020-01-02', range: day('2020-01-02') },
      { start: 12, end: 14, value: '2020-01-01', range: day('2020-01-01') },
      { start: 20, end: 25, value: '2020-01-04', range: day('2020-01-04') },
      { start: 31, end: 33, value: 'P2D', range: null },
    ];
    const s = scoreDates(gold, predicted);
    expect(s.dated).toEqual({ right: 2, total: 3 });
    expect(s.narrative).toEqual({ right: 0, total: 1 });
    expect(s.publication).toEqual({ right: 1, total: 1 });
    expect(s.values).toEqual({ right: 3, total: 4 });
    expect(s.spans).toEqual({ right: 4, total: 4 });
  });

  it('matches one to one: a predicted timex cannot answer two gold expressions', () => {
    const gold = [g(0, 4, day('2020-01-01'), 'event'), g(5, 9, day('2020-01-01'), 'event')];
    const s = scoreDates(gold, [{ start: 0, end: 9, value: 'V', range: day('2020-01-01') }]);
    expect(s.dated).toEqual({ right: 1, total: 2 });
    expect(s.spans).toEqual({ right: 1, total: 2 });
  });
});

describe('countDatedByPublication', () => {
  it('counts dated, non-boilerplate mentions whose timex lies on a dateline', () => {
    const dateline = [{ start: 0, end: 12 }];
    const mentions = [
      { timexSpan: { start: 2, end: 8 }, dated: true, boilerplate: false },
      { timexSpan: { start: 2, end: 8 }, dated: true, boilerplate: true },
      { timexSpan: { start: 40, end: 46 }, dated: true, boilerplate: false },
      { timexSpan: null, dated: false, boilerplate: false },
    ];
    expect(countDatedByPublication(dateline, mentions)).toBe(1);
  });
});

describe('typesCompatible', () => {
  it('accepts the same PLOVER family, STATEMENT with verbal types, and listed alternatives', () => {
    expect(typesCompatible(['CONSULT'], 'AGREE')).toBe(true);
    expect(typesCompatible(['CONSULT'], 'STATEMENT')).toBe(true);
    expect(typesCompatible(['STATEMENT'], 'ACCUSE')).toBe(true);
    expect(typesCompatible(['CONSULT'], 'ASSAULT')).toBe(false);
    expect(typesCompatible(['STATEMENT'], 'SANCTION')).toBe(false);
    expect(typesCompatible(['AGREE', 'COOPERATE'], 'AID')).toBe(true);
  });

  it('never treats OTHER as a match for a typed event', () => {
    expect(typesCompatible(['CONSULT'], 'OTHER')).toBe(false);
  });
});

describe('namesParticipant', () => {
  it('accepts a name containing the full name or an alias, ignoring case and hyphens', () => {
    expect(namesParticipant(people.kim as GoldParticipant, { names: ['North Korean leader Kim Jong-un'], countries: [] })).toBe(true);
    expect(namesParticipant(people.ada as GoldParticipant, { names: ['Ms. Lovelace'], countries: [] })).toBe(true);
  });

  it('rejects a cut name and a name that merely shares a word', () => {
    const kimNoAlias: GoldParticipant = { ...(people.kim as GoldParticipant), aliases: [] };
    expect(namesParticipant(kimNoAlias, { names: ['Kim Jong'], countries: [] })).toBe(false);
    expect(namesParticipant(people.ada as GoldParticipant, { names: ['Ada Smith'], countries: [] })).toBe(false);
  });

  it('accepts a state by its country code', () => {
    expect(namesParticipant(people.fr as GoldParticipant, { names: [], countries: ['FR'] })).toBe(true);
    expect(namesParticipant(people.ada as GoldParticipant, { names: [], countries: ['GB'] })).toBe(false);
  });
});

describe('widenToPrecision', () => {
  it('widens month and year events to their whole period', () => {
    expect(widenToPrecision('2021-02-10', '2021-02-10', 'month')).toEqual({ start: '2021-02-01', end: '2021-02-28' });
    expect(widenToPrecision('2016-01-03', '2016-01-03', 'year')).toEqual({ start: '2016-01-01', end: '2016-12-31' });
    expect(widenToPrecision('2021-02-10', '2021-02-12', 'range')).toEqual({ start: '2021-02-10', end: '2021-02-12' });
  });
});

const goldEvent = (over: Partial<PlacedGoldEvent> = {}): PlacedGoldEvent => ({
  id: 'meeting',
  title: 'Ada meets France',
  start: '2020-05-04',
  end: '2020-05-04',
  precision: 'day',
  type: 'CONSULT',
  participants: ['ada', 'fr'],
  mentions: [
    { source: 'a', quote: 'q', participants: ['ada'], start: 0, end: 20 },
    { source: 'b', quote: 'q', participants: ['ada'], start: 50, end: 70 },
  ],
  ...over,
});

const parsedEvent = (over: Partial<ParsedEventLike> = {}): ParsedEventLike => ({
  id: 'p1',
  start: '2020-05-04',
  end: '2020-05-04',
  type: 'CONSULT',
  party: { names: ['Ada Lovelace'], countries: [] },
  citations: [{ source: 'a', start: 0, end: 20 }],
  ...over,
});

describe('eventMatches', () => {
  it('needs overlapping dates, a compatible type and a shared participant', () => {
    expect(eventMatches(goldEvent(), people, parsedEvent())).toBe(true);
    expect(eventMatches(goldEvent(), people, parsedEvent({ start: '2020-05-05', end: '2020-05-05' }))).toBe(false);
    expect(eventMatches(goldEvent(), people, parsedEvent({ type: 'ASSAULT' }))).toBe(false);
    expect(eventMatches(goldEvent(), people, parsedEvent({ party: { names: ['Someone Else'], countries: ['DE'] } }))).toBe(false);
  });

  it('compares at the gold precision: a month-precise real event accepts any day of its month', () => {
    expect(eventMatches(goldEvent({ start: '2020-05-14', end: '2020-05-16', precision: 'month' }), people, parsedEvent({ start: '2020-05-01', end: '2020-05-01' }))).toBe(true);
  });
});

describe('scoreEvents', () => {
  it('finds an event only through a parsed event citing one of its passages', () => {
    const off = parsedEvent({ citations: [{ source: 'a', start: 100, end: 120 }] });
    const f = scoreEvents([goldEvent()], people, [off]);
    expect(f.found).toEqual({ right: 0, total: 1 });
    // not junk either: it matches the real event by date, type and participant
    expect(f.unmatched).toEqual({ right: 0, total: 1 });
  });

  it('counts a multi-report event as merged only when one parsed event cites it in every report found', () => {
    const one = parsedEvent({ citations: [{ source: 'a', start: 0, end: 20 }, { source: 'b', start: 55, end: 60 }] });
    expect(scoreEvents([goldEvent()], people, [one]).merged).toEqual({ right: 1, total: 1 });

    const split = [parsedEvent({ id: 'p1' }), parsedEvent({ id: 'p2', citations: [{ source: 'b', start: 50, end: 70 }] })];
    const f = scoreEvents([goldEvent()], people, split);
    expect(f.found).toEqual({ right: 1, total: 1 });
    expect(f.merged).toEqual({ right: 0, total: 1 });
    expect(f.perEvent[0]?.citedReports).toEqual(['a', 'b']);
  });

  it('does not call a single-report event merged or unmerged', () => {
    const single = goldEvent({ mentions: [{ source: 'a', quote: 'q', participants: [], start: 0, end: 20 }] });
    expect(scoreEvents([single], people, [parsedEvent()]).merged).toEqual({ right: 0, total: 0 });
  });

  it('reports parsed events that match no real event, and background events apart', () => {
    const junk = parsedEvent({ id: 'junk', type: 'ASSAULT' });
    const old = goldEvent({ id: 'old', start: '1999-01-01', end: '1999-12-31', precision: 'year', background: true });
    const f = scoreEvents([goldEvent(), old], people, [parsedEvent(), junk]);
    expect(f.unmatched).toEqual({ right: 1, total: 2 });
    expect(f.unmatchedIds).toEqual(['junk']);
    expect(f.found).toEqual({ right: 1, total: 2 });
    expect(f.foundOutsideBackground).toEqual({ right: 1, total: 1 });
  });
});

describe('scoreMentionParticipants', () => {
  const passage = { participants: ['ada', 'fr'], start: 0, end: 30 };

  it('judges the dated mention over a passage that names most of its participants', () => {
    const predicted = [
      { start: 0, end: 30, dated: true, boilerplate: false, party: { names: ['Ada Lovelace'], countries: [] } },
      { start: 5, end: 25, dated: true, boilerplate: false, party: { names: ['Lovelace'], countries: ['FR'] } },
    ];
    expect(scoreMentionParticipants([passage], people, predicted)).toEqual({ right: 1, total: 1, goldPassages: 1 });
  });

  it('skips passages with no dated mention and passages naming nobody', () => {
    const predicted = [{ start: 0, end: 30, dated: false, boilerplate: false, party: { names: ['Ada Lovelace'], countries: ['FR'] } }];
    expect(scoreMentionParticipants([passage, { participants: [], start: 40, end: 50 }], people, predicted)).toEqual({ right: 0, total: 0, goldPassages: 1 });
  });

  it('counts a dated mention missing a participant as wrong', () => {
    const predicted = [{ start: 0, end: 30, dated: true, boilerplate: false, party: { names: ['Ada Lovelace'], countries: [] } }];
    expect(scoreMentionParticipants([passage], people, predicted)).toEqual({ right: 0, total: 1, goldPassages: 1 });
  });
});
