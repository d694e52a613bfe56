/**
 * Honest corroboration: counts reports and, separately, the independent outlets behind them,
 * so that a story and its re-reports or scraped copies are never counted as confirmations.
 */
import type { Source, TimelineEvent } from '../model/types';

/** One independent outlet and the reports that repeat it. */
export interface OutletGroup {
  /** The original outlet (a copy's `basedOn`, or the outlet itself). */
  outlet: string;
  /** Reports citing the event that belong to this outlet's story. */
  reports: Source[];
  /** How many of those reports are re-reports or copies. */
  copies: number;
}

/** The corroboration of one event, ready to display. */
export interface CorroborationSummary {
  reports: number;
  totalSources: number;
  groups: OutletGroup[];
  /** "Reported by 3 of 5 sources". */
  reportedText: string;
  /** "1 independent outlet (The New York Times and re-reports)". */
  independentText: string;
}

/** The original outlet a report belongs to. */
export function rootOutlet(source: Pick<Source, 'kind' | 'basedOn' | 'outlet'>): string {
  return source.kind !== 'original' && source.basedOn ? source.basedOn : source.outlet;
}

function groupLabel(g: OutletGroup): string {
  if (g.copies === 0) return g.outlet;
  const kinds = new Set(g.reports.filter((r) => r.kind !== 'original').map((r) => r.kind));
  return `${g.outlet} and ${kinds.has('re-report') ? 're-reports' : 'copies'}`;
}

/** Summarises who reported an event. `sources` is every source in the dataset. */
export function corroborationSummary(event: Pick<TimelineEvent, 'citations'>, sources: readonly Source[]): CorroborationSummary {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cited: Source[] = [];
  for (const c of event.citations) {
    const s = byId.get(c.source);
    if (s && !cited.includes(s)) cited.push(s);
  }
  const groups = new Map<string, OutletGroup>();
  for (const s of cited) {
    const root = rootOutlet(s);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { outlet: root, reports: [], copies: 0 }));
    g.reports.push(s);
    if (s.kind !== 'original') g.copies++;
  }
  const list = [...groups.values()];
  const n = list.length;
  return {
    reports: cited.length,
    totalSources: sources.length,
    groups: list,
    reportedText: `Reported by ${cited.length} of ${sources.length} source${sources.length === 1 ? '' : 's'}`,
    independentText: `${n} independent outlet${n === 1 ? '' : 's'}${n ? ` (${list.map(groupLabel).join('; ')})` : ''}`,
  };
}
