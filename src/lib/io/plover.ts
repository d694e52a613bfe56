import type { Actor, Source, TimelineEvent } from '../model/types';

/** One PLOVER-style event record. */
export interface PloverRecord {
  id: string;
  date: string;
  end_date: string;
  date_precision: string;
  actor: string;
  recipient: string[];
  event: string;
  mode: string;
  headline: string;
  text: string;
  countries: string[];
  cite_info: { source: string; outlet: string; title: string; url: string | null; published: string; quote: string; start: number; end: number }[];
}

/**
 * Exports events as PLOVER-style records: `actor` is the initiator or else the first actor,
 * `recipient` the other actors, `event` the type, `text` the first cited passage.
 */
export function exportPlover(events: readonly TimelineEvent[], sources: readonly Source[], actors: readonly Actor[]): PloverRecord[] {
  const src = new Map(sources.map((s) => [s.id, s]));
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return events.map((e) => {
    const actor = e.initiator ?? e.actors[0] ?? '';
    return {
      id: e.id,
      date: e.start,
      end_date: e.end,
      date_precision: e.precision,
      actor: names.get(actor) ?? actor,
      recipient: e.actors.filter((a) => a !== actor).map((a) => names.get(a) ?? a),
      event: e.type,
      mode: e.mode ?? '',
      headline: e.title,
      text: e.citations[0]?.quote ?? e.summary ?? e.title,
      countries: [...e.countries],
      cite_info: e.citations.map((c) => {
        const s = src.get(c.source);
        return { source: c.source, outlet: s?.outlet ?? c.source, title: s?.title ?? '', url: s?.url ?? null, published: s?.published ?? '', quote: c.quote, start: c.start, end: c.end };
      }),
    };
  });
}
