/**
 * Hand-curated input files under `data/` (before compilation).
 * `npm run build:data` validates them, resolves quotes to offsets and writes the compiled dataset.
 */
import type { ActorId, CountryCode, EventMode, EventType, IsoDate, Precision, SourceId, SourceKind, Actor, Conflict, DateClaim } from './types';

/** A quote that marks boilerplate. Without `occurrence`, every occurrence is boilerplate. */
export interface BoilerplateQuote {
  quote: string;
  occurrence?: number;
  /** Why this is not part of the report (ad, comment widget, duplicated caption, teaser…). */
  reason?: string;
}

/** One entry of `data/sources.json` (a JSON array of these). */
export interface SourceInput {
  id: SourceId;
  outlet: string;
  title: string;
  url: string | null;
  /** Path of the verbatim text file, relative to the repository root, e.g. `data/sources/scmp.txt`. */
  file: string;
  published: IsoDate;
  publishedEvidence: { quotes: string[]; reasoning: string };
  kind: SourceKind;
  basedOn: string | null;
  boilerplate: BoilerplateQuote[];
}

/** One entry of `data/actors.json` (a JSON array of these). */
export type ActorInput = Actor;

/** A citation as the curator writes it: a quote, never offsets. */
export interface CitationInput {
  source: SourceId;
  quote: string;
  /** 1-based; required when the quote occurs more than once in its source. */
  occurrence?: number;
  /**
   * The outlet the passage attributes its fact to, e.g. "The New York Times". `null` says the passage is
   * the report's own reporting; left out, the build detects attribution phrases in the passage's sentence.
   */
  attributedTo?: string | null;
}

/** A date claim as the curator writes it: the compiled `DateClaim` without the extractor's TIMEX3 `value`. */
export type DateClaimInput = Omit<DateClaim, 'value'>;

/** One entry of `data/events.json` (a JSON array of these). */
export interface EventInput {
  id: string;
  title: string;
  summary: string;
  type: EventType;
  mode?: EventMode;
  actors: ActorId[];
  countries: CountryCode[];
  initiator?: ActorId;
  start: IsoDate;
  end: IsoDate;
  precision: Precision;
  dateClaims?: DateClaimInput[];
  conflicts?: Conflict[];
  citations: CitationInput[];
}
