/** The filters: search box, then Actors, Countries, Event types, Sources and Origin facets. */
import { useMemo } from 'react';
import { useDateline, useFacetCounts } from '../../store/react';
import { EMPTY_FILTERS } from '../../store/store';
import type { FacetName } from '../../lib/filter/filterTypes';
import { FacetGroup, type CountedOption } from './FacetGroup';
import { facetLabels, labelOf } from './facetOptions';
import { SearchBox } from './SearchBox';

const GROUPS: { facet: FacetName; title: string; searchable?: boolean; initial?: number }[] = [
  { facet: 'actors', title: 'Actors', searchable: true, initial: 12 },
  { facet: 'countries', title: 'Countries', initial: 12 },
  { facet: 'types', title: 'Event types', initial: 20 },
  { facet: 'sources', title: 'Sources', initial: 10 },
  { facet: 'origins', title: 'Origin', initial: 5 },
];

export function FiltersPanel({ id }: { id?: string }) {
  const dataset = useDateline((s) => s.dataset);
  const filters = useDateline((s) => s.filters);
  const toggle = useDateline((s) => s.toggleFilter);
  const counts = useFacetCounts();
  const labels = useMemo(() => (dataset ? facetLabels(dataset) : null), [dataset]);
  const options = useMemo(() => {
    const out = {} as Record<FacetName, CountedOption[]>;
    for (const g of GROUPS) {
      const list: CountedOption[] = [];
      if (counts && labels) for (const [value, count] of counts[g.facet]) list.push({ value, label: labelOf(labels, g.facet, value), count });
      out[g.facet] = list;
    }
    return out;
  }, [counts, labels]);
  if (!dataset) return null;
  return (
    <div className="filters" id={id}>
      <SearchBox />
      {GROUPS.map((g) => (
        <FacetGroup
          key={g.facet}
          facet={g.facet}
          title={g.title}
          options={options[g.facet]}
          selected={filters[g.facet]}
          onToggle={(v) => toggle(g.facet, v)}
          {...(g.searchable ? { searchable: true } : {})}
          {...(g.initial ? { initial: g.initial } : {})}
          pending={counts === null}
          cleared={filters === EMPTY_FILTERS}
        />
      ))}
    </div>
  );
}
