import type { Span } from '../model/types';
import { normalizeQuote, type NormalizedText } from './normalizeWhitespace';

/** Why a quote could not be resolved to one span. */
export type QuoteFailure =
  | { kind: 'empty' }
  | { kind: 'not-found' }
  | { kind: 'ambiguous'; count: number }
  | { kind: 'occurrence-out-of-range'; count: number; occurrence: number };

/** The outcome of resolving a quote: its span in the original text, or why not. */
export type QuoteResolution = { ok: true; span: Span } | { ok: false; failure: QuoteFailure };

/**
 * Every span of the original text that matches `quote`, where any run of whitespace in the
 * quote matches any run of whitespace in the text (line breaks included). Spans are in text order
 * and never start or end with whitespace.
 */
export function findQuoteSpans(source: NormalizedText, quote: string): Span[] {
  const needle = normalizeQuote(quote);
  if (needle === '') return [];
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const at = source.text.indexOf(needle, from);
    if (at < 0) break;
    const start = source.map[at] as number;
    const end = (source.map[at + needle.length - 1] as number) + 1;
    spans.push({ start, end });
    from = at + 1;
  }
  return spans;
}

/**
 * Resolves a quote to exactly one span. With more than one match, `occurrence` (1-based) says which
 * one is meant; without it the quote is ambiguous.
 */
export function resolveQuote(source: NormalizedText, quote: string, occurrence?: number): QuoteResolution {
  if (normalizeQuote(quote) === '') return { ok: false, failure: { kind: 'empty' } };
  const spans = findQuoteSpans(source, quote);
  if (spans.length === 0) return { ok: false, failure: { kind: 'not-found' } };
  if (occurrence === undefined) {
    if (spans.length > 1) return { ok: false, failure: { kind: 'ambiguous', count: spans.length } };
    return { ok: true, span: spans[0] as Span };
  }
  const span = spans[occurrence - 1];
  if (!Number.isInteger(occurrence) || occurrence < 1 || span === undefined) {
    return { ok: false, failure: { kind: 'occurrence-out-of-range', count: spans.length, occurrence } };
  }
  return { ok: true, span };
}

/** A one-line, human-readable reason for a {@link QuoteFailure}, e.g. `ambiguous (found 2 times; add occurrence)`. */
export function describeQuoteFailure(failure: QuoteFailure, sourceId: string): string {
  switch (failure.kind) {
    case 'empty':
      return 'is empty';
    case 'not-found':
      return `not found in source "${sourceId}"`;
    case 'ambiguous':
      return `ambiguous (found ${failure.count} times in source "${sourceId}"; add occurrence)`;
    case 'occurrence-out-of-range':
      return `occurrence ${failure.occurrence} out of range (found ${failure.count} time${failure.count === 1 ? '' : 's'} in source "${sourceId}")`;
  }
}
