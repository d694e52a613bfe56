/**
 * Filters with the precomputed index: OR within a facet, AND across facets, plus text search.
 * Works on typed arrays (one byte per event per pass), never copying events.
 */
import type { FilterIndex } from './buildFilterIndex';
import { FACET_NAMES, type FacetCounts, type FacetName, type FilterSpec } from './filterTypes';

/** The per-event pass counts for one filter state; reused by counts and results. */
export interface FilterPass {
  /** Number of active constraints (facets with a selection, plus the query). */
  active: number;
  /** Per position: how many active constraints the event meets. */
  met: Uint8Array;
  /** Per active facet: 1 where the event meets that facet's constraint. */
  facetMasks: Partial<Record<FacetName, Uint8Array>>;
}

/** Splits a query into lowercased words; every word must occur (AND). */
export function queryTerms(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter((t) => t.length > 0);
}

/** Evaluates every active constraint once per event. */
export function evaluateFilters(index: FilterIndex, spec: FilterSpec): FilterPass {
  const n = index.events.length;
  const met = new Uint8Array(n);
  const facetMasks: Partial<Record<FacetName, Uint8Array>> = {};
  let active = 0;
  for (const facet of FACET_NAMES) {
    const values = spec[facet];
    if (values.length === 0) continue;
    active++;
    const mask = new Uint8Array(n);
    const postings = index.postings()[facet];
    for (const v of values) {
      const list = postings.get(v);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) mask[list[i]!] = 1;
    }
    for (let i = 0; i < n; i++) met[i]! += mask[i]!;
    facetMasks[facet] = mask;
  }
  const terms = queryTerms(spec.q);
  if (terms.length > 0) {
    active++;
    const hay = index.haystacks();
    for (let i = 0; i < n; i++) {
      const h = hay[i]!;
      let ok = true;
      for (const t of terms) {
        if (!h.includes(t)) {
          ok = false;
          break;
        }
      }
      if (ok) met[i]! += 1;
    }
  }
  return { active, met, facetMasks };
}

/** Positions (in date order) of the events that pass every active constraint. */
export function matchingPositions(pass: FilterPass): Uint32Array {
  const { met, active } = pass;
  let count = 0;
  for (let i = 0; i < met.length; i++) if (met[i] === active) count++;
  const out = new Uint32Array(count);
  let k = 0;
  for (let i = 0; i < met.length; i++) if (met[i] === active) out[k++] = i;
  return out;
}

/**
 * For each facet, the number of events each option matches under the OTHER active filters
 * (the facet's own selection is ignored, so options stay comparable while OR-ing within it).
 */
export function facetCounts(index: FilterIndex, pass: FilterPass): FacetCounts {
  const counts = {} as FacetCounts;
  const { met, active, facetMasks } = pass;
  for (const facet of FACET_NAMES) {
    const own = facetMasks[facet];
    const need = own ? active - 1 : active;
    const result = new Map<string, number>();
    for (const [v, list] of index.postings()[facet]) {
      let c = 0;
      if (need === 0) c = list.length;
      else
        for (let i = 0; i < list.length; i++) {
          const p = list[i]!;
          if (met[p]! - (own ? own[p]! : 0) === need) c++;
        }
      result.set(v, c);
    }
    counts[facet] = result;
  }
  return counts;
}

/** Convenience: the filtered events in date order. */
export function applyFilters(index: FilterIndex, spec: FilterSpec) {
  const positions = matchingPositions(evaluateFilters(index, spec));
  const out = new Array<(typeof index.events)[number]>(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = index.events[positions[i]!]!;
  return out;
}
