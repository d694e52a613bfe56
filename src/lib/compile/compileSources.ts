import type { Source, Span } from '../model/types';
import { errorLine } from './errorLine';
import { extraFields, reservedFieldsPresent } from './extraFields';
import type { SourceInput } from '../model/input';
import { isoDayProblem } from '../model/calendar';
import { isInsideSpans, mergeSpans } from '../model/mergeSpans';
import { normalizeWhitespace, type NormalizedText } from './normalizeWhitespace';
import type { ParsedRecord } from './parseRecords';
import { describeQuoteFailure, findQuoteSpans, resolveQuote } from './resolveQuote';

/** A validated `data/sources.json` record. */
export type SourceRecord = SourceInput;

/** Reads a source file by its repository-relative path; throws when it cannot. */
export type ReadSource = (file: string) => string;

/** A compiled source plus its whitespace-normalized text, for quote resolution. */
export interface CompiledSource {
  source: Source;
  norm: NormalizedText;
}

const KNOWN = ['id', 'outlet', 'title', 'url', 'file', 'published', 'publishedEvidence', 'kind', 'basedOn', 'boilerplate'];
const RESERVED = ['text', 'origin'];

/**
 * Compiles source records: reads each file's full text, resolves boilerplate quotes to sorted,
 * merged spans and checks the publication date and its evidence.
 */
export function compileSources(file: string, records: ParsedRecord<SourceRecord>[], readSource: ReadSource, errors: string[]): Map<string, CompiledSource> {
  const out = new Map<string, CompiledSource>();
  for (const { value: s, label } of records) {
    const before = errors.length;
    const err = (field: string, message: string) => errors.push(errorLine(file, label, field, message));
    for (const key of reservedFieldsPresent(s, RESERVED)) err(key, 'is computed by the build; remove it');
    let text: string;
    try {
      text = readSource(s.file);
    } catch (e) {
      err('file', `cannot read "${s.file}": ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const norm = normalizeWhitespace(text);
    const dateProblem = isoDayProblem(s.published);
    if (dateProblem) err('published', dateProblem);
    if (s.kind === 'original' && s.basedOn !== null) err('basedOn', 'must be null for original reporting');
    if (s.kind !== 'original' && s.basedOn === null) err('basedOn', `must name the outlet a ${s.kind} repeats`);

    const spans: Span[] = [];
    s.boilerplate.forEach((b, i) => {
      if (b.occurrence === undefined) {
        const found = findQuoteSpans(norm, b.quote);
        if (found.length === 0) err(`boilerplate[${i}].quote`, `not found in source "${s.id}"`);
        spans.push(...found);
      } else {
        const r = resolveQuote(norm, b.quote, b.occurrence);
        if (r.ok) spans.push(r.span);
        else err(`boilerplate[${i}].quote`, describeQuoteFailure(r.failure, s.id));
      }
    });
    const boilerplate = mergeSpans(spans);

    s.publishedEvidence.quotes.forEach((q, i) => {
      const found = findQuoteSpans(norm, q);
      if (found.length === 0) err(`publishedEvidence.quotes[${i}]`, `not found in source "${s.id}"`);
      else if (found.every((span) => isInsideSpans(span, boilerplate))) err(`publishedEvidence.quotes[${i}]`, 'lies in boilerplate, which is not evidence');
    });
    if (errors.length > before) continue;

    const source: Source = {
      id: s.id,
      outlet: s.outlet,
      title: s.title,
      url: s.url,
      published: s.published,
      publishedEvidence: { quotes: s.publishedEvidence.quotes, reasoning: s.publishedEvidence.reasoning },
      kind: s.kind,
      basedOn: s.basedOn,
      file: s.file,
      origin: 'builtin',
      boilerplate,
      text,
      ...extraFields(s, KNOWN),
    };
    out.set(s.id, { source, norm });
  }
  return out;
}
