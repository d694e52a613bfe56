/**
 * The dataset contract, declared once (zod/mini: small enough for the browser's entry chunk, and
 * the same schemas run in Node). Each record's fields are written once and wrapped three ways:
 *
 * - **loose** (`looseObject`): a compiled dataset the app loads (`validate.ts`); extra fields are allowed
 *   and kept (the contract may grow). The events array of a large dataset is checked by a hand-written
 *   loop in `validate.ts` that must agree with `looseEventSchema` (tested on generated data).
 * - **strict** (`strictObject`): workspace files and IndexedDB records, written only by us, so an
 *   unknown field is an error.
 * - **input**: the curated files under `data/` (quotes instead of offsets; top-level records loose,
 *   nested records strict so a misspelt key such as `occurence` is an error).
 *
 * The TypeScript types of the contract (`types.ts`, `input.ts`) are `z.infer` of these schemas.
 * Every check carries its own English message: zod/mini loads no locale.
 */
import * as z from 'zod/mini';
import { isIsoDay } from './calendar';
import { ACTOR_KINDS, EVENT_MODES, EVENT_TYPES, ORIGINS, PRECISIONS, SOURCE_KINDS } from './vocabulary';

// ---- shared field schemas ----------------------------------------------------------------------

const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));
const isoDay = z.string().check(z.refine((v) => isIsoDay(v), 'expected a real day written YYYY-MM-DD'));
const offset = z.number().check(z.int('expected a whole number'), z.nonnegative('expected a number ≥ 0'));
const unit = z.number().check(z.gte(0, 'expected a number from 0 to 1'), z.lte(1, 'expected a number from 0 to 1'));
const strings = z.array(z.string());

const spanFields = { start: offset, end: offset };

const sourceFields = {
  id: nonEmpty,
  outlet: nonEmpty,
  title: z.string(),
  url: z.optional(z.nullable(z.string())),
  published: isoDay,
  publishedEvidence: z.optional(z.strictObject({ quotes: strings, reasoning: z.string() })),
  kind: z.enum(SOURCE_KINDS),
  basedOn: z.nullable(z.string()),
  file: z.optional(z.string()),
  text: z.string(),
  boilerplate: z.array(z.strictObject(spanFields)),
  origin: z.optional(z.enum(['builtin', 'user'])),
};

const actorFields = {
  id: nonEmpty,
  name: nonEmpty,
  kind: z.enum(ACTOR_KINDS),
  country: z.nullable(z.string()),
  role: z.optional(z.string()),
  aliases: strings,
};

const citationFields = {
  ...spanFields,
  source: nonEmpty,
  quote: z.string(),
  occurrence: z.optional(z.number().check(z.int('expected a whole number'))),
  origin: z.optional(z.enum(ORIGINS)),
  confidence: z.optional(unit),
  attributedTo: z.optional(z.string().check(z.refine((v) => v.trim() !== '', 'expected an outlet name'))),
};

const dateClaimFields = {
  source: z.string(),
  expression: z.string(),
  start: isoDay,
  end: isoDay,
  precision: z.enum(PRECISIONS),
  resolution: z.optional(z.string()),
  value: z.optional(z.string()),
};

const conflictClaimFields = { source: z.string(), claim: z.string(), quote: z.optional(z.string()) };
const corroborationFields = { reports: z.number(), independentOutlets: z.number(), outlets: z.optional(strings) };

export const citationSchema = z.strictObject(citationFields);
export const dateClaimSchema = z.strictObject(dateClaimFields);
export const conflictSchema = z.strictObject({ field: z.string(), note: z.string(), claims: z.array(z.strictObject(conflictClaimFields)) });
export const corroborationSchema = z.strictObject(corroborationFields);

const eventFields = {
  id: nonEmpty,
  title: nonEmpty,
  summary: z.optional(z.string()),
  start: isoDay,
  end: isoDay,
  precision: z.enum(PRECISIONS),
  type: z.enum(EVENT_TYPES),
  mode: z.optional(z.enum(EVENT_MODES)),
  actors: strings,
  countries: strings,
  initiator: z.optional(z.string()),
  origin: z.enum(ORIGINS),
  confidence: z.optional(unit),
  citations: z.array(citationSchema),
  dateClaims: z.array(dateClaimSchema),
  conflicts: z.optional(z.array(conflictSchema)),
  corroboration: corroborationSchema,
  /** Set by the workspace when an edit changed the event. */
  edited: z.optional(z.boolean()),
  /** A background fact (context, not a happening in the story's time span). */
  background: z.optional(z.boolean()),
  /** Ids of the events merged into this one. */
  mergedFrom: z.optional(strings),
};

// ---- loose: a compiled dataset loaded by the app -------------------------------------------------

export const looseSourceSchema = z.looseObject({ ...sourceFields, boilerplate: z.array(z.looseObject(spanFields)) });
export const looseActorSchema = z.looseObject(actorFields);
/** What the hand-written events loop in `validate.ts` checks, field for field (apart from cross-record references). */
export const looseEventSchema = z.looseObject({
  ...eventFields,
  citations: z.array(z.looseObject(citationFields)),
  dateClaims: z.array(z.looseObject(dateClaimFields)),
  conflicts: z.optional(z.array(z.looseObject({ field: z.string(), note: z.string(), claims: z.array(z.looseObject(conflictClaimFields)) }))),
  corroboration: z.looseObject(corroborationFields),
});
/** The top of a dataset file: its arrays are checked record by record. */
export const datasetTopSchema = z.looseObject({
  version: z.literal(1),
  sources: z.array(z.unknown()),
  actors: z.array(z.unknown()),
  events: z.array(z.unknown()),
});

// ---- strict: workspace files and IndexedDB records -------------------------------------------

export const sourceSchema = z.strictObject(sourceFields);
export const actorSchema = z.strictObject(actorFields);
export const eventSchema = z.strictObject(eventFields);

const patchSchema = z.strictObject({
  title: z.optional(nonEmpty),
  summary: z.optional(z.string()),
  start: z.optional(isoDay),
  end: z.optional(isoDay),
  precision: z.optional(z.enum(PRECISIONS)),
  type: z.optional(z.enum(EVENT_TYPES)),
  mode: z.optional(z.nullable(z.enum(EVENT_MODES))),
  actors: z.optional(strings),
  initiator: z.optional(z.nullable(z.string())),
  /** True: the user hid this event ("not an event"). */
  hidden: z.optional(z.boolean()),
});
export const editSchema = z.strictObject({ eventId: nonEmpty, updatedAt: z.optional(z.string()), patch: patchSchema });

// ---- input: the curated files under data/ ----------------------------------------------------

const trimmed = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const inputId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must be an id of letters, digits, ".", "_", ":" or "-"'));
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "US"'));
const occurrence = z.number().check(z.int('must be a whole number'), z.gte(1, 'must be 1 or more'));

export const boilerplateQuoteSchema = z.strictObject({ quote: trimmed, occurrence: z.optional(occurrence), reason: z.optional(z.string()) });

export const sourceInputSchema = z.looseObject({
  id: inputId,
  outlet: trimmed,
  title: trimmed,
  url: z.nullable(z.string()),
  file: trimmed,
  // Checked by the compile step, which names the problem ("not a real calendar day").
  published: z.string(),
  publishedEvidence: z.strictObject({ quotes: z.array(trimmed), reasoning: trimmed }),
  kind: z.enum(SOURCE_KINDS),
  basedOn: z.nullable(trimmed),
  boilerplate: z.array(boilerplateQuoteSchema),
});

export const actorInputSchema = z.looseObject({
  id: inputId,
  name: trimmed,
  kind: z.enum(ACTOR_KINDS),
  country: z.nullable(countryCode),
  role: z.optional(z.string()),
  aliases: z.array(trimmed),
});

export const citationInputSchema = z.strictObject({
  source: z.string(),
  quote: trimmed,
  occurrence: z.optional(occurrence),
  attributedTo: z.optional(z.nullable(trimmed)),
});

export const dateClaimInputSchema = z.strictObject({
  source: z.string(),
  expression: trimmed,
  start: z.string(),
  end: z.string(),
  precision: z.enum(PRECISIONS),
  resolution: z.optional(z.string()),
  value: z.optional(z.string()),
});

export const conflictInputSchema = z.strictObject({
  field: trimmed,
  note: trimmed,
  claims: z.array(z.strictObject({ source: z.string(), claim: trimmed, quote: z.optional(z.string()) })).check(z.minLength(2, 'a conflict needs at least two claims')),
});

export const eventInputSchema = z.looseObject({
  id: inputId,
  title: trimmed,
  summary: z.string(),
  type: z.enum(EVENT_TYPES),
  mode: z.optional(z.enum(EVENT_MODES)),
  actors: z.array(z.string()).check(z.minLength(1, 'must name at least one actor')),
  countries: z.array(countryCode),
  initiator: z.optional(z.string()),
  start: z.string(),
  end: z.string(),
  precision: z.enum(PRECISIONS),
  dateClaims: z.optional(z.array(dateClaimInputSchema)),
  conflicts: z.optional(z.array(conflictInputSchema)),
  citations: z.array(citationInputSchema).check(z.minLength(1, 'must have at least one citation')),
  background: z.optional(z.boolean()),
});

// ---- issues → field problems -------------------------------------------------------------------

/** The value at `path` inside `input`, or undefined when any step is missing. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** One schema problem: the path inside the record and what is wrong, in English. */
export interface SchemaProblem {
  path: PropertyKey[];
  message: string;
}

/** Formats a path of keys and indices like `citations[1].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The first problem of a failed parse of `input`: the field (`citations[1].quote`) and what is wrong. */
export function firstProblem(error: z.core.$ZodError, input: unknown): { field: string; message: string } {
  const p = schemaProblems(error, input)[0]!;
  return { field: formatPath(p.path), message: p.message };
}

/** Every problem of a failed parse of `input`, in words (zod/mini carries no locale). */
export function schemaProblems(error: z.core.$ZodError, input: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const issue of error.issues) {
    const path = [...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...path, key], message: `unknown field "${String(key)}"` });
    } else if (issue.code === 'invalid_type') {
      const v = valueAt(input, path);
      out.push({ path, message: v === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, received ${typeName(v)}` });
    } else if (issue.code === 'invalid_value') {
      out.push({ path, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` });
    } else {
      out.push({ path, message: issue.message });
    }
  }
  return out;
}
