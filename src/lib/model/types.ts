/**
 * The compiled dataset contract (`public/data/timeline.json`, version 1).
 * Every part of Dateline reads and writes these shapes. Extra fields are allowed;
 * the listed ones are never renamed. The record types are inferred from the one schema
 * module (`schema.ts`), so the types and the runtime checks cannot drift apart.
 */
import type * as z from 'zod/mini';
import type { actorSchema, citationSchema, conflictSchema, corroborationSchema, dateClaimSchema, eventSchema, sourceSchema } from './schema';

export { ACTOR_KINDS, EVENT_MODES, EVENT_TYPES, ORIGINS, PRECISIONS, SOURCE_KINDS } from './vocabulary';
export type { ActorKind, EventMode, EventType, Origin, Precision, SourceKind } from './vocabulary';

/** A calendar day written `YYYY-MM-DD`. */
export type IsoDate = string;
/** An ISO 3166-1 alpha-2 country code, e.g. `US`, `CN`, `RU`, `UA`. */
export type CountryCode = string;
/** A source id from `data/sources.json`. */
export type SourceId = string;
/** An actor id from `data/actors.json`. */
export type ActorId = string;
/** An event id. */
export type EventId = string;


/** A half-open span `[start, end)` of JavaScript string indices into a source's `text`. */
export interface Span {
  start: number;
  end: number;
}

export interface EvidenceQuote {
  quote: string;
  start?: number;
  end?: number;
}


/** A report in the compiled dataset. */
export type Source = z.infer<typeof sourceSchema>;
/** A person, organization or state. */
export type Actor = z.infer<typeof actorSchema>;
/** One citation: `source.text.slice(start, end) === quote`. */
export type Citation = z.infer<typeof citationSchema>;
/** One source's claim about when an event happened. */
export type DateClaim = z.infer<typeof dateClaimSchema>;
/** A factual disagreement between sources. */
export type Conflict = z.infer<typeof conflictSchema>;
/** How many reports and independent outlets back an event. */
export type Corroboration = z.infer<typeof corroborationSchema>;
/** One event of the compiled dataset. */
export type TimelineEvent = z.infer<typeof eventSchema>;

/** The compiled dataset. */
export interface Dataset {
  version: 1;
  sources: Source[];
  actors: Actor[];
  events: TimelineEvent[];
}
