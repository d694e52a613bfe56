/**
 * Derived data shared by every component: the filter index (once per dataset) and the result of
 * the current filters (once per filter change), memoized here so many hooks don't recompute it.
 */
import type { Dataset, TimelineEvent } from '../lib/model/types';
import { buildFilterIndex, type FilterIndex } from '../lib/filter/buildFilterIndex';
import { evaluateFilters, facetCounts, matchingPositions, type FilterPass } from '../lib/filter/applyFilters';
import type { FacetCounts, FilterSpec } from '../lib/filter/filterTypes';

const indexes = new WeakMap<Dataset, FilterIndex>();

/** Records a performance measure (for the benchmark and devtools); best-effort. */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // not available
  }
}

/** The filter index of a dataset, built on first use. */
export function filterIndexFor(dataset: Dataset): FilterIndex {
  let index = indexes.get(dataset);
  if (!index) {
    const t0 = performance.now();
    indexes.set(dataset, (index = buildFilterIndex(dataset)));
    measure('dateline:filter-index', t0);
  }
  return index;
}

/** The result of one filter state on one index. */
export interface FilterResult {
  pass: FilterPass;
  events: readonly TimelineEvent[];
  /** Positions of `events` in the index's date order (`index.events`), or null when nothing is filtered out. */
  positions: Uint32Array | null;
  counts: () => FacetCounts;
}

let last: { index: FilterIndex; filters: FilterSpec; result: FilterResult } | null = null;

/** Filtered events and (lazily) facet counts, cached for the last (index, filters) pair. */
export function filterResultFor(index: FilterIndex, filters: FilterSpec): FilterResult {
  if (last && last.index === index && last.filters === filters) return last.result;
  const t0 = performance.now();
  const pass = evaluateFilters(index, filters);
  let events: readonly TimelineEvent[];
  let positions: Uint32Array | null = null;
  if (pass.active === 0) events = index.events;
  else {
    positions = matchingPositions(pass);
    const out = new Array<TimelineEvent>(positions.length);
    for (let i = 0; i < positions.length; i++) out[i] = index.events[positions[i]!]!;
    events = out;
  }
  measure('dateline:filter', t0);
  let counts: FacetCounts | null = null;
  const result: FilterResult = {
    pass,
    events,
    positions,
    counts: () => {
      if (!counts) {
        const t1 = performance.now();
        counts = facetCounts(index, pass);
        measure('dateline:facet-counts', t1);
      }
      return counts;
    },
  };
  last = { index, filters, result };
  return result;
}
