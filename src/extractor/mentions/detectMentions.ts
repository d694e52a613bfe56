/**
 * Event mention detection: each clause with a trigger becomes a mention citing its sentence (at most two per clause,
 * of different type families; a reporting verb only counts when nothing else does).
 *
 * - Date: the timex nearest the trigger in its clause, else one in a trigger-less clause of the sentence
 *   ("On Wednesday, after …"); none → null (the publication date is never attached blindly). A date written
 *   right after a nominal trigger ("the invasion last month") is reserved for it. Dates chained with
 *   "and again" give one mention each ("in late January and again on Monday").
 * - Actors: the actors of the trigger's clause (or of the sentence when the clause names none); a date
 *   after "since", "than", "until", "before" or "by" is a bound, not the event's date. The initiator: see
 *   `findInitiator`.
 * - Negated triggers ("did not meet") are skipped; hypothetical ones ("would impose") lose confidence; questions
 *   and conditions ("asked if he was cooperating", "unless …") stay below the merge threshold (0.4).
 * - Actors of a trailing attribution (", officials said at the time") are not participants.
 * - Confidence grows with a strong trigger, a date and two or more actors.
 */
import type { EventMode, EventType, Span } from '../../lib/model/types';
import type { Mention, Timex } from '../../lib/model/extraction';
import type { ActorMention } from '../actors/recognizeActors';
import { inBoilerplate } from '../segment/boilerplate';
import { TRIGGERS, typeFamily, type Trigger } from './triggers';
import { isPublicationStamp } from './publicationStamp';
import { DAY_MS, isoDayToMs } from '../../lib/model/calendar';

/** Sentences longer than this are not prose (tables, dumps) and yield no mentions. */
export const MAX_SENTENCE_LENGTH = 3000;

/** Negation and denial right before a trigger: "did not meet", "no plans to attack", "denied attacking". */
const NEGATION = /\b(?:not|never|no|n't|neither|nor|without|denied|denies|deny|denying|ruled out|rules out|refused to|refuses to|declined to|no plans? to|no intention of)\s+(?:[\w-]+\s+){0,2}$/i;
/**
 * Modality right before a trigger: a possible, planned or wished-for happening is not the happening
 * ("would impose", "could still take place", "the planned June 12 summit", "was expected to travel").
 */
const HYPOTHETICAL =
  /(?:\b(?:would|could|might|may|will|shall|should|can)|['’]ll|\b(?:plans? to|planned(?: to)?|long-planned|proposed|upcoming|scheduled|expected to|set to|due to|hopes? to|aims? to|to try to|tried to|trying to|ready to|willing to|possible|potential|future|prospective))\s+(?:[\w-]+\s+){0,3}$/i;
/** A happening said to be still to come after its noun ("his summit with Kim would take place on June 12"). */
const TO_COME = /^[^.;]{0,80}?\b(?:would|will|could|might|may|is to|was to|is set to|is due to)\s+(?:still\s+)?(?:take place|go ahead|happen|be held|proceed|resume)\b/i;
/**
 * An embedded question or a condition ("was asked if he was cooperating", "whether they would meet",
 * "unless Moscow withdraws"): the trigger asks about or supposes a happening, it does not report one.
 * Such mentions stay below the merge threshold.
 */
const QUESTION = /\b(?:if|whether|unless)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;

/** A preposition right before an actor marks it as an object, not the initiator ("spoke with Scholz"). */
const OBJECT_MARKER = /\b(?:with|to|by|of|from|at|in|on|for|against|between|among|toward|towards|into|about)\s+(?:the\s+)?$/i;

/** A date right after a modal adjective ("the planned June 12 summit", "the scheduled May 3 vote"). */
const PLANNED_DATE = /\b(?:planned|long-planned|proposed|scheduled|upcoming|expected|possible|potential)\s+$/i;
/** A date used as a modifier of a noun ("June 12 summit", "Tuesday's meeting"): the match ends at the noun. */
const ATTRIBUTIVE_DATE = /^(?:['’]s)?\s+(?:(?!(?:for|to|of|in|at|on|with|after|before|during|and|or|by|as|from|the|a|an)\s)[\p{Ll}-]+\s+)?(?:summit|meeting|talks|visit|call|deadline|vote|election|conference|session|statement|speech|address|announcement)\b/u;

const LOCATIVE = /\b(?:in|at)\s+$/i;

/** A date after "since", "than", "until", "before" or "by" bounds or compares; it does not date the event. */
const BOUND = /\b(?:since|than(?:\s+(?:in|on|at))?|until|till|before|by)\s+$/i;

interface Hit {
  trigger: Trigger;
  index: number;
  length: number;
}

function findHits(sentence: string): Hit[] {
  const hits: Hit[] = [];
  for (const trigger of TRIGGERS) {
    trigger.re.lastIndex = 0;
    const m = trigger.re.exec(sentence);
    if (m) hits.push({ trigger, index: m.index, length: m[0].length });
  }
  return hits;
}

/** Chooses up to two hits of different families; statements and nominal triggers only when nothing stronger matched. */
function chooseHits(hits: Hit[], sentence: string): Hit[] {
  // a question asks about a happening, it does not report one
  if (/\?[”"’']?\s*$/.test(sentence)) return [];
  const usable = hits.filter((h) => !unreal(h, sentence));
  const strong = usable.filter((h) => !h.trigger.weak && (h.trigger.type !== 'STATEMENT' || h.trigger.strong === true || h.trigger.mode === 'briefing'));
  const pool = strong.length > 0 ? strong : [...usable.filter((h) => !h.trigger.weak), ...usable.filter((h) => h.trigger.weak)];
  const chosen: Hit[] = [];
  const families = new Set<string>();
  for (const h of pool) {
    const fam = typeFamily(h.trigger.type);
    if (families.has(fam)) continue;
    families.add(fam);
    chosen.push(h);
    if (chosen.length === 2) break;
  }
  return chosen;
}

/**
 * Negated, denied, hypothetical, planned or questioned ("asked if he was cooperating", "unless …"): the trigger
 * does not report the happening. Statements are exempt (a denial is itself a statement); threats keep their own verb.
 */
function unreal(h: Hit, sentence: string): boolean {
  const before = sentence.slice(Math.max(0, h.index - 40), h.index);
  if (NEGATION.test(before)) return true;
  // the summit that was called off is not a summit that happened
  if (h.trigger.act !== 'cancel' && CANCELLED.test(before)) return true;
  // "Netanyahu called the agreement a mistake": a deal named as the object of another verb is not its making
  if (h.trigger.type === 'AGREE' && h.trigger.weak && OBJECT_OF_VERB.test(before)) return true;
  if (h.trigger.type === 'STATEMENT' || h.trigger.type === 'THREATEN') return false;
  return HYPOTHETICAL.test(before) || QUESTION.test(before) || TO_COME.test(sentence.slice(h.index + h.length));
}

const CANCELLED = /\b(?:call(?:ed|s|ing) off|cancel(?:l?ed|s|l?ing)?|scrapp(?:ed|ing)|scraps|pulled out of|postpon(?:ed|es|ing))\s+(?:[\w-]+\s+){0,4}$/i;
const OBJECT_OF_VERB = /\b(?!(?:reached|signed|sealed|struck|agreed|finalized|finalised|concluded|announced|clinched)\b)\p{L}+(?:ed|s)\s+(?:the|this|that|a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Clause boundaries: semicolons, and commas before a conjunction or subordinator (", days after …"). */
const CLAUSE_BREAK = /;\s+|,\s+(?=(?:and|but|while|whereas|when|after|before|although|though|going|which|until|(?:\w+\s+)?(?:hour|day|week|month|year)s?\s+(?:after|before))\b)/g;

/** Splits a sentence into clause spans (relative offsets). */
export function splitClauses(sentence: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: sentence.length });
  // a fronted subordinate clause ("after Mr. X ordered troops in, Y said …") ends at its first comma
  const split: Span[] = [];
  for (const c of out) {
    const text = sentence.slice(c.start, c.end);
    const comma = SUBORDINATE.test(text) ? text.indexOf(', ') : -1;
    if (comma > 0 && /\p{L}/u.test(text.slice(comma + 2))) {
      split.push({ start: c.start, end: c.start + comma });
      split.push({ start: c.start + comma + 2, end: c.end });
    } else split.push(c);
  }
  return split;
}

/** A clause opened by a temporal subordinator: its events happen at another time than the main clause's. */
const SUBORDINATE = /^(?:after|before|until|since|following)\b/i;

/** Text between two dates that repeats the event on a second date ("in late January and again on Monday"). */
const AND_AGAIN = /^[\s,]*and\s+(?:(?:again|then|later|also|just|once more)\s+)*(?:on|in|at)?\s*$/i;
/** Text between two dates where the second refines the first ("this week on Monday"). */
const REFINES = /^\s*(?:on|,)?\s*$/i;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Inputs of {@link detectMentions}. */
export interface MentionInputs {
  text: string;
  sentences: readonly Span[];
  boilerplate: readonly Span[];
  actors: readonly ActorMention[];
  timexes: readonly Timex[];
  sourceId?: string;
  /** Publication day (YYYY-MM-DD): a background fact (dated over a year before it) needs its date in its own clause. */
  published?: string;
}

/** A date ending more than this many days before publication is background, not the news. */
const BACKGROUND_DAYS = 365;

interface Dated {
  timex: Timex;
  index: number;
}

function narrower(a: Timex, b: Timex): Timex {
  const len = (t: Timex) => (t.range ? isoDayToMs(t.range.end) - isoDayToMs(t.range.start) : Infinity);
  return len(b) < len(a) ? b : a;
}

/** Detects event mentions, sentence by sentence (triggers and dates matched clause by clause). */
export function detectMentions(input: MentionInputs): Mention[] {
  const { text, sentences, boilerplate, actors, timexes } = input;
  const mentions: Mention[] = [];
  let a = 0;
  let t = 0;
  for (const s of sentences) {
    if (s.end - s.start > MAX_SENTENCE_LENGTH) continue;
    const sentence = text.slice(s.start, s.end);
    const clauses = splitClauses(sentence).map((c) => ({ ...c, hits: findHits(sentence.slice(c.start, c.end)).map((h) => ({ ...h, index: h.index + c.start })) }));
    if (clauses.every((c) => c.hits.length === 0)) continue;
    while (a < actors.length && (actors[a] as ActorMention).start < s.start) a++;
    const inSentence: ActorMention[] = [];
    for (let k = a; k < actors.length && (actors[k] as ActorMention).start < s.end; k++) inSentence.push(actors[k] as ActorMention);
    while (t < timexes.length && (timexes[t] as Timex).end <= s.start) t++;
    const dated: Dated[] = [];
    for (let k = t; k < timexes.length && (timexes[k] as Timex).start < s.end; k++) {
      const tx = timexes[k] as Timex;
      if (tx.start >= s.start && tx.end <= s.end && tx.range && (tx.type === 'DATE' || tx.type === 'TIME') && !isPublicationStamp(tx)) dated.push({ timex: tx, index: k });
    }
    // "<date>, when <clause>": the date belongs to the when-clause, even after "until"
    const whenDate = new Map<number, Dated>();
    for (const d of dated) {
      const rest = text.slice(d.timex.end, Math.min(s.end, d.timex.end + 8));
      const m = /^\s*,?\s*when\b/i.exec(rest);
      if (m) whenDate.set(d.timex.end + m[0].length - 4, d);
    }
    for (let k = dated.length - 1; k >= 0; k--) {
      const d = dated[k] as Dated;
      if (BOUND.test(text.slice(Math.max(s.start, d.timex.start - 12), d.timex.start))) dated.splice(k, 1);
      // "the planned June 12 summit": the date of something planned, not of the clause's happening
      else if (PLANNED_DATE.test(text.slice(Math.max(s.start, d.timex.start - 24), d.timex.start))) dated.splice(k, 1);
    }
    // "the June 12 summit", "Tuesday's meeting": a date modifying a noun dates that noun's trigger only
    const attributive = new Map<number, number>();
    for (const d of dated) {
      const m = ATTRIBUTIVE_DATE.exec(text.slice(d.timex.end, Math.min(s.end, d.timex.end + 30)));
      if (m) attributive.set(d.index, d.timex.end + m[0].length);
    }
    const boiler = inBoilerplate(boilerplate, s.start, s.end);
    const clauseOf = (pos: number) => clauses.findIndex((c) => pos - s.start >= c.start && pos - s.start < c.end);
    // a date written right after a nominal trigger ("the invasion last month") belongs to it alone
    const reserved = new Set<number>();
    for (const c of clauses) {
      for (const h of c.hits) {
        if (!h.trigger.weak) continue;
        // a nominal trigger inside a verbal one ("reached a deal on Tuesday") reserves nothing
        if (c.hits.some((o) => !o.trigger.weak && o.index <= h.index && o.index + o.length >= h.index + h.length)) continue;
        for (const d of dated) {
          const gap = d.timex.start - (s.start + h.index + h.length);
          if (gap >= 0 && gap <= 4) reserved.add(d.index);
        }
      }
    }
    const quotes = quotationSpans(text, s);
    const emitted = new Set<string>();
    const attribution = attributionStart(sentence);

    for (const clause of clauses) {
      for (const hit of chooseHits(clause.hits, sentence)) {
        const trigPos = s.start + hit.index;
        const ci = clauseOf(trigPos);
        const quoteOf = (pos: number) => quotes.findIndex((q) => pos >= q.start && pos < q.end);
        const free = (d: Dated) =>
          (!attributive.has(d.index) || Math.abs((attributive.get(d.index) as number) - (trigPos + hit.length)) <= 2) &&
          // a date inside a quotation dates only what is said inside it
          (quoteOf(d.timex.start) < 0 || quoteOf(d.timex.start) === quoteOf(trigPos));
        const own = dated.filter((d) => clauseOf(d.timex.start) === ci && (hit.trigger.weak || !reserved.has(d.index)) && free(d));
        const fallback = dated.filter((d) => !reserved.has(d.index) && (clauses[clauseOf(d.timex.start)]?.hits.length ?? 0) === 0 && free(d));
        const when = whenDate.get(s.start + clause.start);
        // a trigger in an "after …"/"before …" clause never borrows the main clause's date
        const subordinate = SUBORDINATE.test(sentence.slice(clause.start, clause.end));
        let pool = when ? [when] : own.length > 0 ? own : subordinate ? [] : fallback;
        // background ("…; the last ones came in 2014"): an old date in a later clause dates that clause only;
        // a fronted one ("In 2015, after the truce collapsed, X met Y") still dates the sentence
        if (pool === fallback && input.published) pool = pool.filter((d) => d.timex.end <= s.start + clause.start || !isBackground(d.timex, input.published as string));
        // a nominal trigger ("the invasion") only takes a date written right next to it
        if (hit.trigger.weak) pool = pool.filter((d) => !(d.timex.start > trigPos + hit.length + 40 || d.timex.end < trigPos - 20));
        let best: Dated | null = null;
        let bestDist = Infinity;
        for (const d of pool) {
          const dist = d.timex.start >= trigPos ? d.timex.start - trigPos : (trigPos - d.timex.end) * 1.5;
          if (dist < bestDist) {
            bestDist = dist;
            best = d;
          }
        }
        // repeated happenings: "in late January and again on Monday"
        const dates: (Dated | null)[] = [best];
        if (best) {
          let prev = best.timex;
          let current: Dated = best;
          for (const d of dated) {
            if (d.timex.start < prev.end) continue;
            if (clauseOf(d.timex.start) !== clauseOf(best.timex.start)) break;
            const gap = text.slice(prev.end, d.timex.start);
            if (AND_AGAIN.test(gap)) {
              current = d;
              dates.push(d);
            } else if (REFINES.test(gap)) {
              const refined = narrower(current.timex, d.timex) === d.timex ? d : current;
              dates[dates.length - 1] = refined;
              current = refined;
            } else break;
            prev = d.timex;
          }
        }
        for (const date of dates) {
          const key = `${hit.trigger.type}|${date?.index ?? 'none'}`;
          if (emitted.has(key)) continue;
          emitted.add(key);
          // a clause opened by "and"/"but" without a subject of its own shares the one of the clause before it
          const ci0 = clauses.indexOf(clause);
          // actors of a trailing attribution (", White House officials said at the time") report the event, they are not in it
          const cut = attribution !== null && trigPos < s.start + attribution ? s.start + attribution : s.end;
          const participants = inSentence.filter((am) => am.start < cut);
          const elided = !participants.some((a) => (a.actorId || a.kind === 'person') && a.start >= s.start + clause.start && a.start < trigPos);
          // … and a relative clause in between (", which is …,") is not where that subject stands
          let back = ci0 - 1;
          while (back > 0 && RELATIVE.test(sentence.slice((clauses[back] as Span).start, (clauses[back] as Span).end))) back--;
          const from = ci0 > 0 && elided && /^(?:and|but)\b/i.test(sentence.slice(clause.start, clause.start + 4)) ? (clauses[back] as Span).start : clause.start;
          mentions.push(buildMention(input, s, sentence, hit, trigPos, date, clauseActors(participants, s.start + from, Math.min(cut, s.start + clause.end)), boiler));
        }
      }
    }
  }
  return mentions;
}

function isBackground(t: Timex, published: string): boolean {
  return !!t.range && (isoDayToMs(published) - isoDayToMs(t.range.end)) / DAY_MS > BACKGROUND_DAYS;
}

/** Nouns of blame: their accuser is the speaker of the sentence, not the subject of their own clause. */
const BLAME_NOUN = /^(?:culprit|accusations?)$/i;
const SPEECH_VERB = /\b(?:said|says|told|stated|declared|insisted|argued|claimed|added)\b/gi;

/** Offset of the last speech verb in `head`, or -1. */
function lastSpeechVerb(head: string): number {
  let at = -1;
  SPEECH_VERB.lastIndex = 0;
  for (let m = SPEECH_VERB.exec(head); m; m = SPEECH_VERB.exec(head)) at = m.index;
  return at;
}

/** A relative clause ("which is at its lowest point"): it has no subject of the main clause. */
const RELATIVE = /^(?:which|who|whom|whose|where)\b/i;

/** A trailing attribution after the last comma: ", White House officials said at the time." / ", according to X." */
const ATTRIBUTION_TAIL =
  /^\s*(?:(?:[\p{L}\p{N}.’'-]+\s+){1,8}(?:said|says|told\s+(?:reporters|journalists|[\p{L}]+)|added|noted|reported|wrote|confirmed)\b[^,;“”"]{0,40}|(?:said|says|added)\s[^,;“”"]{0,80}|according\s+to\s[^;“”"]{0,120})[.”"]*\s*$/u;

/** Offset (in the sentence) where a trailing attribution starts, or null. */
export function attributionStart(sentence: string): number | null {
  const comma = sentence.lastIndexOf(',');
  if (comma < 0) return null;
  return ATTRIBUTION_TAIL.test(sentence.slice(comma + 1)) ? comma : null;
}

/** The actors of a clause when it names any, else those of the whole sentence. */
function clauseActors(inSentence: ActorMention[], start: number, end: number): ActorMention[] {
  const own = inSentence.filter((a) => a.start >= start && a.start < end && (a.actorId || a.kind === 'person'));
  return own.length > 0 ? inSentence.filter((a) => a.start >= start && a.start < end) : inSentence;
}

/** An actor mention's id: the gazetteer's, else the `person:<slug>` minted for a person outside it. */
const idOf = (a: ActorMention): string | undefined => a.actorId ?? a.personId;

/** Words that open an embedded clause (complementizers, speech verbs: "X said Y attacked Z"): its subject, not the sentence's, is the agent of a later verb. */
const COMPLEMENTIZER = /\b(?:that|showing|saying|telling|who|which|whom|because|after|before|when|while|if|whether|as|said|says|told|claimed|insisted|argued)\b/gi;

/**
 * The initiator: the first known actor before the trigger (after the last complementizer, "showing Beijing
 * had shared") that is not the object of a preposition; a person is preferred over a body or state. For a
 * speech verb ("said") it is the nearest such actor instead.
 */
function findInitiator(text: string, s: Span, trigPos: number, inSentence: ActorMention[], speech: boolean): string | undefined {
  let from = s.start;
  const head = text.slice(s.start, trigPos);
  COMPLEMENTIZER.lastIndex = 0;
  for (let m = COMPLEMENTIZER.exec(head); m; m = COMPLEMENTIZER.exec(head)) {
    const pos = s.start + m.index + m[0].length;
    if (inSentence.some((a) => idOf(a) && a.start >= pos && a.start < trigPos)) from = pos;
  }
  const cands = inSentence.filter(
    (a) => idOf(a) && a.start >= from && a.start < trigPos && !OBJECT_MARKER.test(text.slice(Math.max(s.start, a.start - 12), a.start)),
  );
  // a speech verb's subject stands right before it ("…, US envoy Wendy Sherman said")
  if (speech) {
    const last = cands[cands.length - 1];
    const person = [...cands].reverse().find((a) => a.kind === 'person' && last && last.start - a.end < 40);
    const pick = person ?? last;
    return pick ? idOf(pick) : undefined;
  }
  const pick = cands.find((a) => a.kind === 'person') ?? cands[0];
  return pick ? idOf(pick) : undefined;
}

function buildMention(input: MentionInputs, s: Span, sentence: string, hit: Hit, trigPos: number, best: Dated | null, inSentence: ActorMention[], boiler: boolean): Mention {
  const { text } = input;
  const names: string[] = [];
  const ids: string[] = [];
  const countries: string[] = [];
  const force = typeFamily(hit.trigger.type) === 'force';
  for (const am of inSentence) {
    // "talks in Vienna": a state named as the place is where it happened, not who took part
    if (!force && (am.kind === 'state' || am.kind === 'country') && LOCATIVE.test(text.slice(Math.max(0, am.start - 4), am.start))) continue;
    if (!names.includes(am.name) && (am.actorId || am.kind === 'person')) names.push(am.name);
    const id = idOf(am);
    if (id && !ids.includes(id)) ids.push(id);
    if (am.country && !countries.includes(am.country)) countries.push(am.country);
  }
  // a predicate noun of blame inside reported speech ("X said … the United States was the culprit"): X accuses
  const word = sentence.slice(hit.index, hit.index + hit.length);
  const speechVerb = BLAME_NOUN.test(word) ? lastSpeechVerb(sentence.slice(0, hit.index)) : -1;
  const initiator =
    speechVerb >= 0
      ? findInitiator(text, s, s.start + speechVerb, inSentence, true)
      : findInitiator(text, s, trigPos, inSentence, hit.trigger.type === 'STATEMENT' && hit.trigger.mode === 'verbal' && !hit.trigger.strong);
  const before = sentence.slice(Math.max(0, hit.index - 40), hit.index);
  let confidence = hit.trigger.type === 'STATEMENT' ? 0.3 : 0.4;
  if (hit.trigger.weak) confidence -= 0.15;
  if (best) confidence += 0.25;
  if (names.length >= 1) confidence += 0.1;
  if (names.length >= 2) confidence += 0.1;
  if (initiator) confidence += 0.05;
  if (HYPOTHETICAL.test(before)) confidence -= 0.2;
  if (QUESTION.test(before)) confidence = Math.min(confidence, 0.4);
  const background = !!best?.timex.range && !!input.published && isBackground(best.timex, input.published);
  if (boiler) confidence = Math.min(confidence, 0.2);
  confidence = Math.max(0.05, Math.min(0.95, confidence));
  const mention: Mention = {
    start: s.start,
    end: s.end,
    text: sentence,
    timex: best ? best.index : null,
    date: best && best.timex.range ? { start: best.timex.range.start, end: best.timex.range.end, precision: best.timex.precision ?? 'day' } : null,
    actors: names,
    actorIds: ids,
    countries,
    type: hit.trigger.type as EventType,
    confidence: round(confidence),
    boilerplate: boiler,
  };
  if (hit.trigger.mode) mention.mode = hit.trigger.mode as EventMode;
  if (initiator) mention.initiator = initiator;
  if (input.sourceId) mention.source = input.sourceId;
  if (background) mention.background = true;
  if (hit.trigger.act) mention.act = hit.trigger.act;
  const after = sentence.slice(hit.index + hit.length);
  const named = new RegExp(`\\b${OBJECT_HEAD}\\b`, 'i').exec(word)?.[0];
  const object = named ? (OBJECT_BEFORE.exec(sentence.slice(0, hit.index))?.[1] ?? '') + named.toLowerCase() : objectAfter(after);
  if (object) mention.object = object;
  const place = placeAfter(after);
  if (place) mention.place = place;
  const topic = topicOf(inSentence, text, trigPos);
  if (topic) mention.topic = topic;
  return mention;
}

/** Head nouns of what a trigger acts on. */
const OBJECT_HEAD = String.raw`(?:summit|meeting|talks|visit|trip|negotiations|deal|agreement|accord|plan|proposal|resolution|statement|sanctions|treaty|framework|ceasefire|truce)`;
/** A modifier written before a nominal trigger ("the nuclear deal" → "nuclear "). */
const OBJECT_BEFORE = /\b(?:the|a|an)\s+((?:nuclear|peace|trade|security|climate|arms|ceasefire|grain|border|Singapore|Geneva|Paris|Vienna)\s+)$/i;
/** "called off the planned June 12 summit in Singapore" → "summit" (+ "in Singapore"); "endorsed the nuclear deal" → "nuclear deal". */
const OBJECT_AFTER = new RegExp(
  String.raw`^\s+(?:the|a|an|its|his|her|their|this|that)\s+(?:(?:long-)?planned\s+|proposed\s+|upcoming\s+|scheduled\s+)?(?:\p{Lu}\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+)?((?:[\p{L}-]+\s+){0,2}?${OBJECT_HEAD})\b(?:\s+in\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))?`,
  'u',
);

/** What the trigger acts on, as written; a place right after it names it ("summit in Singapore" → "Singapore summit"). */
function objectAfter(after: string): string | undefined {
  const m = OBJECT_AFTER.exec(after);
  if (!m) return undefined;
  const head = (m[1] as string).replace(/^(?:planned|proposed|upcoming|scheduled)\s+/i, '');
  return m[2] && !head.includes(m[2]) ? `${m[2]} ${head}` : head;
}

const NOT_A_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Their|Its|This|That|Washington's|Beijing's)$/;
/** "in New York", "in Vienna": where it happened, when written right after the trigger (within 60 characters). */
function placeAfter(after: string): string | undefined {
  const m = /^[^.;,]{0,60}?\bin\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(after);
  if (!m) return undefined;
  const place = m[1] as string;
  return NOT_A_PLACE.test(place.split(' ')[0] as string) ? undefined : place;
}

/** A state the happening is about ("talks on Ukraine", "a call about Taiwan"). */
function topicOf(inSentence: readonly ActorMention[], text: string, trigPos: number): string | undefined {
  const hit = inSentence.find((a) => a.start > trigPos && a.start - trigPos < 80 && (a.kind === 'state' || a.kind === 'country') && /\b(?:on|over|about|regarding)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 12), a.start)));
  return hit?.name;
}

/** Spans (absolute offsets) of quotations in a sentence: “…” or "…". */
function quotationSpans(text: string, s: Span): Span[] {
  const out: Span[] = [];
  const re = /[“"]([^“”"]{2,})[”"]/g;
  const sentence = text.slice(s.start, s.end);
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  return out;
}
