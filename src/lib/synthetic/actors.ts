/**
 * Synthetic actors: one state per country, the international bodies, and generated people and
 * organisations spread unevenly over the countries (a few countries dominate, as in real news).
 */
import type { Actor } from '../model/types';
import type { Rng } from './rng';
import { GIVEN_INITIALS, INTERNATIONAL_BODIES, NAME_SYLLABLES, ORGANIZATION_KINDS, PERSON_ROLES, SYNTHETIC_COUNTRIES } from './vocabulary';

/** An actor plus the short name used in titles and generated sentences. */
export interface SyntheticActor extends Actor {
  shortName: string;
}

/** Country weights: Zipf-like, so the first countries carry most events. */
export const COUNTRY_WEIGHTS: readonly number[] = SYNTHETIC_COUNTRIES.map((_, i) => 1 / (i + 1) ** 0.8);

function surname(rng: Rng): string {
  const n = rng.int(2, 3);
  let s = '';
  for (let i = 0; i < n; i++) s += rng.pick(NAME_SYLLABLES);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Generates `count` actors (clamped to at least the states plus the international bodies).
 * Ids are `a1`, `a2`, … in order; names are unique.
 */
export function generateActors(rng: Rng, count: number): SyntheticActor[] {
  const actors: SyntheticActor[] = [];
  const add = (a: Omit<SyntheticActor, 'id'>): void => {
    actors.push({ id: `a${actors.length + 1}`, ...a });
  };
  for (const c of SYNTHETIC_COUNTRIES) {
    add({ name: c.name, shortName: c.name, kind: 'state', country: c.code, aliases: [] });
  }
  for (const body of INTERNATIONAL_BODIES) {
    add({ name: body, shortName: body, kind: 'organization', country: null, aliases: [] });
  }
  const used = new Set(actors.map((a) => a.name));
  while (actors.length < count) {
    const country = SYNTHETIC_COUNTRIES[rng.weighted(COUNTRY_WEIGHTS)]!;
    if (rng.chance(0.8)) {
      const last = surname(rng);
      const name = `${rng.pick([...GIVEN_INITIALS])}. ${last}`;
      if (used.has(name)) continue;
      used.add(name);
      add({ name, shortName: last, kind: 'person', country: country.code, role: rng.pick(PERSON_ROLES), aliases: [last] });
    } else {
      const org = rng.pick(ORGANIZATION_KINDS);
      const name = `${country.name} ${org}`;
      if (used.has(name)) continue;
      used.add(name);
      add({ name, shortName: name, kind: 'organization', country: country.code, aliases: [] });
    }
  }
  return actors;
}
