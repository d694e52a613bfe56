/**
 * Temporal-expression engine of the extractor (issue 4, step 2).
 * First version of the interface: the body is being filled in.
 */
import type { Timex } from '../types';

/** Options for {@link findTimexes}. */
export interface TemporalOptions {
  /** Sentence spans (sorted) if the caller has segmented the text; otherwise split internally. */
  sentences?: { start: number; end: number }[];
  /** Spans to skip (boilerplate): no timex is emitted inside them, and they never become discourse anchors. */
  skip?: { start: number; end: number }[];
}

/** Finds and resolves temporal expressions in `text` against the publication date `published` (YYYY-MM-DD). */
export function findTimexes(text: string, published: string, options: TemporalOptions = {}): Timex[] {
  void text;
  void published;
  void options;
  return [];
}
