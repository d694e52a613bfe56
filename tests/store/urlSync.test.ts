// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatelineStore } from '../../src/store/store';
import { REPLACE_DELAY_MS, startUrlSync } from '../../src/store/urlSync';
import { miniDataset } from '../fixtures/miniDataset';

const ds = miniDataset();
let stop: (() => void) | null = null;

function start(search: string) {
  window.history.replaceState(null, '', `/app/${search}`);
  const store = createDatelineStore();
  store.getState().setDataset(ds);
  stop = startUrlSync(store, window);
  return store;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

describe('startUrlSync(store, window)', () => {
  it('restores filters, window, selection and passage from the URL', () => {
    const store = start('?actor=xi&country=RU,CN&q=joint&from=2022-01-01&to=2022-03-01&event=ev-joint&passage=nyt:10-40');
    const s = store.getState();
    expect(s.filters).toMatchObject({ actors: ['xi'], countries: ['RU', 'CN'], q: 'joint' });
    expect(s.viewport).toEqual({ start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 2, 1) });
    expect(s.selectedId).toBe('ev-joint');
    expect(s.reader).toEqual({ source: 'nyt', start: 10, end: 40, eventId: 'ev-joint' });
    expect(s.notices).toEqual([]);
  });

  it('ignores invalid parameters with notices and cleans them from the URL', () => {
    const store = start('?actor=ghost&from=nonsense&to=2022-01-01&event=nope&data=x.json');
    const s = store.getState();
    expect(s.filters.actors).toEqual([]);
    expect(s.selectedId).toBeNull();
    expect(s.notices).toHaveLength(3);
    expect(window.location.search).toBe('?data=x.json');
  });

  it('pushes a history entry for a deliberate selection and replaces for scrubbing', () => {
    const store = start('');
    const before = window.history.length;
    store.getState().select('ev-talks', 'push');
    expect(window.history.length).toBe(before + 1);
    expect(new URLSearchParams(window.location.search).get('event')).toBe('ev-talks');
    store.getState().select('ev-joint', 'replace');
    store.getState().select('ev-invasion', 'replace');
    expect(window.history.length).toBe(before + 1);
    vi.advanceTimersByTime(REPLACE_DELAY_MS);
    expect(new URLSearchParams(window.location.search).get('event')).toBe('ev-invasion');
    expect(window.history.length).toBe(before + 1);
  });

  it('replaces (debounced) for filter and viewport changes', () => {
    const store = start('');
    const before = window.history.length;
    store.getState().toggleFilter('countries', 'UA');
    store.getState().setViewport({ start: Date.UTC(2022, 1, 1), end: Date.UTC(2022, 1, 2, 6) });
    expect(window.location.search).toBe('');
    vi.advanceTimersByTime(REPLACE_DELAY_MS);
    expect(window.location.search).toBe('?country=UA&from=2022-02-01&to=2022-02-02T06:00Z');
    expect(window.history.length).toBe(before);
  });

  it('restores the selection and reader on popstate (Back/Forward)', () => {
    const store = start('');
    store.getState().select('ev-joint', 'push');
    store.getState().openReader({ source: 'nyt', start: 1, end: 5, eventId: 'ev-joint' });
    expect(window.location.search).toContain('passage=nyt:1-5');
    // Simulate Back to the entry before the reader opened.
    window.history.replaceState(null, '', '/app/?event=ev-joint');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().reader).toBeNull();
    expect(store.getState().selectedId).toBe('ev-joint');
    window.history.replaceState(null, '', '/app/?event=ev-talks');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().selectedId).toBe('ev-talks');
  });

  it('round-trips: state → URL → fresh store gives the same view', () => {
    const a = start('');
    a.getState().toggleFilter('actors', 'putin');
    a.getState().setQuery('invad');
    a.getState().select('ev-invasion', 'push');
    vi.advanceTimersByTime(REPLACE_DELAY_MS);
    const url = window.location.search;
    stop?.();
    const b = start(url);
    expect(b.getState().filters).toEqual(a.getState().filters);
    expect(b.getState().selectedId).toBe('ev-invasion');
  });

  it('keeps "Group by" in the URL: read on start, written on change, a bad value noticed', () => {
    const store = start('?group=type');
    expect(store.getState().laneMode).toBe('type');
    store.getState().setLaneMode('actor');
    vi.advanceTimersByTime(REPLACE_DELAY_MS + 1);
    expect(new URLSearchParams(window.location.search).get('group')).toBe('actor');
    store.getState().setLaneMode('country');
    vi.advanceTimersByTime(REPLACE_DELAY_MS + 1);
    expect(new URLSearchParams(window.location.search).has('group')).toBe(false);
    stop?.();
    const bad = start('?group=planet');
    expect(bad.getState().laneMode).toBe('country');
    expect(bad.getState().notices.map((n) => (typeof n === 'string' ? n : JSON.stringify(n))).join(' ')).toContain('group=planet');
  });
});
