/**
 * zod schemas for the curated input files (`data/sources.json`, `data/actors.json`, `data/events.json`).
 * Shapes mirror `src/lib/model/input.ts`. Top-level records are loose (extra fields are carried into
 * the compiled output); nested records are strict, so a misspelt key such as `occurence` is an error.
 * Cross-record checks (ids, dates, quotes) live in `compileDataset`.
 */
import { z } from 'zod';
import { ACTOR_KINDS, EVENT_MODES, EVENT_TYPES, PRECISIONS, SOURCE_KINDS } from '../model/types';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must be an id of letters, digits, ".", "_", ":" or "-"');
const day = z.string();
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "US"');
const occurrence = z.number().int('must be a whole number').min(1, 'must be 1 or more');

export const boilerplateQuoteSchema = z.strictObject({
  quote: nonEmpty,
  occurrence: occurrence.optional(),
  reason: z.string().optional(),
});

export const sourceInputSchema = z.looseObject({
  id,
  outlet: nonEmpty,
  title: nonEmpty,
  url: z.string().nullable(),
  file: nonEmpty,
  published: day,
  publishedEvidence: z.strictObject({ quotes: z.array(nonEmpty), reasoning: nonEmpty }),
  kind: z.enum(SOURCE_KINDS),
  basedOn: nonEmpty.nullable(),
  boilerplate: z.array(boilerplateQuoteSchema),
});

export const actorInputSchema = z.looseObject({
  id,
  name: nonEmpty,
  kind: z.enum(ACTOR_KINDS),
  country: countryCode.nullable(),
  role: z.string().optional(),
  aliases: z.array(nonEmpty),
});

export const citationInputSchema = z.strictObject({
  source: z.string(),
  quote: nonEmpty,
  occurrence: occurrence.optional(),
  attributedTo: nonEmpty.nullable().optional(),
});

export const dateClaimInputSchema = z.strictObject({
  source: z.string(),
  expression: nonEmpty,
  start: day,
  end: day,
  precision: z.enum(PRECISIONS),
  resolution: z.string().optional(),
  value: z.string().optional(),
});

export const conflictSchema = z.strictObject({
  field: nonEmpty,
  note: nonEmpty,
  claims: z.array(z.strictObject({ source: z.string(), claim: nonEmpty, quote: z.string().optional() })).min(2, 'a conflict needs at least two claims'),
});

export const eventInputSchema = z.looseObject({
  id,
  title: nonEmpty,
  summary: z.string(),
  type: z.enum(EVENT_TYPES),
  mode: z.enum(EVENT_MODES).optional(),
  actors: z.array(z.string()).min(1, 'must name at least one actor'),
  countries: z.array(countryCode),
  initiator: z.string().optional(),
  start: day,
  end: day,
  precision: z.enum(PRECISIONS),
  dateClaims: z.array(dateClaimInputSchema).optional(),
  conflicts: z.array(conflictSchema).optional(),
  citations: z.array(citationInputSchema).min(1, 'must have at least one citation'),
  /** A background fact (see TimelineEvent.background). */
  background: z.boolean().optional(),
});
