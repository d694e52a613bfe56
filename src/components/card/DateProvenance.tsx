/** Each source's own words for the date and how they were resolved, side by side. */
import type { Source, TimelineEvent } from '../../lib/model/types';
import { formatDateRange } from '../../lib/format/formatEventDate';

export function DateProvenance({ event, sources }: { event: TimelineEvent; sources: ReadonlyMap<string, Source> }) {
  if (event.dateClaims.length === 0) return null;
  return (
    <section className="card-section" aria-label="Date provenance">
      <h3>When, according to each source</h3>
      <table className="claims">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Its words</th>
            <th scope="col">Resolved as</th>
          </tr>
        </thead>
        <tbody>
          {event.dateClaims.map((c, i) => (
            <tr key={`${c.source}-${i}`}>
              <th scope="row">{sources.get(c.source)?.outlet ?? c.source}</th>
              <td>“{c.expression}”</td>
              <td>
                {formatDateRange(c.start, c.end, c.precision)}
                {c.resolution && <span className="muted"> — {c.resolution}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
