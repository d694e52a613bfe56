/**
 * The extractor's public output (also the JSON printed by `npm run extract`).
 * Offsets are JavaScript string indices into the input text.
 */
import type { ActorId, CountryCode, EventMode, EventType, IsoDate, Precision, Actor } from './types';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
/** TIMEX3 mod values we emit. */
export type TimexMod = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER';

export interface DayRange {
  start: IsoDate;
  end: IsoDate;
}

/** A temporal expression found in the text and resolved against the publication date or the discourse anchor. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2022-02-24`, `2022-01`, `2021-W46`, `2022-02-23TEV`, `PAST_REF`… */
  value: string;
  mod?: TimexMod;
  /** The concrete day range, or null when it cannot be placed (e.g. a bare duration). */
  range: DayRange | null;
  precision?: Precision;
  /** True when resolved against the previous date in the discourse rather than the publication date. */
  anaphoric?: boolean;
  /**
   * `'publication'` for a dateline or publication stamp ("WASHINGTON, March 19 —", "Published: 26 May 2018",
   * "May 28, 2018 09:35"): evidence of when the report was written, never an event's date by default.
   */
  role?: 'publication';
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Index into `timexes`, or null. */
  timex: number | null;
  date: { start: IsoDate; end: IsoDate; precision: Precision } | null;
  /** Display names: the gazetteer name where known, else the name as written. */
  actors: string[];
  actorIds: ActorId[];
  countries: CountryCode[];
  type: EventType;
  mode?: EventMode;
  initiator?: ActorId;
  confidence: number;
  boilerplate: boolean;
  source?: string;
  /**
   * A background fact: dated over a year before publication ("after Russia seized Crimea in 2014").
   * Kept, shown apart, never counted as the report's news.
   */
  background?: boolean;
  /**
   * The mention goes on about an earlier happening of the same report ("the call", "during the talks",
   * "the two leaders discussed"): the index in `mentions` of the mention it continues. It is a further
   * citation of that happening, not an event of its own, and carries its date.
   */
  follows?: number;
  /** What the trigger acts on, as written ("Singapore summit", "nuclear deal"), for headline titles. */
  object?: string;
  /** Where it happened, as written right after the trigger ("New York"). */
  place?: string;
  /** A state the happening is about ("talks on Ukraine" → "Ukraine"). */
  topic?: string;
  /** A refinement of the type for headline verbs ("cancel": calls off), from the trigger lexicon. */
  act?: string;
}

export interface NewActor {
  name: string;
  start: number;
  end: number;
  kind: 'person' | 'organization';
  /** People only: the stable id `person:<slug>` minted from the name (same name → same id in every report). */
  id?: ActorId;
  /** People only: ISO 3166-1 alpha-2 code from the written role or adjective ("North Korean official" → KP), or null. */
  country?: CountryCode | null;
  /** People only: the role written next to the name ("secretary of state"), when one is. */
  role?: string;
}

export interface ExtractResult {
  published: IsoDate;
  timexes: Timex[];
  mentions: Mention[];
  warnings: string[];
  newActors?: NewActor[];
  /** Spans flagged as boilerplate (ads, widgets, captions, duplicates, teasers), sorted by start. */
  boilerplate?: { start: number; end: number; reason: string }[];
}

export interface ExtractOptions {
  /** Publication date of the text, `YYYY-MM-DD`. */
  published: IsoDate;
  /** Source id written into citations. */
  sourceId?: string;
  /** Actor gazetteer. Defaults to none (countries and unknown people are still recognized). */
  actors?: Actor[];
  /** Called with 0..1 while working, for progress bars. */
  onProgress?: (fraction: number) => void;
}
