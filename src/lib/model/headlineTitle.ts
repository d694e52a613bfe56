/**
 * Headline titles built from an event, never from a sentence prefix: initiator, the verb of the PLOVER
 * type and mode, the other party, the object ("Biden and Xi hold video call on Ukraine", "Trump calls off
 * Singapore summit with Kim", "Pompeo meets Kim Yong-chol in New York", "China and Russia issue joint statement").
 *
 * The verbs are data: one row per type, type/mode or type:act (a refinement the trigger lexicon gives, such as
 * "cancel"), most specific first. Each row has up to three templates, `{A}` the initiator, `{B}` the other
 * party, `{O}` the object:
 * - `pair`: both parties as one subject ("{A} and {B} hold video call"), for happenings both sides do;
 * - `one`: the initiator acting on the other ("{A} meets {B}", "{A} calls off {O} with {B}");
 * - `alone`: no other party ("{A} issues statement");
 * - `noun`: no party at all ("Video call", "{O} called off").
 * `{O}` falls back to the row's `object`. " on <topic>" and " in <place>" are appended when known.
 */
import type { EventMode, EventType } from './types';

/** One row of the verb table. */
export interface HeadlineVerb {
  /** `TYPE`, `TYPE/mode` or `TYPE:act`. */
  key: string;
  one: string;
  alone: string;
  pair?: string;
  /** The headline when no party is known ("Video call", "{O} called off"). */
  noun: string;
  /** The object when the event names none ("meeting"). */
  object?: string;
  // EXAMPLE lines double as tests (tests/lib/headlineTitle.test.ts)
  example: string;
}

/** The verb table, most specific keys first (lookup: type:act, type/mode, type). */
export const HEADLINE_VERBS: readonly HeadlineVerb[] = [
  { key: 'CONSULT/video', noun: 'Video call', pair: '{A} and {B} hold video call', one: '{A} holds video call with {B}', alone: '{A} holds video call', example: 'Biden and Xi hold video call on Ukraine' },
  { key: 'CONSULT/phone', noun: 'Phone call', pair: '{A} and {B} speak by phone', one: '{A} speaks by phone with {B}', alone: '{A} holds phone call', example: 'Blinken and Wang speak by phone' },
  { key: 'CONSULT/visit', noun: 'Meeting', one: '{A} meets {B}', alone: '{A} holds talks', example: 'Pompeo meets Kim Yong-chol in New York' },
  { key: 'CONSULT/host', noun: 'Visit', one: '{A} hosts {B}', alone: '{A} hosts talks', example: 'Trump hosts Kim Yong-chol in Washington' },
  { key: 'CONSULT/multilateral', noun: 'Summit', one: '{A} attends summit with {B}', alone: '{A} attends summit', example: 'Wang attends summit in Munich' },
  { key: 'CONSULT', noun: 'Talks', pair: '{A} and {B} hold talks', one: '{A} holds talks with {B}', alone: '{A} holds talks', example: 'Sullivan and Yang hold talks in Rome' },
  { key: 'STATEMENT:joint', noun: 'Joint statement', pair: '{A} and {B} issue joint statement', one: '{A} issues joint statement with {B}', alone: '{A} issues joint statement', example: 'China and Russia issue joint statement' },
  { key: 'STATEMENT/briefing', noun: 'Briefing', one: '{A} briefs reporters', alone: '{A} briefs reporters', example: 'Psaki briefs reporters' },
  { key: 'STATEMENT/written', noun: 'Written statement', one: '{A} issues statement', alone: '{A} issues statement', example: 'Kim Kye-gwan issues statement' },
  { key: 'STATEMENT/report', noun: 'Report', one: '{A} issues report', alone: '{A} issues report', example: 'CIA issues report' },
  { key: 'STATEMENT/verbal', noun: 'Remarks', one: '{A} makes remarks', alone: '{A} makes remarks', example: 'Obama makes remarks on Iran' },
  { key: 'STATEMENT', noun: 'Statement', one: '{A} makes statement', alone: '{A} makes statement', example: 'Putin makes statement' },
  { key: 'REJECT:cancel', noun: '{O} called off', one: '{A} calls off {O} with {B}', alone: '{A} calls off {O}', object: 'meeting', example: 'Trump calls off Singapore summit with Kim' },
  { key: 'REJECT', noun: 'Rejection', one: '{A} rebuffs {B}', alone: '{A} rejects {O}', object: 'proposal', example: 'China rebuffs US' },
  { key: 'ACCUSE', noun: 'Accusation', one: '{A} accuses {B}', alone: '{A} condemns {O}', object: 'move', example: 'Netanyahu condemns nuclear deal' },
  { key: 'THREATEN/military', noun: 'Threat of force', one: '{A} threatens {B} with force', alone: '{A} threatens force', example: 'Russia threatens Ukraine with force' },
  { key: 'THREATEN', noun: 'Warning', one: '{A} warns {B}', alone: '{A} issues warning', example: 'Biden warns Putin' },
  { key: 'SANCTION', noun: 'Sanctions', one: '{A} sanctions {B}', alone: '{A} imposes sanctions', example: 'US sanctions Russia' },
  { key: 'COOPERATE/intelligence', noun: 'Intelligence sharing', one: '{A} shares intelligence with {B}', alone: '{A} shares intelligence', example: 'US shares intelligence with China' },
  { key: 'COOPERATE', noun: 'Cooperation', pair: '{A} and {B} agree to cooperate', one: '{A} cooperates with {B}', alone: '{A} pledges cooperation', example: 'US and EU agree to cooperate' },
  { key: 'AID/military', noun: 'Arms supplies', one: '{A} sends arms to {B}', alone: '{A} sends arms', example: 'US sends arms to Ukraine' },
  { key: 'AID', noun: 'Aid', one: '{A} sends aid to {B}', alone: '{A} sends aid', example: 'EU sends aid to Ukraine' },
  { key: 'REQUEST', noun: 'Request', one: '{A} urges {B} to act', alone: '{A} makes request', example: 'Biden urges Xi to act' },
  { key: 'DEMAND', noun: 'Demands', one: '{A} makes demands of {B}', alone: '{A} issues demands', example: 'Russia makes demands of NATO' },
  { key: 'SUPPORT:endorse', noun: '{O} endorsed', one: '{A} endorses {O} with {B}', alone: '{A} endorses {O}', object: 'agreement', example: 'UN Security Council endorses nuclear deal' },
  { key: 'AGREE', noun: '{O} reached', pair: '{A} and {B} reach {O}', one: '{A} reaches {O} with {B}', alone: '{A} reaches {O}', object: 'agreement', example: 'Iran and US reach nuclear deal' },
  { key: 'SUPPORT', noun: 'Support', one: '{A} backs {B}', alone: '{A} voices support', example: 'China backs Russia' },
  { key: 'PROTEST', noun: 'Protest', one: '{A} protests against {B}', alone: '{A} protests', example: 'Ukrainians protest against Russia' },
  { key: 'MOBILIZE', noun: 'Troop deployment', one: '{A} deploys troops near {B}', alone: '{A} deploys troops', example: 'Russia deploys troops near Ukraine' },
  { key: 'ASSAULT', noun: 'Attack', one: '{A} attacks {B}', alone: '{A} launches attack', example: 'Russia attacks Ukraine' },
  { key: 'COERCE', noun: 'Coercive action', one: '{A} coerces {B}', alone: '{A} takes coercive action', example: 'China coerces Lithuania' },
  { key: 'RETREAT', noun: 'Withdrawal', one: '{A} withdraws from {B}', alone: '{A} withdraws', example: 'Russia withdraws from Kyiv' },
  { key: 'OTHER', noun: 'Event', one: '{A} acts on {B}', alone: '{A} acts', example: 'US acts' },
];

/** What a headline is built from. Names are display names (the gazetteer's, or as written). */
export interface HeadlineParts {
  type: EventType;
  mode?: EventMode;
  act?: string;
  /** The initiator (first) and the other party, at most two names are used. */
  parties: readonly string[];
  object?: string;
  topic?: string;
  place?: string;
}

/** The verb row for a type, mode and act. */
export function headlineVerb(type: EventType, mode?: EventMode, act?: string): HeadlineVerb {
  const keys = [act ? `${type}:${act}` : '', mode ? `${type}/${mode}` : '', type, 'OTHER'];
  for (const k of keys) {
    const row = k && HEADLINE_VERBS.find((v) => v.key === k);
    if (row) return row;
  }
  return HEADLINE_VERBS[HEADLINE_VERBS.length - 1] as HeadlineVerb;
}

/** Family names that come first (Chinese, Korean): "Xi Jinping" → "Xi", "Moon Jae-in" → "Moon". */
const FAMILY_FIRST = new Set(
  'Xi Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Hu Qin Han Sun Ma Zhu Guo He Lin Luo Gao Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Yu Pan Du Dai Xia Zhong Wen Kim Lee Park Choi Jung Chung Kang Cho Yoon Jang Lim Moon Suh Seo Shin Kwon Hwang Ahn Song Yoo Hong Ri Pak Choe'.split(' '),
);
const VERY_COMMON = new Set(['Kim', 'Lee', 'Park', 'Li', 'Wang', 'Zhang', 'Liu', 'Chen']);
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Adm|Prof|Sir|Dame)\.?\s+/;

/** The name a headline uses for a person: the family name, or the full name when another party shares it. */
export function shortName(full: string, others: readonly string[] = []): string {
  const name = full.replace(HONORIFIC, '').trim();
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 || /^(?:the|The)\b/.test(name)) return name;
  const family = familyName(tokens);
  // a very common family name before a hyphenated given name ("Kim Yong-chol") says too little alone
  if (family === tokens[0] && VERY_COMMON.has(family) && tokens.slice(1).some((t) => t.includes('-'))) return name;
  const clash = others.some((o) => o !== full && familyName(o.replace(HONORIFIC, '').trim().split(/\s+/)) === family);
  return clash ? name : family;
}

function familyName(tokens: readonly string[]): string {
  const first = tokens[0] ?? '';
  if (tokens.length <= 3 && FAMILY_FIRST.has(first)) return first;
  const last = tokens[tokens.length - 1] ?? '';
  return /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(last) && tokens.length > 2 ? (tokens[tokens.length - 2] as string) : last;
}

const SHORT_STATE: Record<string, string> = { 'United States': 'US', 'United Kingdom': 'UK', 'European Union': 'EU', 'United Nations': 'UN' };

/** How a party is named in a headline: states and bodies by their short name, people by family name. */
export function partyName(name: string, others: readonly string[] = [], isPerson = looksPersonal(name)): string {
  const s = SHORT_STATE[name];
  if (s) return s;
  return isPerson ? shortName(name, others) : name;
}

/** A name of two to four capitalised words with no organisational word reads as a person. */
function looksPersonal(name: string): boolean {
  return /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$/u.test(name) && !/\b(?:Ministry|Department|Council|Committee|House|Agency|Union|Nations|States|Kingdom|Republic|Office|Embassy|Times|Post|Party|Bank|Organization|Organisation|Assembly|Parliament|Congress|Senate|Government|Army|Forces)\b/.test(name);
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Builds a headline from the event's parts (see the module comment). */
export function headlineTitle(parts: HeadlineParts, isPerson?: (name: string) => boolean): string {
  const row = headlineVerb(parts.type, parts.mode, parts.act);
  const raw = [...new Set(parts.parties.filter((p) => p.trim() !== ''))].slice(0, 2);
  const names = raw.map((n) => partyName(n, raw, isPerson ? isPerson(n) : undefined));
  const [a, b] = names;
  const object = parts.object?.trim() || row.object || '';
  let title: string;
  if (!a) title = row.noun;
  else if (!b) title = row.alone.replace('{A}', a);
  else title = (row.pair ?? row.one).replace('{A}', a).replace('{B}', b);
  title = title.replace('{O}', object).replace(/\s+/g, ' ').trim();
  if (parts.topic && !title.includes(parts.topic) && !/ on /.test(title)) title += ` on ${parts.topic}`;
  if (parts.place && !title.includes(parts.place)) title += ` in ${parts.place}`;
  return cap(title);
}
