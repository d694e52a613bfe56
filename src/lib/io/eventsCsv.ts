import type { Source, TimelineEvent } from '../model/types';
import { toCsv } from './csv';

/** Columns of the events CSV export. */
export const EVENTS_CSV_COLUMNS = [
  'id', 'title', 'start', 'end', 'precision', 'type', 'mode', 'actors', 'countries', 'initiator', 'origin',
  'reports', 'independent_outlets', 'summary', 'citations',
] as const;

/** One event's citations joined into one cell: `Outlet: “quote” [source start–end]`, separated by ` | `. */
export function joinCitations(e: TimelineEvent, byId: ReadonlyMap<string, Source>): string {
  return e.citations.map((c) => `${byId.get(c.source)?.outlet ?? c.source}: “${c.quote}” [${c.source} ${c.start}-${c.end}]`).join(' | ');
}

/** Exports events as CSV, one row per event, citations joined in one column. */
export function exportEventsCsv(events: readonly TimelineEvent[], sources: readonly Source[]): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const rows = events.map((e) => [
    e.id, e.title, e.start, e.end, e.precision, e.type, e.mode ?? '', e.actors.join(';'), e.countries.join(';'), e.initiator ?? '', e.origin,
    String(e.corroboration.reports), String(e.corroboration.independentOutlets), e.summary ?? '', joinCitations(e, byId),
  ]);
  return toCsv([[...EVENTS_CSV_COLUMNS], ...rows]);
}
