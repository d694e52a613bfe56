/** Small event builders for timeline tests. */
import type { TimelineEvent } from '../../src/lib/model/types';

let seq = 0;

/** An event with sensible defaults; override any field. */
export function ev(partial: Partial<TimelineEvent> & { start: string }): TimelineEvent {
  seq++;
  return {
    id: partial.id ?? `e${seq}`,
    title: partial.title ?? `Event ${seq}`,
    end: partial.end ?? partial.start,
    precision: partial.precision ?? 'day',
    type: partial.type ?? 'CONSULT',
    actors: partial.actors ?? [],
    countries: partial.countries ?? ['US'],
    origin: partial.origin ?? 'curated',
    citations: [],
    dateClaims: partial.dateClaims ?? [],
    corroboration: { reports: 1, independentOutlets: 1 },
    ...partial,
  };
}

/** ISO day `n` days after 2022-01-01. */
export function day(n: number): string {
  return new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}
