/** Strict runtime schemas for the records of a workspace file (extra fields are refused). */
import { z } from 'zod';
import { ACTOR_KINDS, EVENT_MODES, EVENT_TYPES, ORIGINS, PRECISIONS, SOURCE_KINDS } from '../model/types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD');
const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const sourceSchema = z.strictObject({
  id: z.string().min(1),
  outlet: z.string().min(1),
  title: z.string(),
  url: z.string().nullable().optional(),
  published: isoDate,
  publishedEvidence: z.strictObject({ quotes: z.array(z.string()), reasoning: z.string() }).optional(),
  kind: z.enum(SOURCE_KINDS),
  basedOn: z.string().nullable(),
  file: z.string().optional(),
  text: z.string(),
  boilerplate: z.array(z.strictObject(span)),
  origin: z.enum(['builtin', 'user']).optional(),
});

export const actorSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  country: z.string().nullable(),
  role: z.string().optional(),
  aliases: z.array(z.string()),
});

const citationSchema = z.strictObject({
  ...span,
  source: z.string().min(1),
  quote: z.string(),
  occurrence: z.number().int().optional(),
  origin: z.enum(ORIGINS).optional(),
  confidence: z.number().min(0).max(1).optional(),
});

const dateClaimSchema = z.strictObject({
  source: z.string(),
  expression: z.string(),
  start: isoDate,
  end: isoDate,
  precision: z.enum(PRECISIONS),
  resolution: z.string().optional(),
  value: z.string().optional(),
});

export const eventSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  summary: z.string().optional(),
  start: isoDate,
  end: isoDate,
  precision: z.enum(PRECISIONS),
  type: z.enum(EVENT_TYPES),
  mode: z.enum(EVENT_MODES).optional(),
  actors: z.array(z.string()),
  countries: z.array(z.string()),
  initiator: z.string().optional(),
  origin: z.enum(ORIGINS),
  confidence: z.number().min(0).max(1).optional(),
  citations: z.array(citationSchema),
  dateClaims: z.array(dateClaimSchema),
  conflicts: z.array(z.unknown()).optional(),
  corroboration: z.strictObject({ reports: z.number(), independentOutlets: z.number(), outlets: z.array(z.string()).optional() }),
  edited: z.boolean().optional(),
  mergedFrom: z.array(z.string()).optional(),
});

export const editSchema = z.strictObject({
  eventId: z.string().min(1),
  updatedAt: z.string().optional(),
  patch: z.strictObject({
    title: z.string().min(1).optional(),
    summary: z.string().optional(),
    start: isoDate.optional(),
    end: isoDate.optional(),
    precision: z.enum(PRECISIONS).optional(),
    type: z.enum(EVENT_TYPES).optional(),
    mode: z.enum(EVENT_MODES).nullable().optional(),
    actors: z.array(z.string()).optional(),
    initiator: z.string().nullable().optional(),
  }),
});

/** Describes the first problem zod found: the field path and what is wrong. */
export function describeIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0]!;
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    const field = path ? `${path}.${keys[0]}` : String(keys[0]);
    return { field, message: `unexpected field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}` };
  }
  if (issue.code === 'invalid_type' && issue.message.includes('undefined')) {
    return { field: path, message: 'this required field is missing' };
  }
  return { field: path, message: issue.message };
}
