/** "Reported by 4 of 5 sources · 1 independent outlet: …", then each report and how it relates to the outlets. */
import type { Source, TimelineEvent } from '../../lib/model/types';
import { corroborationSummary } from '../../lib/format/corroborationSummary';
import { sourceKindPhrase } from '../../lib/format/sourceKindLabel';

export function CorroborationBlock({ event, sources }: { event: TimelineEvent; sources: readonly Source[] }) {
  const c = corroborationSummary(event, sources);
  // Each report once, in the order of the outlets it stands for, with the outlets it cites.
  const rows = new Map<string, { source: Source; cites: string[] }>();
  for (const g of c.groups) {
    for (const r of g.reports) {
      let row = rows.get(r.source.id);
      if (!row) rows.set(r.source.id, (row = { source: r.source, cites: [] }));
      if (r.role === 'citing') row.cites.push(g.outlet);
    }
  }
  return (
    <section className="card-section corroboration" aria-label="Corroboration">
      <p>
        <strong>{c.reportedText}</strong>
        {' · '}
        {c.independentText}
      </p>
      <ul className="outlets">
        {[...rows.values()].map(({ source, cites }) => (
          <li key={source.id}>
            {source.outlet}{' '}
            <span className="muted">
              ({sourceKindPhrase(source)}
              {cites.length > 0 ? `; cites ${cites.join(' and ')} for this` : ''})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
