/**
 * Derived data shared by every component: the filter index (once per dataset) and the result of
 * the current filters (once per filter change), memoized here so many hooks don't recompute it.
 */
import type { Dataset, TimelineEvent } from '../lib/model/types';
import { buildFilterIndex, type FilterIndex } from '../lib/filter/buildFilterIndex';
import { evaluateFilters, facetCounts, matchingPositions, type FilterPass } from '../lib/filter/applyFilters';
import type { FacetCounts, FilterSpec } from '../lib/filter/filterTypes';

const indexes = new WeakMap<Dataset, FilterIndex>();

/** The filter index of a dataset, built on first use. */
export function filterIndexFor(dataset: Dataset): FilterIndex {
  let index = indexes.get(dataset);
  if (!index) indexes.set(dataset, (index = buildFilterIndex(dataset)));
  return index;
}

/** The result of one filter state on one index. */
export interface FilterResult {
  pass: FilterPass;
  events: readonly TimelineEvent[];
  counts: () => FacetCounts;
}

let last: { index: FilterIndex; filters: FilterSpec; result: FilterResult } | null = null;

/** Filtered events and (lazily) facet counts, cached for the last (index, filters) pair. */
export function filterResultFor(index: FilterIndex, filters: FilterSpec): FilterResult {
  if (last && last.index === index && last.filters === filters) return last.result;
  const pass = evaluateFilters(index, filters);
  let events: readonly TimelineEvent[];
  if (pass.active === 0) events = index.events;
  else {
    const positions = matchingPositions(pass);
    const out = new Array<TimelineEvent>(positions.length);
    for (let i = 0; i < positions.length; i++) out[i] = index.events[positions[i]!]!;
    events = out;
  }
  let counts: FacetCounts | null = null;
  const result: FilterResult = { pass, events, counts: () => (counts ??= facetCounts(index, pass)) };
  last = { index, filters, result };
  return result;
}
