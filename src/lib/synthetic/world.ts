/**
 * The fixed part of a synthetic dataset, derived from the seed alone: time span, actors, sources.
 * The same seed gives the same world whatever the number of events.
 */
import type { CountryCode, Source, SourceId } from '../model/types';
import { generateActors, type SyntheticActor } from './actors';
import { dayNumber } from '../model/calendar';
import { createRng } from './rng';
import { generateSources, type SyntheticSource } from './sources';

/** Everything the event generator draws from. */
export interface SyntheticWorld {
  /** Number of years the events cover (1–20). */
  years: number;
  /** First and last day (inclusive, days since 1970-01-01) of the event span. */
  firstDay: number;
  lastDay: number;
  actors: SyntheticActor[];
  /** Actors of each country (the state first), by alpha-2 code. */
  actorsByCountry: ReadonlyMap<CountryCode, SyntheticActor[]>;
  /** International bodies (country null). */
  internationalActors: SyntheticActor[];
  /** Sources sorted by publication day. */
  sources: SyntheticSource[];
  sourceById: ReadonlyMap<SourceId, Source>;
}

/** Builds the world for `seed`: 1–20 years from 2000–2015, 50–500 actors, 200–400 sources. */
export function createSyntheticWorld(seed: string | number): SyntheticWorld {
  const rng = createRng(`world:${seed}`);
  const years = rng.int(1, 20);
  const firstYear = rng.int(2000, 2015);
  const firstDay = dayNumber(firstYear, 1, 1);
  const lastDay = dayNumber(firstYear + years, 1, 1) - 1;
  const actors = generateActors(rng, rng.int(50, 500));
  const actorsByCountry = new Map<CountryCode, SyntheticActor[]>();
  const internationalActors: SyntheticActor[] = [];
  for (const a of actors) {
    if (a.country === null) internationalActors.push(a);
    else {
      const list = actorsByCountry.get(a.country);
      if (list) list.push(a);
      else actorsByCountry.set(a.country, [a]);
    }
  }
  const sources = generateSources(rng, rng.int(200, 400), firstDay, lastDay + 30, actors);
  const sourceById = new Map(sources.map((s) => [s.source.id, s.source]));
  return { years, firstDay, lastDay, actors, actorsByCountry, internationalActors, sources, sourceById };
}
