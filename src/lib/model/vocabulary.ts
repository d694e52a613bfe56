/** The closed vocabularies of the dataset contract (see DEVELOPERS.md for the event types and modes). */

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

export const ACTOR_KINDS = ['person', 'organization', 'state'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
