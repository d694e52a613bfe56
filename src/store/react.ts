/**
 * React bindings for the Dateline store. Components read state through `useDateline(selector)`
 * and derived data through the hooks below; they never recompute filters themselves.
 */
import { createContext, useContext, useDeferredValue, useMemo } from 'react';
import { useStore } from 'zustand';
import type { DatelineState, DatelineStore } from './store';
import { createDatelineStore } from './store';
import type { TimelineEvent } from '../lib/model/types';
import type { FilterIndex } from '../lib/filter/buildFilterIndex';
import type { FacetCounts } from '../lib/filter/filterTypes';
import { filterIndexFor, filterResultFor, type FilterResult } from './derived';

/** The app-wide store. Tests pass their own through `StoreContext`. */
export const appStore: DatelineStore = createDatelineStore();

export const StoreContext = createContext<DatelineStore>(appStore);

/** Reads a narrow slice of the store. Selectors returning new arrays must be wrapped in `useShallow`. */
export function useDateline<T>(selector: (s: DatelineState) => T): T {
  const store = useContext(StoreContext);
  return useStore(store, selector);
}

/** The store itself, for imperative reads in event handlers (`store.getState()`). */
export function useDatelineStore(): DatelineStore {
  return useContext(StoreContext);
}

/** The filter index of the loaded dataset (null before load). */
export function useFilterIndex(): FilterIndex | null {
  const dataset = useDateline((s) => s.dataset);
  return useMemo(() => (dataset ? filterIndexFor(dataset) : null), [dataset]);
}

function useFilterResult(): FilterResult | null {
  const index = useFilterIndex();
  const filters = useDateline((s) => s.filters);
  return useMemo(() => (index ? filterResultFor(index, filters) : null), [index, filters]);
}

const NO_EVENTS: readonly TimelineEvent[] = [];

/**
 * The events that pass the active filters, sorted by start date (then end, then id).
 * Computed once per filter change with the precomputed indexes in src/lib/filter.
 */
export function useFilteredEvents(): readonly TimelineEvent[] {
  return useFilterResult()?.events ?? NO_EVENTS;
}

/**
 * The filtered events as positions into `index.events` (the whole dataset in date order), or
 * `positions: null` when no filter is active. Lets a renderer keep one layout of all events and
 * show a subset without rebuilding it.
 */
export function useFilteredPositions(): { index: FilterIndex; positions: Uint32Array | null } | null {
  const index = useFilterIndex();
  const result = useFilterResult();
  return useMemo(() => (index && result ? { index, positions: result.positions } : null), [index, result]);
}

/** Per facet, how many events each option matches under the other active filters. */
export function useFacetCounts(): FacetCounts | null {
  // Deferred (null on the first render): the timeline paints first, then the postings are built and
  // counted; after a filter change the events update first, the counts next.
  const result = useDeferredValue(useFilterResult(), null);
  return useMemo(() => (result ? result.counts() : null), [result]);
}
