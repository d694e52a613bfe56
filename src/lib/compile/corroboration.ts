import type { Corroboration, Source, SourceId } from '../model/types';

/** The fields of a source that decide which original outlet it stands for. */
export type OutletInfo = Pick<Source, 'outlet' | 'basedOn'>;

/** The outlet whose reporting a source carries: `basedOn` for copies and re-reports, else its own outlet. */
export function originalOutlet(source: OutletInfo): string {
  return source.basedOn ?? source.outlet;
}

/**
 * Counts the distinct reports citing an event and the distinct original outlets behind them,
 * so that three copies of one story count as one independent outlet.
 */
export function corroboration(citedSources: Iterable<SourceId>, sources: ReadonlyMap<SourceId, OutletInfo>): Corroboration {
  const ids = new Set<SourceId>();
  const outlets = new Set<string>();
  for (const id of citedSources) {
    const source = sources.get(id);
    if (!source) continue;
    ids.add(id);
    outlets.add(originalOutlet(source));
  }
  const sorted = [...outlets].sort();
  return { reports: ids.size, independentOutlets: sorted.length, outlets: sorted };
}
