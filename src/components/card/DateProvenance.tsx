/**
 * Each source's own words for the date and how they were resolved, side by side. When the user
 * changed the event's date (`dateEdited`), the user's date is shown as the event's date and the
 * rows are marked as the sources' readings, no longer the event's date.
 */
import type { Source, TimelineEvent } from '../../lib/model/types';
import { formatDateRange } from '../../lib/format/formatEventDate';

export function DateProvenance({ event, sources, dateEdited = false }: { event: TimelineEvent; sources: ReadonlyMap<string, Source>; dateEdited?: boolean }) {
  if (event.dateClaims.length === 0) return null;
  return (
    <section className="card-section" aria-label="Date provenance">
      <h3>When, according to each source</h3>
      {dateEdited && (
        <p className="provenance-edited">
          <strong>Your date: {formatDateRange(event.start, event.end, event.precision)}</strong> (edited by you). The sources’ words and readings below are what they said; they no longer set this event’s date.
        </p>
      )}
      <table className="claims">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Its words</th>
            <th scope="col">{dateEdited ? 'Source’s reading (not the edited date)' : 'Resolved as'}</th>
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
