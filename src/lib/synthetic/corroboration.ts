/**
 * Corroboration of an event from its citations: distinct reports, and distinct original outlets
 * behind them (a re-report or scraped copy counts for the outlet it is based on).
 */
import type { Citation, Corroboration, Source, SourceId } from '../model/types';

/** Counts distinct cited sources and distinct independent outlets (`basedOn ?? outlet`). */
export function corroborationOf(citations: readonly Citation[], sources: ReadonlyMap<SourceId, Source>): Corroboration {
  const reports = new Set<SourceId>();
  const outlets = new Set<string>();
  for (const c of citations) {
    const s = sources.get(c.source);
    if (!s) throw new Error(`corroborationOf: citation names unknown source "${c.source}"`);
    reports.add(s.id);
    outlets.add(s.basedOn ?? s.outlet);
  }
  return { reports: reports.size, independentOutlets: outlets.size };
}
