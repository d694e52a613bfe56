/** Strict runtime schemas for the records of a workspace file (extra fields are refused). */
import * as z from 'zod/mini';
import { ACTOR_KINDS, EVENT_MODES, EVENT_TYPES, ORIGINS, PRECISIONS, SOURCE_KINDS } from '../model/types';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'));
const span = { start: z.number().check(z.int(), z.nonnegative()), end: z.number().check(z.int(), z.nonnegative()) };

export const sourceSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  outlet: z.string().check(z.minLength(1)),
  title: z.string(),
  url: z.optional(z.nullable(z.string())),
  published: isoDate,
  publishedEvidence: z.optional(z.strictObject({ quotes: z.array(z.string()), reasoning: z.string() })),
  kind: z.enum(SOURCE_KINDS),
  basedOn: z.nullable(z.string()),
  file: z.optional(z.string()),
  text: z.string(),
  boilerplate: z.array(z.strictObject(span)),
  origin: z.optional(z.enum(['builtin', 'user'])),
});

export const actorSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  kind: z.enum(ACTOR_KINDS),
  country: z.nullable(z.string()),
  role: z.optional(z.string()),
  aliases: z.array(z.string()),
});

const citationSchema = z.strictObject({
  ...span,
  source: z.string().check(z.minLength(1)),
  quote: z.string(),
  occurrence: z.optional(z.number().check(z.int())),
  origin: z.optional(z.enum(ORIGINS)),
  confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  attributedTo: z.optional(z.string().check(z.minLength(1))),
});

const dateClaimSchema = z.strictObject({
  source: z.string(),
  expression: z.string(),
  start: isoDate,
  end: isoDate,
  precision: z.enum(PRECISIONS),
  resolution: z.optional(z.string()),
  value: z.optional(z.string()),
});

export const eventSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  summary: z.optional(z.string()),
  start: isoDate,
  end: isoDate,
  precision: z.enum(PRECISIONS),
  type: z.enum(EVENT_TYPES),
  mode: z.optional(z.enum(EVENT_MODES)),
  actors: z.array(z.string()),
  countries: z.array(z.string()),
  initiator: z.optional(z.string()),
  origin: z.enum(ORIGINS),
  confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  citations: z.array(citationSchema),
  dateClaims: z.array(dateClaimSchema),
  conflicts: z.optional(z.array(z.unknown())),
  corroboration: z.strictObject({ reports: z.number(), independentOutlets: z.number(), outlets: z.optional(z.array(z.string())) }),
  edited: z.optional(z.boolean()),
  background: z.optional(z.boolean()),
  mergedFrom: z.optional(z.array(z.string())),
});

export const editSchema = z.strictObject({
  eventId: z.string().check(z.minLength(1)),
  updatedAt: z.optional(z.string()),
  patch: z.strictObject({
    title: z.optional(z.string().check(z.minLength(1))),
    summary: z.optional(z.string()),
    start: z.optional(isoDate),
    end: z.optional(isoDate),
    precision: z.optional(z.enum(PRECISIONS)),
    type: z.optional(z.enum(EVENT_TYPES)),
    mode: z.optional(z.nullable(z.enum(EVENT_MODES))),
    actors: z.optional(z.array(z.string())),
    initiator: z.optional(z.nullable(z.string())),
    hidden: z.optional(z.boolean()),
  }),
});

/** Describes the first problem zod found: the field path and what is wrong. */
export function describeIssue(error: z.core.$ZodError, input?: unknown): { field: string; message: string } {
  const issue = error.issues[0]!;
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    const field = path ? `${path}.${keys[0]}` : String(keys[0]);
    return { field, message: `unexpected field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}` };
  }
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
    return { field: path, message: 'this required field is missing' };
  }
  if (issue.code === 'invalid_type') return { field: path, message: `expected ${issue.expected}` };
  return { field: path, message: issue.message };
}

/** The value at `path` inside `input`, or undefined when any step is missing. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}
