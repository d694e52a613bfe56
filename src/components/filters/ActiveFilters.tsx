/** Summary of the result and the active filters, each removable, plus "Clear all". */
import { useMemo } from 'react';
import { useDateline, useFilteredEvents } from '../../store/react';
import { FACET_NAMES } from '../../lib/filter/filterTypes';
import { facetLabels, labelOf } from './facetOptions';
import { formatCount } from '../../lib/format/formatCount';

const FACET_TITLE = { actors: 'Actor', countries: 'Country', types: 'Type', sources: 'Source', origins: 'Origin' } as const;

export function ActiveFilters() {
  const dataset = useDateline((s) => s.dataset);
  const filters = useDateline((s) => s.filters);
  const toggle = useDateline((s) => s.toggleFilter);
  const setQuery = useDateline((s) => s.setQuery);
  const clear = useDateline((s) => s.clearFilters);
  const events = useFilteredEvents();
  const labels = useMemo(() => (dataset ? facetLabels(dataset) : null), [dataset]);
  if (!dataset || !labels) return null;
  const active = FACET_NAMES.some((f) => filters[f].length > 0) || filters.q.trim() !== '';
  const total = dataset.events.length;
  return (
    <div className="active-filters">
      <p className="result-count" aria-live="polite">
        {active
          ? `Showing ${formatCount(events.length)} of ${formatCount(total)} event${total === 1 ? '' : 's'}`
          : total === 1
            ? 'The only event'
            : `All ${formatCount(total)} events`}
      </p>
      {active && (
        <ul className="chips" aria-label="Active filters">
          {FACET_NAMES.flatMap((f) =>
            filters[f].map((v) => {
              const label = labelOf(labels, f, v);
              return (
                <li key={`${f}:${v}`}>
                  <button type="button" className="chip" aria-label={`Remove filter ${FACET_TITLE[f]}: ${label}`} onClick={() => toggle(f, v)}>
                    {FACET_TITLE[f]}: {label} <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            }),
          )}
          {filters.q.trim() !== '' && (
            <li>
              <button type="button" className="chip" aria-label={`Remove search “${filters.q}”`} onClick={() => setQuery('')}>
                Search: “{filters.q}” <span aria-hidden="true">×</span>
              </button>
            </li>
          )}
        </ul>
      )}
      <button type="button" className="clear-all" onClick={clear} disabled={!active}>
        Clear all
      </button>
    </div>
  );
}
