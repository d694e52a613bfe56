/** Conflicting claims between sources, side by side, with the note explaining them. */
import type { Source, TimelineEvent } from '../../lib/model/types';

export function ConflictsBlock({ event, sources }: { event: TimelineEvent; sources: ReadonlyMap<string, Source> }) {
  const conflicts = event.conflicts ?? [];
  if (conflicts.length === 0) return null;
  return (
    <section className="card-section conflicts" aria-label="Conflicting claims">
      <h3>Sources disagree</h3>
      {conflicts.map((c, i) => (
        <div key={i} className="conflict">
          <p>
            <span className="badge">{c.field}</span> {c.note}
          </p>
          <ul className="conflict-claims">
            {c.claims.map((cl, j) => (
              <li key={j}>
                <strong>{sources.get(cl.source)?.outlet ?? cl.source}</strong>: {cl.claim}
                {cl.quote && (
                  <>
                    {' '}
                    <q className="muted">{cl.quote}</q>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
