/**
 * The curated input files (`data/sources.json`, `data/actors.json`, `data/events.json`): citations are
 * written as quotes, never offsets. The types are inferred from the input schemas in `schema.ts`.
 */
import type * as z from 'zod/mini';
import type { actorInputSchema, boilerplateQuoteSchema, citationInputSchema, conflictInputSchema, dateClaimInputSchema, eventInputSchema, sourceInputSchema } from './schema';

/** A quote marking boilerplate in a source (without `occurrence`: every occurrence). */
export type BoilerplateQuote = z.output<typeof boilerplateQuoteSchema>;
/** One record of `data/sources.json`. */
export type SourceInput = z.output<typeof sourceInputSchema>;
/** One record of `data/actors.json`. */
export type ActorInput = z.output<typeof actorInputSchema>;
/** A citation written as a quote (`occurrence` when the quote appears more than once). */
export type CitationInput = z.output<typeof citationInputSchema>;
/** A source's own words for an event's date. */
export type DateClaimInput = z.output<typeof dateClaimInputSchema>;
/** A disagreement between sources, as curated. */
export type ConflictInput = z.output<typeof conflictInputSchema>;
/** One record of `data/events.json`. */
export type EventInput = z.output<typeof eventInputSchema>;
