import type { Corroboration, Source, TimelineEvent } from '../model/types';

/**
 * Counts the distinct reports citing an event and the distinct original outlets behind them
 * (a copy or re-report counts for the outlet it is `basedOn`).
 */
export function computeCorroboration(event: Pick<TimelineEvent, 'citations'>, sourcesById: ReadonlyMap<string, Source>): Corroboration {
  const reports = new Set<string>();
  const outlets = new Set<string>();
  for (const c of event.citations) {
    reports.add(c.source);
    const src = sourcesById.get(c.source);
    outlets.add(src ? (src.basedOn ?? src.outlet) : c.source);
  }
  const list = [...outlets].sort();
  return { reports: reports.size, independentOutlets: list.length, outlets: list };
}
