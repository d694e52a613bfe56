/**
 * React bindings for the Dateline store. Components read state through `useDateline(selector)`
 * and derived data through the hooks below; they never recompute filters themselves.
 */
import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { DatelineState, DatelineStore } from './store';
import { createDatelineStore } from './store';
import type { TimelineEvent } from '../lib/model/types';

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

/**
 * The events that pass the active filters, sorted by start date (then end, then id).
 * PLACEHOLDER implementation: the filters owner replaces it with indexed filtering (src/lib/filter).
 */
export function useFilteredEvents(): readonly TimelineEvent[] {
  const dataset = useDateline((s) => s.dataset);
  return useMemo(() => {
    if (!dataset) return [];
    return [...dataset.events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  }, [dataset]);
}
