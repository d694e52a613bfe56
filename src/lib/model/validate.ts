/**
 * Runtime validation of a compiled dataset (`Dataset`, version 1) loaded from an untrusted file.
 * Small arrays (sources, actors) go through the loose schemas of `schema.ts`; the events array, which
 * may hold 100,000 records, is checked with a tight hand-written loop (no per-record schema allocation)
 * that checks what `looseEventSchema` checks, field for field (a property test holds them together),
 * plus the references: known sources and actors, quotes found at their offsets, end ≥ start.
 * Every error names the file, the record and the field.
 */
import type * as z from 'zod/mini';
import { EVENT_MODES, EVENT_TYPES, ORIGINS, PRECISIONS } from './types';
import type { Dataset, Source } from './types';
import { isIsoDay } from './calendar';
import { datasetTopSchema, firstProblem, looseActorSchema, looseSourceSchema } from './schema';

/** A validation failure: which file, which record, which field, and what is wrong. */
export class DatasetError extends Error {
  readonly file: string;
  readonly record: string;
  readonly field: string;
  readonly detail: string;
  constructor(file: string, record: string, field: string, detail: string) {
    super(`${file}: ${record}${field ? `, field "${field}"` : ''}: ${detail}`);
    this.name = 'DatasetError';
    this.file = file;
    this.record = record;
    this.field = field;
    this.detail = detail;
  }
}

function recordName(kind: string, value: unknown, index: number): string {
  const id = value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null;
  return id ? `${kind} "${id}"` : `${kind} #${index}`;
}

function checkWithSchema(schema: z.ZodMiniType, value: unknown, file: string, record: string): void {
  const r = schema.safeParse(value);
  if (!r.success) {
    const { field, message } = firstProblem(r.error, value);
    throw new DatasetError(file, record, field, message);
  }
}

const TYPE_SET: ReadonlySet<string> = new Set(EVENT_TYPES);
const MODE_SET: ReadonlySet<string> = new Set(EVENT_MODES);
const ORIGIN_SET: ReadonlySet<string> = new Set(ORIGINS);
const PRECISION_SET: ReadonlySet<string> = new Set(PRECISIONS);

type Fail = (field: string, detail: string) => never;

function str(o: Record<string, unknown>, key: string, fail: Fail, field = key): string {
  const v = o[key];
  if (typeof v !== 'string') fail(field, `expected a string, got ${describe(v)}`);
  return v as string;
}

function day(o: Record<string, unknown>, key: string, fail: Fail, field = key): string {
  const v = str(o, key, fail, field);
  if (!isIsoDay(v)) fail(field, `expected a YYYY-MM-DD date, got "${v}"`);
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  return typeof v === 'object' ? 'an object' : String(v);
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringArray(o: Record<string, unknown>, key: string, fail: Fail, field = key): string[] {
  const v = o[key];
  if (!Array.isArray(v)) fail(field, `expected an array, got ${describe(v)}`);
  const arr = v as unknown[];
  for (let i = 0; i < arr.length; i++) if (typeof arr[i] !== 'string') fail(`${field}[${i}]`, `expected a string, got ${describe(arr[i])}`);
  return arr as string[];
}

/** A field path inside an array record, built only when a check fails: `citations[2].quote`. */
function at(array: string, i: number, sub = ''): string {
  return `${array}[${i}]${sub}`;
}

/** One `fail` for the whole events loop (no closure allocated per event or per citation). */
interface EventCursor {
  e: unknown;
  index: number;
}

function checkEvent(e: unknown, fail: Fail, sources: ReadonlyMap<string, Source>, actorIds: ReadonlySet<string>, seen: Set<string>): void {
  if (!isObj(e)) fail('', `expected an object, got ${describe(e)}`);
  const ev = e as Record<string, unknown>;
  const id = str(ev, 'id', fail);
  if (id === '') fail('id', 'must not be empty');
  if (seen.has(id)) fail('id', `duplicate event id "${id}"`);
  seen.add(id);
  if (str(ev, 'title', fail) === '') fail('title', 'must not be empty');
  if (ev.summary !== undefined) str(ev, 'summary', fail);
  const start = day(ev, 'start', fail);
  const end = day(ev, 'end', fail);
  if (end < start) fail('end', `end ${end} is before start ${start}`);
  if (!PRECISION_SET.has(ev.precision as string)) fail('precision', `unknown precision ${describe(ev.precision)}`);
  if (!TYPE_SET.has(ev.type as string)) fail('type', `unknown event type ${describe(ev.type)}`);
  if (ev.mode !== undefined && !MODE_SET.has(ev.mode as string)) fail('mode', `unknown mode ${describe(ev.mode)}`);
  if (!ORIGIN_SET.has(ev.origin as string)) fail('origin', `unknown origin ${describe(ev.origin)}`);
  if (ev.confidence !== undefined && (typeof ev.confidence !== 'number' || !(ev.confidence >= 0 && ev.confidence <= 1)))
    fail('confidence', `expected a number from 0 to 1, got ${describe(ev.confidence)}`);
  optBoolean(ev, 'background', fail);
  optBoolean(ev, 'edited', fail);
  if (ev.mergedFrom !== undefined) stringArray(ev, 'mergedFrom', fail);
  const actors = stringArray(ev, 'actors', fail);
  for (let i = 0; i < actors.length; i++) if (!actorIds.has(actors[i]!)) fail(`actors[${i}]`, `unknown actor id "${actors[i]}"`);
  if (ev.initiator !== undefined && typeof ev.initiator !== 'string') fail('initiator', `expected a string, got ${describe(ev.initiator)}`);
  if (ev.initiator !== undefined && !actorIds.has(ev.initiator as string)) fail('initiator', `unknown actor id ${describe(ev.initiator)}`);
  stringArray(ev, 'countries', fail);
  const cits = ev.citations;
  if (!Array.isArray(cits)) fail('citations', `expected an array, got ${describe(cits)}`);
  const citations = cits as unknown[];
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i];
    // Field names are only built on failure (inside fail(...) calls).
    if (!isObj(c)) fail(at('citations', i), `expected an object, got ${describe(c)}`);
    const cit = c as Record<string, unknown>;
    const sid = cit.source;
    if (typeof sid !== 'string') fail(at('citations', i, '.source'), `expected a string, got ${describe(sid)}`);
    const src = sources.get(sid as string);
    if (!src) fail(at('citations', i, '.source'), `unknown source id "${String(sid)}"`);
    const quote = cit.quote;
    if (typeof quote !== 'string') fail(at('citations', i, '.quote'), `expected a string, got ${describe(quote)}`);
    const s = cit.start;
    const en = cit.end;
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 0) fail(at('citations', i, '.start'), `expected a non-negative integer, got ${describe(s)}`);
    if (typeof en !== 'number' || !Number.isInteger(en) || en < (s as number)) fail(at('citations', i, '.end'), `expected an integer ≥ start, got ${describe(en)}`);
    if ((en as number) > src!.text.length) fail(at('citations', i, '.end'), `offset ${String(en)} is past the end of source "${sid}" (${src!.text.length} characters)`);
    // startsWith avoids allocating a substring per citation (100k events × several citations).
    if ((en as number) - (s as number) !== (quote as string).length || !src!.text.startsWith(quote as string, s as number))
      fail(at('citations', i, '.quote'), `the quote does not match source "${sid}" at ${String(s)}–${String(en)}`);
    if (cit.attributedTo !== undefined && (typeof cit.attributedTo !== 'string' || cit.attributedTo.trim() === ''))
      fail(at('citations', i, '.attributedTo'), `expected an outlet name, got ${describe(cit.attributedTo)}`);
    if (cit.occurrence !== undefined && (typeof cit.occurrence !== 'number' || !Number.isInteger(cit.occurrence)))
      fail(at('citations', i, '.occurrence'), `expected a whole number, got ${describe(cit.occurrence)}`);
    if (cit.origin !== undefined && !ORIGIN_SET.has(cit.origin as string)) fail(at('citations', i, '.origin'), `unknown origin ${describe(cit.origin)}`);
    if (cit.confidence !== undefined && (typeof cit.confidence !== 'number' || !(cit.confidence >= 0 && cit.confidence <= 1)))
      fail(at('citations', i, '.confidence'), `expected a number from 0 to 1, got ${describe(cit.confidence)}`);
  }
  const claims = ev.dateClaims;
  if (!Array.isArray(claims)) fail('dateClaims', `expected an array, got ${describe(claims)}`);
  const dcs = claims as unknown[];
  for (let i = 0; i < dcs.length; i++) {
    const c = dcs[i];
    if (!isObj(c)) fail(at('dateClaims', i), `expected an object, got ${describe(c)}`);
    const dc = c as Record<string, unknown>;
    const sid = dc.source;
    if (typeof sid !== 'string') fail(at('dateClaims', i, '.source'), `expected a string, got ${describe(sid)}`);
    if (!sources.has(sid as string)) fail(at('dateClaims', i, '.source'), `unknown source id "${String(sid)}"`);
    if (typeof dc.expression !== 'string') fail(at('dateClaims', i, '.expression'), `expected a string, got ${describe(dc.expression)}`);
    if (typeof dc.start !== 'string' || !isIsoDay(dc.start)) fail(at('dateClaims', i, '.start'), `expected a YYYY-MM-DD date, got ${describe(dc.start)}`);
    if (typeof dc.end !== 'string' || !isIsoDay(dc.end)) fail(at('dateClaims', i, '.end'), `expected a YYYY-MM-DD date, got ${describe(dc.end)}`);
    if (!PRECISION_SET.has(dc.precision as string)) fail(at('dateClaims', i, '.precision'), `unknown precision ${describe(dc.precision)}`);
    if (dc.resolution !== undefined) str(dc, 'resolution', fail, at('dateClaims', i, '.resolution'));
    if (dc.value !== undefined) str(dc, 'value', fail, at('dateClaims', i, '.value'));
  }
  if (ev.conflicts !== undefined) {
    if (!Array.isArray(ev.conflicts)) fail('conflicts', `expected an array, got ${describe(ev.conflicts)}`);
    (ev.conflicts as unknown[]).forEach((c, i) => {
      if (!isObj(c)) fail(`conflicts[${i}]`, `expected an object, got ${describe(c)}`);
      const conflict = c as Record<string, unknown>;
      str(conflict, 'field', fail, `conflicts[${i}].field`);
      str(conflict, 'note', fail, `conflicts[${i}].note`);
      if (!Array.isArray(conflict.claims)) fail(`conflicts[${i}].claims`, 'expected an array');
      (conflict.claims as unknown[]).forEach((cl, j) => {
        if (!isObj(cl)) fail(`conflicts[${i}].claims[${j}]`, `expected an object, got ${describe(cl)}`);
        const claim = cl as Record<string, unknown>;
        str(claim, 'source', fail, `conflicts[${i}].claims[${j}].source`);
        str(claim, 'claim', fail, `conflicts[${i}].claims[${j}].claim`);
        if (claim.quote !== undefined) str(claim, 'quote', fail, `conflicts[${i}].claims[${j}].quote`);
      });
    });
  }
  const cor = ev.corroboration;
  if (!isObj(cor)) fail('corroboration', `expected an object, got ${describe(cor)}`);
  const co = cor as Record<string, unknown>;
  if (typeof co.reports !== 'number') fail('corroboration.reports', `expected a number, got ${describe(co.reports)}`);
  if (typeof co.independentOutlets !== 'number') fail('corroboration.independentOutlets', `expected a number, got ${describe(co.independentOutlets)}`);
  if (co.outlets !== undefined) stringArray(co, 'outlets', fail, 'corroboration.outlets');
}

function optBoolean(o: Record<string, unknown>, key: string, fail: Fail): void {
  if (o[key] !== undefined && typeof o[key] !== 'boolean') fail(key, `expected true or false, got ${describe(o[key])}`);
}

/**
 * Checks that `data` is a valid compiled dataset and returns it typed.
 * Throws a {@link DatasetError} naming `file`, the record and the field on the first problem.
 */
export function validateDataset(data: unknown, file: string): Dataset {
  checkWithSchema(datasetTopSchema, data, file, 'dataset');
  const ds = data as { sources: unknown[]; actors: unknown[]; events: unknown[] };
  const sources = new Map<string, Source>();
  ds.sources.forEach((s, i) => {
    const record = recordName('source', s, i);
    checkWithSchema(looseSourceSchema, s, file, record);
    const src = s as Source;
    if (sources.has(src.id)) throw new DatasetError(file, record, 'id', `duplicate source id "${src.id}"`);
    src.boilerplate.forEach((b, j) => {
      if (b.end < b.start || b.end > src.text.length) throw new DatasetError(file, record, `boilerplate[${j}]`, `span ${b.start}–${b.end} is outside the text`);
    });
    sources.set(src.id, src);
  });
  const actorIds = new Set<string>();
  ds.actors.forEach((a, i) => {
    const record = recordName('actor', a, i);
    checkWithSchema(looseActorSchema, a, file, record);
    const id = (a as { id: string }).id;
    if (actorIds.has(id)) throw new DatasetError(file, record, 'id', `duplicate actor id "${id}"`);
    actorIds.add(id);
  });
  const seen = new Set<string>();
  const events = ds.events;
  const cursor: EventCursor = { e: undefined, index: 0 };
  const fail: Fail = (field, detail) => {
    throw new DatasetError(file, recordName('event', cursor.e, cursor.index), field, detail);
  };
  for (let i = 0; i < events.length; i++) {
    cursor.e = events[i];
    cursor.index = i;
    checkEvent(events[i], fail, sources, actorIds, seen);
  }
  return data as Dataset;
}
