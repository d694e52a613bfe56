/** The filter shapes: the pure filtering functions, the URL and the store all use these. */

/** A facet the user can filter on. */
export type FacetName = 'actors' | 'countries' | 'types' | 'sources' | 'origins';

/** All facets, in display order. */
export const FACET_NAMES: readonly FacetName[] = ['actors', 'countries', 'types', 'sources', 'origins'];

/** Active filters: OR within a facet, AND across facets, plus a free-text query. */
export interface FilterSpec {
  actors: readonly string[];
  countries: readonly string[];
  types: readonly string[];
  sources: readonly string[];
  origins: readonly string[];
  q: string;
}

/** No filter at all. */
export const EMPTY_FILTERS: FilterSpec = { actors: [], countries: [], types: [], sources: [], origins: [], q: '' };

/** Per facet, how many events each option would match under the other active filters. */
export type FacetCounts = Record<FacetName, Map<string, number>>;
