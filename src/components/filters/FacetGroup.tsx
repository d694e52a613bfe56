/**
 * One facet as a group of checkboxes ("Russia 14"): selected options first, then by count.
 * Long lists show the top options with "Show more"; `searchable` adds a box to narrow them.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { FacetName } from '../../lib/filter/filterTypes';
import { formatCount } from '../../lib/format/formatCount';

/** An option with its count under the other active filters. */
export interface CountedOption {
  value: string;
  label: string;
  count: number;
}

interface Props {
  facet: FacetName;
  title: string;
  options: readonly CountedOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  searchable?: boolean;
  /** How many options show before "Show more". */
  initial?: number;
  /** Counts are still being computed. */
  pending?: boolean;
  /** True once every filter has been cleared ("Clear all"): the facet's own search box empties too. */
  cleared?: boolean;
}

export function FacetGroup({ facet, title, options, selected, onToggle, searchable = false, initial = 10, pending = false, cleared = false }: Props) {
  const [expanded, setExpanded] = useState(false);
  const [search, setSearch] = useState('');
  const listId = useId();
  useEffect(() => {
    if (cleared) setSearch('');
  }, [cleared]);
  const sorted = useMemo(() => {
    const sel = new Set(selected);
    const q = search.trim().toLowerCase();
    const matching = q ? options.filter((o) => o.label.toLowerCase().includes(q) || sel.has(o.value)) : options;
    return [...matching].sort(
      (a, b) => Number(sel.has(b.value)) - Number(sel.has(a.value)) || b.count - a.count || a.label.localeCompare(b.label),
    );
  }, [options, selected, search]);
  const limit = expanded ? sorted.length : Math.max(initial, selected.length);
  const shown = sorted.slice(0, limit);
  const hidden = sorted.length - shown.length;

  return (
    <fieldset className={`facet facet-${facet}`}>
      <legend>{title}</legend>
      {searchable && (
        <input
          type="search"
          className="facet-search"
          aria-label={`Find ${title.toLowerCase()}`}
          placeholder={`Find ${title.toLowerCase()}…`}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      )}
      <ul id={listId} className="facet-options">
        {shown.map((o) => {
          const checked = selected.includes(o.value);
          return (
            <li key={o.value}>
              <label className={o.count === 0 && !checked ? 'facet-option is-empty' : 'facet-option'}>
                <input type="checkbox" checked={checked} onChange={() => onToggle(o.value)} />
                <span className="facet-label">{o.label}</span> <span className="facet-count">{formatCount(o.count)}</span>
              </label>
            </li>
          );
        })}
        {shown.length === 0 && <li className="facet-none">{pending ? 'Counting…' : 'No matches'}</li>}
      </ul>
      {(hidden > 0 || expanded) && sorted.length > initial && (
        <button type="button" className="link-button" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded((x) => !x)}>
          {expanded ? 'Show fewer' : `Show ${hidden} more`}
        </button>
      )}
    </fieldset>
  );
}
