import { describe, expect, it } from 'vitest';
import { assignLanes, OTHER_LANE, NONE_LANE } from '../../src/timeline/assignLanes';
import { ev } from './helpers';

const lanesOf = (a: ReturnType<typeof assignLanes>, i: number) => Array.from(a.ids.slice(a.offsets[i], a.offsets[i + 1])).map((l) => a.lanes[l]!.key);

describe('assignLanes(events, grouping, actors, maxLanes)', () => {
  it('groups by country with common English names, most events first', () => {
    const events = [ev({ start: '2022-01-01', countries: ['RU'] }), ev({ start: '2022-01-02', countries: ['US', 'CN'] }), ev({ start: '2022-01-03', countries: ['RU', 'UA'] })];
    const a = assignLanes(events, 'country');
    expect(a.lanes.map((l) => l.label)).toEqual(['Russia', 'China', 'Ukraine', 'United States']);
    expect(a.lanes[0]!.count).toBe(2);
  });

  it('gives a two-country event one entry in each lane (one mark linking both)', () => {
    const events = [ev({ start: '2022-01-02', countries: ['US', 'CN'] })];
    const a = assignLanes(events, 'country');
    expect(lanesOf(a, 0).sort()).toEqual(['CN', 'US']);
  });

  it('groups by actor name and by event type', () => {
    const events = [ev({ start: '2022-01-01', actors: ['xi', 'putin'], type: 'STATEMENT' })];
    const actors = [
      { id: 'xi', name: 'Xi Jinping', kind: 'person' as const, country: 'CN', aliases: [] },
      { id: 'putin', name: 'Vladimir Putin', kind: 'person' as const, country: 'RU', aliases: [] },
    ];
    expect(assignLanes(events, 'actor', actors).lanes.map((l) => l.label)).toEqual(['Vladimir Putin', 'Xi Jinping']);
    expect(assignLanes(events, 'type').lanes.map((l) => l.label)).toEqual(['Statement']);
  });

  it('keeps the top N lanes and folds the rest into one Other lane, never dropping an event', () => {
    const codes = ['US', 'CN', 'RU', 'UA', 'FR', 'DE'];
    const events = codes.flatMap((c, i) => Array.from({ length: 6 - i }, () => ev({ start: '2022-01-01', countries: [c] })));
    events.push(ev({ start: '2022-01-02', countries: ['FR', 'DE'] }));
    const a = assignLanes(events, 'country', [], 3);
    expect(a.lanes.map((l) => l.key)).toEqual(['US', 'CN', 'RU', OTHER_LANE]);
    expect(a.lanes[3]!.count).toBe(3 + 2 + 1 + 1);
    // The FR+DE event is in Other once.
    expect(lanesOf(a, events.length - 1)).toEqual([OTHER_LANE]);
    for (let i = 0; i < events.length; i++) expect(lanesOf(a, i).length).toBeGreaterThan(0);
  });

  it('puts events without a country in a "No country" lane', () => {
    const a = assignLanes([ev({ start: '2022-01-01', countries: [] })], 'country');
    expect(a.lanes).toEqual([{ key: NONE_LANE, label: 'No country', count: 1 }]);
    expect(lanesOf(a, 0)).toEqual([NONE_LANE]);
  });

  it('counts a country listed twice in one event once', () => {
    const a = assignLanes([ev({ start: '2022-01-01', countries: ['US', 'US'] })], 'country');
    expect(a.lanes[0]!.count).toBe(1);
    expect(lanesOf(a, 0)).toEqual(['US']);
  });
});
