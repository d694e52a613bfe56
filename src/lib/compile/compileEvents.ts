import type { Citation, Conflict, DateClaim, Source, Span, TimelineEvent } from '../model/types';
import type { CompiledSource } from './compileSources';
import { citationAttribution } from '../model/attribution';
import { computeCorroboration } from '../model/corroboration';
import { errorLine } from './errorLine';
import { extraFields, reservedFieldsPresent } from './extraFields';
import type { EventInput } from '../model/input';
import { isoDayProblem } from '../model/calendar';
import { isInsideSpans } from '../model/mergeSpans';
import type { ParsedRecord } from './parseRecords';
import { describeQuoteFailure, findQuoteSpans, resolveQuote } from './resolveQuote';

/** A validated `data/events.json` record. */
export type EventRecord = EventInput;

/** What event compilation needs to know about the other files. */
export interface EventContext {
  sources: ReadonlyMap<string, CompiledSource>;
  /** Every source id declared in sources.json (some may have failed validation themselves); null when that file is unreadable. */
  sourceIds: ReadonlySet<string> | null;
  /** Every actor id declared in actors.json; null when that file is unreadable (references are then not checked). */
  actorIds: ReadonlySet<string> | null;
  /** Actor id → country, for consistency warnings. */
  actorCountries: ReadonlyMap<string, string | null>;
}

const KNOWN = ['id', 'title', 'summary', 'type', 'mode', 'actors', 'countries', 'initiator', 'start', 'end', 'precision', 'dateClaims', 'conflicts', 'citations'];
const RESERVED = ['origin', 'corroboration', 'confidence'];

/**
 * Compiles curated events: checks actor and source references and dates, resolves every quote to
 * offsets, and computes corroboration. Problems go to `errors` (one line each), doubts to `warnings`.
 */
export function compileEvents(file: string, records: ParsedRecord<EventRecord>[], ctx: EventContext, errors: string[], warnings: string[]): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  const byId = new Map([...ctx.sources].map(([id, s]) => [id, s.source]));
  const knownOutlets = [...new Set([...byId.values()].flatMap((s) => (s.basedOn ? [s.outlet, s.basedOn] : [s.outlet])))].sort();
  for (const { value: e, label } of records) {
    const before = errors.length;
    const err = (field: string, message: string) => errors.push(errorLine(file, label, field, message));
    for (const key of reservedFieldsPresent(e, RESERVED)) err(key, 'is computed by the build; remove it');

    /** True when the id is a usable source; reports unknown ids. */
    const sourceOk = (id: string, field: string): boolean => {
      if (ctx.sources.has(id)) return true;
      if (ctx.sourceIds && !ctx.sourceIds.has(id)) err(field, `unknown source "${id}"`);
      return false;
    };

    const actorIds = ctx.actorIds ?? new Set(e.actors);
    e.actors.forEach((a, i) => {
      if (!actorIds.has(a)) err(`actors[${i}]`, `unknown actor "${a}"`);
    });
    if (new Set(e.actors).size !== e.actors.length) err('actors', 'lists an actor twice');
    if (e.initiator !== undefined) {
      if (ctx.actorIds && !ctx.actorIds.has(e.initiator)) err('initiator', `unknown actor "${e.initiator}"`);
      else if (!e.actors.includes(e.initiator)) err('initiator', `"${e.initiator}" is not among the event's actors`);
    }
    for (const a of e.actors) {
      const c = ctx.actorCountries.get(a);
      if (c && !e.countries.includes(c)) warnings.push(errorLine(file, label, 'countries', `does not include ${c}, the country of actor "${a}"`));
    }

    const datesOk = checkRange(e.start, e.end, '', err);

    const citations: Citation[] = [];
    const seenSpans = new Map<string, number>();
    e.citations.forEach((c, i) => {
      const field = `citations[${i}]`;
      if (!sourceOk(c.source, `${field}.source`)) return;
      const compiled = ctx.sources.get(c.source) as CompiledSource;
      const r = resolveQuote(compiled.norm, c.quote, c.occurrence);
      if (!r.ok) {
        err(`${field}.quote`, describeQuoteFailure(r.failure, c.source));
        return;
      }
      if (isInsideSpans(r.span, compiled.source.boilerplate)) {
        err(`${field}.quote`, `lies in boilerplate of source "${c.source}", which is not evidence`);
        return;
      }
      const key = `${c.source}:${r.span.start}:${r.span.end}`;
      const dup = seenSpans.get(key);
      if (dup !== undefined) err(field, `repeats citations[${dup}]`);
      seenSpans.set(key, i);
      citations.push({
        source: c.source,
        start: r.span.start,
        end: r.span.end,
        quote: compiled.source.text.slice(r.span.start, r.span.end),
        ...(c.occurrence !== undefined ? { occurrence: c.occurrence } : {}),
        origin: 'curated',
        ...attribution(c.attributedTo, compiled.source, r.span, knownOutlets),
      });
    });

    const dateClaims: DateClaim[] = [];
    (e.dateClaims ?? []).forEach((d, i) => {
      const field = `dateClaims[${i}]`;
      sourceOk(d.source, `${field}.source`);
      const claimOk = checkRange(d.start, d.end, `${field}.`, err);
      if (claimOk && datesOk && (d.start < e.start || d.end > e.end)) {
        err(field, `claim ${d.start}..${d.end} lies outside the event's start..end ${e.start}..${e.end}; the event must span all its date claims`);
      }
      dateClaims.push({
        source: d.source,
        expression: d.expression,
        start: d.start,
        end: d.end,
        precision: d.precision,
        ...(d.resolution !== undefined ? { resolution: d.resolution } : {}),
        ...(d.value !== undefined ? { value: d.value } : {}),
      });
    });

    const conflicts: Conflict[] = [];
    (e.conflicts ?? []).forEach((c, i) => {
      c.claims.forEach((claim, j) => {
        const field = `conflicts[${i}].claims[${j}]`;
        if (!sourceOk(claim.source, `${field}.source`) || claim.quote === undefined) return;
        const compiled = ctx.sources.get(claim.source) as CompiledSource;
        if (findQuoteSpans(compiled.norm, claim.quote).length === 0) err(`${field}.quote`, `not found in source "${claim.source}"`);
      });
      conflicts.push({
        field: c.field,
        note: c.note,
        claims: c.claims.map((claim) => ({ source: claim.source, claim: claim.claim, ...(claim.quote !== undefined ? { quote: claim.quote } : {}) })),
      });
    });

    if (errors.length > before) continue;
    out.push({
      id: e.id,
      title: e.title,
      summary: e.summary,
      start: e.start,
      end: e.end,
      precision: e.precision,
      type: e.type,
      ...(e.mode !== undefined ? { mode: e.mode } : {}),
      actors: e.actors,
      countries: e.countries,
      ...(e.initiator !== undefined ? { initiator: e.initiator } : {}),
      origin: 'curated',
      citations,
      dateClaims,
      ...(conflicts.length > 0 ? { conflicts } : {}),
      corroboration: computeCorroboration(citations, byId),
      ...extraFields(e, KNOWN),
    });
  }
  return out;
}

/**
 * The `attributedTo` of a curated citation: the curator's outlet, none when the curator wrote `null`,
 * else the outlet an attribution phrase in the passage's sentence names.
 */
function attribution(given: string | null | undefined, source: Source, span: Span, knownOutlets: readonly string[]): { attributedTo?: string } {
  if (given === null) return {};
  if (given !== undefined) return { attributedTo: given };
  const found = citationAttribution(source, span, knownOutlets);
  return found ? { attributedTo: found } : {};
}

/** Checks that `start` and `end` are real days and `end` is not before `start`. */
function checkRange(start: string, end: string, prefix: string, err: (field: string, message: string) => void): boolean {
  const sp = isoDayProblem(start);
  const ep = isoDayProblem(end);
  if (sp) err(`${prefix}start`, sp);
  if (ep) err(`${prefix}end`, ep);
  if (sp || ep) return false;
  if (end < start) {
    err(`${prefix}end`, `${end} is before start ${start}`);
    return false;
  }
  return true;
}
