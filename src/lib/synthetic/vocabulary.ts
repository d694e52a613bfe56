/**
 * Fixed word lists for the synthetic dataset: countries, international bodies, outlets, name parts,
 * and per-type title verbs. Only data, no logic.
 */
import type { EventMode, EventType } from '../model/types';

/** 30 real ISO 3166-1 alpha-2 codes with their common English names. */
export const SYNTHETIC_COUNTRIES: readonly { code: string; name: string }[] = [
  { code: 'US', name: 'United States' },
  { code: 'CN', name: 'China' },
  { code: 'RU', name: 'Russia' },
  { code: 'UA', name: 'Ukraine' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'FR', name: 'France' },
  { code: 'DE', name: 'Germany' },
  { code: 'JP', name: 'Japan' },
  { code: 'IN', name: 'India' },
  { code: 'BR', name: 'Brazil' },
  { code: 'TR', name: 'Turkey' },
  { code: 'IR', name: 'Iran' },
  { code: 'IL', name: 'Israel' },
  { code: 'SA', name: 'Saudi Arabia' },
  { code: 'KR', name: 'South Korea' },
  { code: 'KP', name: 'North Korea' },
  { code: 'TW', name: 'Taiwan' },
  { code: 'PL', name: 'Poland' },
  { code: 'IT', name: 'Italy' },
  { code: 'CA', name: 'Canada' },
  { code: 'AU', name: 'Australia' },
  { code: 'ZA', name: 'South Africa' },
  { code: 'EG', name: 'Egypt' },
  { code: 'PK', name: 'Pakistan' },
  { code: 'MX', name: 'Mexico' },
  { code: 'ID', name: 'Indonesia' },
  { code: 'NG', name: 'Nigeria' },
  { code: 'VN', name: 'Vietnam' },
  { code: 'QA', name: 'Qatar' },
  { code: 'BY', name: 'Belarus' },
];

/** International bodies: actors with `country: null`. */
export const INTERNATIONAL_BODIES: readonly string[] = [
  'NATO',
  'United Nations',
  'European Union',
  'African Union',
  'ASEAN',
  'G7',
];

/** Fictional outlets; the first ones are the usual originals that others re-report. */
export const OUTLETS: readonly string[] = [
  'The Meridian Post',
  'Harbor Times',
  'Global Wire',
  'Northern Herald',
  'Capital Ledger',
  'The Continental',
  'Eastern Review',
  'Daily Dispatch',
  'Atlas News',
  'The Observer Line',
  'Pacific Chronicle',
  'Valley Gazette',
  'World Briefing',
  'Signal Daily',
  'The Aggregator',
  'Newsroom Digest',
  'Blogwatch',
  'Feedline',
];

export const NAME_SYLLABLES: readonly string[] = [
  'ka', 'ro', 'vi', 'na', 'to', 'mi', 'sel', 'dan', 'or', 'li', 'ber', 'san', 'ta', 'ko', 'ven',
  'al', 'ri', 'mo', 'zen', 'ha', 'lu', 'pet', 'ra', 'nov', 'ge', 'sa', 'fi', 'em', 'do', 'rin',
];

export const GIVEN_INITIALS = 'ABCDEFGHIJKLMNOPRSTVWY';

export const PERSON_ROLES: readonly string[] = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'Ambassador',
  'Spokesperson',
  'National Security Adviser',
  'Deputy Foreign Minister',
  'Envoy',
  'Intelligence Chief',
];

export const ORGANIZATION_KINDS: readonly string[] = [
  'Foreign Ministry',
  'Defence Ministry',
  'Presidential Office',
  'Intelligence Service',
  'Trade Ministry',
];

export const CITIES: readonly string[] = [
  'Geneva', 'Vienna', 'Oslo', 'Doha', 'Rome', 'Ankara', 'Jakarta', 'Brussels', 'Helsinki', 'Singapore',
  'Nairobi', 'Cairo', 'Warsaw', 'Seoul', 'Tokyo', 'Delhi', 'Brasilia', 'Ottawa', 'Canberra', 'Minsk',
];

/** Relative weight of each event type in the generated mix (PLOVER plus STATEMENT). */
export const TYPE_WEIGHTS: Readonly<Record<EventType, number>> = {
  CONSULT: 22,
  STATEMENT: 20,
  ACCUSE: 8,
  THREATEN: 6,
  SANCTION: 5,
  COOPERATE: 7,
  AID: 4,
  REQUEST: 5,
  DEMAND: 3,
  REJECT: 4,
  AGREE: 5,
  SUPPORT: 4,
  PROTEST: 2,
  MOBILIZE: 2,
  ASSAULT: 1,
  COERCE: 1,
  RETREAT: 1,
  OTHER: 1,
};

/** Modes allowed per type (DEVELOPERS.md table). */
export const TYPE_MODES: Readonly<Record<EventType, readonly EventMode[]>> = {
  CONSULT: ['visit', 'host', 'phone', 'video', 'multilateral'],
  STATEMENT: ['verbal', 'written', 'briefing', 'report'],
  ACCUSE: ['verbal'],
  THREATEN: ['economic', 'military', 'diplomatic'],
  SANCTION: ['economic', 'diplomatic'],
  COOPERATE: ['intelligence', 'diplomatic', 'economic', 'military'],
  AID: ['military', 'economic'],
  REQUEST: ['diplomatic', 'military', 'economic'],
  DEMAND: [],
  REJECT: [],
  AGREE: ['written'],
  SUPPORT: [],
  PROTEST: [],
  MOBILIZE: ['military'],
  ASSAULT: ['military'],
  COERCE: ['military'],
  RETREAT: [],
  OTHER: [],
};

/** Short title templates; `A` is the initiator's short name, `B` the other party's. */
export const TITLE_TEMPLATES: Readonly<Record<EventType, string>> = {
  CONSULT: 'A meets B',
  STATEMENT: 'A statement on B',
  ACCUSE: 'A accuses B',
  THREATEN: 'A warns B',
  SANCTION: 'A sanctions B',
  COOPERATE: 'A and B coordinate',
  AID: 'A sends aid to B',
  REQUEST: 'A asks B to act',
  DEMAND: 'A demands B withdraw',
  REJECT: 'A rejects B proposal',
  AGREE: 'A and B sign accord',
  SUPPORT: 'A backs B',
  PROTEST: 'Protest against B',
  MOBILIZE: 'A mobilizes near B',
  ASSAULT: 'A strikes B',
  COERCE: 'A pressures B',
  RETREAT: 'A pulls back from B',
  OTHER: 'A and B',
};

/** Sentence verbs used in generated report text. */
export const SENTENCE_VERBS: readonly string[] = [
  'met', 'called', 'warned', 'criticised', 'praised', 'hosted', 'rebuffed', 'urged', 'thanked', 'briefed',
];
