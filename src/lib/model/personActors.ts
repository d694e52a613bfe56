/**
 * Actor records for people the gazetteer does not know, from the extractor's `newActors`
 * (`person:<slug>` ids minted from the name): one record per id across every report, so that parsed
 * events can name them as participants and initiators and validation finds each id it uses.
 */
import type { ExtractResult } from './extraction';
import type { Actor } from './types';

/**
 * One `kind: 'person'` actor per person id found in `results` (in report order, then text order) and not
 * already in `known`: the first name written for it, the first country and role any report gives.
 */
export function personActors(results: readonly Pick<ExtractResult, 'newActors'>[], known: readonly Actor[] = []): Actor[] {
  const taken = new Set(known.map((a) => a.id));
  const byId = new Map<string, Actor>();
  for (const r of results) {
    for (const p of r.newActors ?? []) {
      if (p.kind !== 'person' || !p.id || taken.has(p.id)) continue;
      const prev = byId.get(p.id);
      if (!prev) {
        byId.set(p.id, { id: p.id, name: p.name, kind: 'person', country: p.country ?? null, ...(p.role ? { role: p.role } : {}), aliases: [] });
        continue;
      }
      if (!prev.country && p.country) prev.country = p.country;
      if (prev.role === undefined && p.role) byId.set(p.id, { ...prev, role: p.role, aliases: prev.aliases });
    }
  }
  return [...byId.values()];
}

/** The actor ids an event names as participant or initiator. */
function idsOf(e: { actors: readonly string[]; initiator?: string | null | undefined }): string[] {
  return e.initiator ? [...e.actors, e.initiator] : [...e.actors];
}

/** The people of `people` that `events` name (participant or initiator), sorted by id: one record per id. */
export function usedPeople(people: readonly Actor[], events: readonly { actors: readonly string[]; initiator?: string | null | undefined }[]): Actor[] {
  const used = new Set(events.flatMap(idsOf));
  return people.filter((p) => used.has(p.id)).sort((a, b) => a.id.localeCompare(b.id));
}
