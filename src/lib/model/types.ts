/**
 * The compiled dataset contract (`public/data/timeline.json`, version 1).
 * Every part of Dateline reads and writes these shapes. Extra fields are allowed;
 * the listed ones are never renamed.
 */

/** A calendar day written `YYYY-MM-DD`. */
export type IsoDate = string;
/** An ISO 3166-1 alpha-2 country code, e.g. `US`, `CN`, `RU`, `UA`. */
export type CountryCode = string;
/** A source id from `data/sources.json`. */
export type SourceId = string;
/** An actor id from `data/actors.json`. */
export type ActorId = string;
/** An event id. */
export type EventId = string;

/** How precisely a date is known. `range` is an explicit span; `days` is "a few days". */
export const PRECISIONS = ['day', 'days', 'week', 'part-of-month', 'month', 'season', 'year', 'range'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * Event types: PLOVER event categories (Halterman et al.), plus STATEMENT.
 * See DEVELOPERS.md for definitions and the CAMEO cross-reference.
 */
export const EVENT_TYPES = [
  'CONSULT',
  'STATEMENT',
  'THREATEN',
  'SANCTION',
  'COOPERATE',
  'AID',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'DEMAND',
  'PROTEST',
  'MOBILIZE',
  'ASSAULT',
  'COERCE',
  'AGREE',
  'SUPPORT',
  'RETREAT',
  'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** PLOVER modes used with the types above (e.g. CONSULT/visit). */
export const EVENT_MODES = [
  'visit',
  'host',
  'phone',
  'video',
  'multilateral',
  'intelligence',
  'military',
  'economic',
  'diplomatic',
  'verbal',
  'written',
  'briefing',
  'report',
] as const;
export type EventMode = (typeof EVENT_MODES)[number];

export const SOURCE_KINDS = ['original', 're-report', 'scraped-copy'] as const;
/** `original` reporting, a `re-report` of another outlet's story, or a `scraped-copy` of one. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const ORIGINS = ['curated', 'parsed', 'curated+parsed', 'user'] as const;
export type Origin = (typeof ORIGINS)[number];

/** A half-open span `[start, end)` of JavaScript string indices into a source's `text`. */
export interface Span {
  start: number;
  end: number;
}

export interface EvidenceQuote {
  quote: string;
  start?: number;
  end?: number;
}

/** A report in the compiled dataset. */
export interface Source {
  id: SourceId;
  outlet: string;
  title: string;
  url?: string | null;
  published: IsoDate;
  publishedEvidence?: { quotes: string[]; reasoning: string };
  kind: SourceKind;
  /** The outlet whose reporting this repeats; null for original reporting. */
  basedOn: string | null;
  /** Path of the verbatim file, relative to the repository root (built-in sources). */
  file?: string;
  /** The full file text. Citations index into it. */
  text: string;
  /** Spans that are not part of the report (ads, widgets, teasers), sorted by start. */
  boilerplate: Span[];
  origin?: 'builtin' | 'user';
}

export const ACTOR_KINDS = ['person', 'organization', 'state'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  id: ActorId;
  name: string;
  kind: ActorKind;
  /** Alpha-2 code, or null for an international body such as NATO. */
  country: CountryCode | null;
  role?: string;
  aliases: string[];
}

/** One citation: `source.text.slice(start, end) === quote`. */
export interface Citation extends Span {
  source: SourceId;
  quote: string;
  /** Which occurrence of the quote was meant, when it occurs more than once. */
  occurrence?: number;
  origin?: Origin;
  confidence?: number;
  /**
   * The outlet this passage attributes its fact to ("according to The New York Times"), when that is
   * not the report's own outlet. Corroboration counts the citation for that outlet.
   */
  attributedTo?: string;
}

/** One source's claim about when an event happened. */
export interface DateClaim {
  source: SourceId;
  /** The source's own words, e.g. "on Thursday morning". */
  expression: string;
  start: IsoDate;
  end: IsoDate;
  precision: Precision;
  /** How the expression was resolved, e.g. "Thursday before publication (2022-02-25)". */
  resolution?: string;
  /** TIMEX3 value, where known. */
  value?: string;
}

/** A factual disagreement between sources. */
export interface Conflict {
  field: string;
  note: string;
  claims: { source: SourceId; claim: string; quote?: string }[];
}

export interface Corroboration {
  /** Distinct reports that cite the event. */
  reports: number;
  /** Distinct original outlets behind those reports (copies of one story count once). */
  independentOutlets: number;
  outlets?: string[];
}

export interface TimelineEvent {
  id: EventId;
  title: string;
  summary?: string;
  start: IsoDate;
  end: IsoDate;
  precision: Precision;
  type: EventType;
  mode?: EventMode;
  actors: ActorId[];
  countries: CountryCode[];
  initiator?: ActorId;
  origin: Origin;
  /** 0..1, for parsed events. */
  confidence?: number;
  citations: Citation[];
  dateClaims: DateClaim[];
  conflicts?: Conflict[];
  corroboration: Corroboration;
  edited?: boolean;
  /**
   * A background fact: far outside the story's window (years before it, at year precision), e.g.
   * "after Russia seized Crimea in 2014". Kept and shown apart; it never drives the opening view,
   * Fit all or the overview scale. Set by the extractor on parsed events; optional in the contract.
   */
  background?: boolean;
}

/** The compiled dataset. */
export interface Dataset {
  version: 1;
  sources: Source[];
  actors: Actor[];
  events: TimelineEvent[];
}
