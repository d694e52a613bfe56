/**
 * Precomputes, once per dataset, everything filtering needs: the date order, posting lists
 * (positions in date order) per facet value, and a lowercased search haystack per event.
 */
import type { Dataset, TimelineEvent } from '../model/types';
import type { FacetName } from './filterTypes';

/** Indexes for fast filtering. Positions everywhere are indices into `events` (date order). */
export interface FilterIndex {
  /** Events in date order (start, then end, then id). */
  events: readonly TimelineEvent[];
  /** Per facet: value → ascending positions of the events carrying it (built on first use, so a first render needs only the date order). */
  postings: () => Record<FacetName, Map<string, Uint32Array>>;
  /** Lowercased title + summary + quotes + actor names per position, for search (built on the first search). */
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

type Lists = Map<string, number[]>;

/** Appends position `i` to the value's list once (an event listing a value twice counts once). */
function post(lists: Lists, value: string, i: number): void {
  let list = lists.get(value);
  if (!list) lists.set(value, (list = []));
  if (list[list.length - 1] !== i) list.push(i);
}

function freeze(lists: Lists): Map<string, Uint32Array> {
  const out = new Map<string, Uint32Array>();
  for (const [v, list] of lists) out.set(v, Uint32Array.from(list));
  return out;
}

/** One pass over the events fills every facet's posting lists (no per-event allocation). */
function buildPostings(events: readonly TimelineEvent[]): Record<FacetName, Map<string, Uint32Array>> {
  const actors: Lists = new Map();
  const countries: Lists = new Map();
  const types: Lists = new Map();
  const sources: Lists = new Map();
  const origins: Lists = new Map();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    for (const a of e.actors) post(actors, a, i);
    for (const c of e.countries) post(countries, c, i);
    post(types, e.type, i);
    for (const c of e.citations) post(sources, c.source, i);
    if (e.origin === 'curated+parsed') {
      post(origins, 'curated', i);
      post(origins, 'parsed', i);
    } else post(origins, e.origin, i);
  }
  return { actors: freeze(actors), countries: freeze(countries), types: freeze(types), sources: freeze(sources), origins: freeze(origins) };
}

/** Title, summary, quotes and the names of the event's actors (so "Xi Jinping" finds "Mr. Xi" events). */
function haystack(e: TimelineEvent, actorNames: ReadonlyMap<string, string>): string {
  let s = e.title;
  if (e.summary) s += '\n' + e.summary;
  for (const c of e.citations) s += '\n' + c.quote;
  for (const a of e.actors) s += '\n' + (actorNames.get(a) ?? a);
  return s.toLowerCase();
}

/** Builds the filter index for a dataset: the date order now; postings and haystacks on first use. */
export function buildFilterIndex(dataset: Pick<Dataset, 'events'> & Partial<Pick<Dataset, 'actors'>>): FilterIndex {
  const events = sortedEvents(dataset.events);
  const actors = dataset.actors ?? [];
  let haystacks: string[] | null = null;
  let postings: Record<FacetName, Map<string, Uint32Array>> | null = null;
  return {
    events,
    postings: () => (postings ??= buildPostings(events)),
    haystacks: () => {
      if (!haystacks) {
        const names = new Map(actors.map((a) => [a.id, a.name]));
        haystacks = events.map((e) => haystack(e, names));
      }
      return haystacks;
    },
  };
}
