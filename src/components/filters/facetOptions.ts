/** Options of each facet with display labels, derived from the dataset (no React). */
import type { Dataset } from '../../lib/model/types';
import { countryName } from '../../lib/format/countryName';
import { typeLabel } from '../../lib/format/typeLabel';
import type { FacetName } from '../../lib/filter/filterTypes';

/** One selectable option. */
export interface FacetOption {
  value: string;
  label: string;
}

/** Labels for every value that can appear in each facet. */
export type FacetLabels = Record<FacetName, Map<string, string>>;

const ORIGIN_LABELS: Record<string, string> = { curated: 'Curated', parsed: 'Parsed', user: 'User' };

/** Builds the label maps for a dataset (once per dataset). */
export function facetLabels(dataset: Dataset): FacetLabels {
  // A state as an actor ("China (state)") is not the Countries facet's "China" (any involvement).
  const actors = new Map(dataset.actors.map((a) => [a.id, a.kind === 'state' ? `${a.name} (state)` : a.name]));
  const outletCount = new Map<string, number>();
  for (const s of dataset.sources) outletCount.set(s.outlet, (outletCount.get(s.outlet) ?? 0) + 1);
  const sources = new Map(dataset.sources.map((s) => [s.id, (outletCount.get(s.outlet) ?? 0) > 1 ? `${s.outlet} — ${s.title}` : s.outlet]));
  return {
    actors,
    countries: new Map(),
    types: new Map(),
    sources,
    origins: new Map(Object.entries(ORIGIN_LABELS)),
  };
}

/** The display label of a facet value. */
export function labelOf(labels: FacetLabels, facet: FacetName, value: string): string {
  if (facet === 'countries') return countryName(value);
  if (facet === 'types') return typeLabel(value);
  return labels[facet].get(value) ?? value;
}
