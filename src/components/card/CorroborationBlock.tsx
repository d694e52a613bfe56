/** "Reported by 3 of 5 sources", the outlets, and how many are independent. */
import type { Source, TimelineEvent } from '../../lib/model/types';
import { corroborationSummary } from '../../lib/format/corroborationSummary';
import { sourceKindLabel } from '../../lib/format/sourceKindLabel';

export function CorroborationBlock({ event, sources }: { event: TimelineEvent; sources: readonly Source[] }) {
  const c = corroborationSummary(event, sources);
  return (
    <section className="card-section corroboration" aria-label="Corroboration">
      <p>
        <strong>{c.reportedText}</strong>
        {' · '}
        {c.independentText}
      </p>
      <ul className="outlets">
        {c.groups.flatMap((g) =>
          g.reports.map((r) => (
            <li key={r.id}>
              {r.outlet} <span className="muted">({sourceKindLabel(r).toLowerCase()})</span>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
