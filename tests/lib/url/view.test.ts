import { describe, expect, it } from 'vitest';
import { parseInstant, parseView } from '../../../src/lib/url/parseView';
import { formatInstant, serializeView } from '../../../src/lib/url/serializeView';
import { EMPTY_VIEW, type ViewState } from '../../../src/lib/url/viewState';
import { miniDataset } from '../../fixtures/miniDataset';

const ds = miniDataset();

describe('serializeView(view, currentSearch) / parseView(search, dataset)', () => {
  it('round-trips filters, window, selection and passage', () => {
    const view: ViewState = {
      filters: { actors: ['xi', 'putin'], countries: ['RU'], types: ['STATEMENT'], sources: ['nyt'], origins: ['curated'], q: 'no limits, friends' },
      viewport: { start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 2, 1, 12, 30) },
      selectedId: 'ev-joint',
      reader: { source: 'nyt', start: 10, end: 40, eventId: 'ev-joint' },
      laneMode: 'actor',
    };
    const search = serializeView(view);
    expect(search).toContain('actor=xi,putin');
    expect(search).toContain('from=2022-01-01');
    expect(search).toContain('to=2022-03-01T12:30Z');
    expect(search).toContain('group=actor');
    const back = parseView(search, ds);
    expect(back.notices).toEqual([]);
    expect(back.view).toEqual(view);
  });
  it('keeps parameters it does not own, such as data', () => {
    const search = serializeView({ ...EMPTY_VIEW, selectedId: 'ev-talks' }, '?data=big.json&event=old');
    const params = new URLSearchParams(search);
    expect(params.get('data')).toBe('big.json');
    expect(params.get('event')).toBe('ev-talks');
  });
  it('writes nothing for the empty view', () => {
    expect(serializeView(EMPTY_VIEW)).toBe('');
  });
});

describe('parseView(search, dataset) with invalid parameters', () => {
  it('ignores an unknown actor with a notice, keeping the valid ones', () => {
    const r = parseView('?actor=xi,ghost&country=RU', ds);
    expect(r.view.filters.actors).toEqual(['xi']);
    expect(r.view.filters.countries).toEqual(['RU']);
    expect(r.notices).toEqual(['Ignored unknown actor "ghost" in the link.']);
  });
  it('ignores a bad date, an inverted window, an unknown event and a bad passage', () => {
    expect(parseView('?from=2022-02-30&to=2022-03-01', ds).view.viewport).toBeNull();
    expect(parseView('?from=2022-02-30&to=2022-03-01', ds).notices[0]).toMatch(/time window/);
    expect(parseView('?from=2022-03-01&to=2022-02-01', ds).notices[0]).toMatch(/not after/);
    const ev = parseView('?event=nope', ds);
    expect(ev.view.selectedId).toBeNull();
    expect(ev.notices[0]).toMatch(/unknown event "nope"/);
    expect(parseView('?passage=nyt:5-999999', ds).notices[0]).toMatch(/outside the report/);
    expect(parseView('?passage=zzz:1-2', ds).notices[0]).toMatch(/unknown source/);
    expect(parseView('?passage=garbage', ds).notices[0]).toMatch(/expected source:start-end/);
  });
  it('ignores unknown types, countries, sources and origins', () => {
    const r = parseView('?type=PARTY&country=XX&source=bbc&origin=magic', ds);
    expect(r.view.filters).toEqual(EMPTY_VIEW.filters);
    expect(r.notices).toHaveLength(4);
  });
});

describe('parseInstant(s) / formatInstant(ms)', () => {
  it('parses days and minutes in UTC and rejects impossible dates', () => {
    expect(parseInstant('2022-02-04')).toBe(Date.UTC(2022, 1, 4));
    expect(parseInstant('2022-02-04T12:30Z')).toBe(Date.UTC(2022, 1, 4, 12, 30));
    expect(parseInstant('2022-13-01')).toBeNull();
    expect(parseInstant('yesterday')).toBeNull();
    expect(formatInstant(Date.UTC(2022, 1, 4))).toBe('2022-02-04');
  });
});

describe('group (lane mode) in the URL', () => {
  it('writes nothing for the default country lanes and reads it back as country', () => {
    expect(serializeView(EMPTY_VIEW)).toBe('');
    expect(parseView('', ds).view.laneMode).toBe('country');
  });
  it('reads actor and type', () => {
    expect(parseView('?group=type', ds).view.laneMode).toBe('type');
    expect(parseView('?group=actor', ds).view.laneMode).toBe('actor');
  });
  it('drops an unknown value with a notice naming it', () => {
    const r = parseView('?group=planet', ds);
    expect(r.view.laneMode).toBe('country');
    expect(r.notices).toEqual(['Ignored "group=planet" in the link: lanes can be grouped by country, actor, type.']);
  });
});
