/**
 * Precomputes, once per dataset, everything filtering needs: the date order, posting lists
 * (positions in date order) per facet value, and a lowercased search haystack per event.
 */
import type { Dataset, TimelineEvent } from '../model/types';
import type { FacetName } from './filterTypes';

/** Indexes for fast filtering. Positions everywhere are indices into `order` (date order). */
export interface FilterIndex {
  /** Events in date order (start, then end, then id). */
  events: readonly TimelineEvent[];
  /** Per facet: value → ascending positions of the events carrying it. */
  postings: Record<FacetName, Map<string, Uint32Array>>;
  /** Lowercased title + summary + quotes per position, for search (built on the first search). */
  haystacks: () => readonly string[];
}

/** Sorts events by start date, then end date, then id (the one date order used everywhere). */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The events in date order; returns the input itself when it is already sorted (the common case). */
export function sortedEvents(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  for (let i = 1; i < events.length; i++) {
    if (compareEvents(events[i - 1]!, events[i]!) > 0) return [...events].sort(compareEvents);
  }
  return events;
}

/** The origin facet values an event matches: `curated+parsed` counts as both. */
export function originValues(origin: string): string[] {
  return origin === 'curated+parsed' ? ['curated', 'parsed'] : [origin];
}

function distinct(values: readonly string[]): readonly string[] {
  return values.length < 2 ? values : new Set(values).size === values.length ? values : [...new Set(values)];
}

function facetValues(e: TimelineEvent, facet: FacetName): Iterable<string> {
  switch (facet) {
    case 'actors':
      return distinct(e.actors);
    case 'countries':
      return distinct(e.countries);
    case 'types':
      return [e.type];
    case 'sources':
      return e.citations.length === 1 ? [e.citations[0]!.source] : new Set(e.citations.map((c) => c.source));
    case 'origins':
      return originValues(e.origin);
  }
}

function buildPostings(events: readonly TimelineEvent[], facet: FacetName): Map<string, Uint32Array> {
  const lists = new Map<string, number[]>();
  for (let i = 0; i < events.length; i++) {
    for (const v of facetValues(events[i]!, facet)) {
      let list = lists.get(v);
      if (!list) lists.set(v, (list = []));
      list.push(i);
    }
  }
  const out = new Map<string, Uint32Array>();
  for (const [v, list] of lists) out.set(v, Uint32Array.from(list));
  return out;
}

function haystack(e: TimelineEvent): string {
  let s = e.title;
  if (e.summary) s += '\n' + e.summary;
  for (const c of e.citations) s += '\n' + c.quote;
  return s.toLowerCase();
}

/** Builds the filter index for a dataset (O(total facet values); run once per load). */
export function buildFilterIndex(dataset: Pick<Dataset, 'events'>): FilterIndex {
  const events = sortedEvents(dataset.events);
  let haystacks: string[] | null = null;
  return {
    events,
    postings: {
      actors: buildPostings(events, 'actors'),
      countries: buildPostings(events, 'countries'),
      types: buildPostings(events, 'types'),
      sources: buildPostings(events, 'sources'),
      origins: buildPostings(events, 'origins'),
    },
    haystacks: () => (haystacks ??= events.map(haystack)),
  };
}
