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

/** Sentences longer than this are not prose (tables, dumps) and yield no mentions. */
export const MAX_SENTENCE_LENGTH = 3000;

const NEGATION = /\b(?:not|never|no|n't|neither|nor|without)\s+(?:\w+\s+){0,1}$/i;
const HYPOTHETICAL = /\b(?:would|could|might|may|will|shall|should|plans? to|planned to|aims? to|threatened to|to try to|tried to|trying to)\s+(?:\w+\s+){0,2}$/i;
/**
 * An embedded question or a condition ("was asked if he was cooperating", "whether they would meet",
 * "unless Moscow withdraws"): the trigger asks about or supposes a happening, it does not report one.
 * Such mentions stay below the merge threshold.
 */
const QUESTION = /\b(?:if|whether|unless)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;

/** A preposition right before an actor marks it as an object, not the initiator ("spoke with Scholz"). */
const OBJECT_MARKER = /\b(?:with|to|by|of|from|at|in|on|for|against|between|among|toward|towards|into|about)\s+(?:the\s+)?$/i;

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
  const usable = hits.filter((h) => !NEGATION.test(sentence.slice(Math.max(0, h.index - 30), h.index)));
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

/** Clause boundaries: semicolons, and commas before a conjunction or subordinator (", days after …"). */
const CLAUSE_BREAK = /;\s+|,\s+(?=(?:and|but|while|whereas|when|after|before|although|though|going|which|until|(?:\w+\s+)?(?:hours|days|weeks|months|years)\s+(?:after|before))\b)/g;

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
  const len = (t: Timex) => (t.range ? Date.parse(t.range.end) - Date.parse(t.range.start) : Infinity);
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
      if (tx.start >= s.start && tx.end <= s.end && tx.range && (tx.type === 'DATE' || tx.type === 'TIME')) dated.push({ timex: tx, index: k });
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
    }
    const boiler = inBoilerplate(boilerplate, s.start, s.end);
    const clauseOf = (pos: number) => clauses.findIndex((c) => pos - s.start >= c.start && pos - s.start < c.end);
    // a date written right after a nominal trigger ("the invasion last month") belongs to it alone
    const reserved = new Set<number>();
    for (const c of clauses) {
      for (const h of c.hits) {
        if (!h.trigger.weak) continue;
        for (const d of dated) {
          const gap = d.timex.start - (s.start + h.index + h.length);
          if (gap >= 0 && gap <= 4) reserved.add(d.index);
        }
      }
    }
    const emitted = new Set<string>();
    const attribution = attributionStart(sentence);

    for (const clause of clauses) {
      for (const hit of chooseHits(clause.hits, sentence)) {
        const trigPos = s.start + hit.index;
        const ci = clauseOf(trigPos);
        const own = dated.filter((d) => clauseOf(d.timex.start) === ci && (hit.trigger.weak || !reserved.has(d.index)));
        const fallback = dated.filter((d) => !reserved.has(d.index) && (clauses[clauseOf(d.timex.start)]?.hits.length ?? 0) === 0);
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
  return !!t.range && (Date.parse(published) - Date.parse(t.range.end)) / 86_400_000 > BACKGROUND_DAYS;
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
    if (inSentence.some((a) => a.actorId && a.start >= pos && a.start < trigPos)) from = pos;
  }
  const cands = inSentence.filter(
    (a) => a.actorId && a.start >= from && a.start < trigPos && !OBJECT_MARKER.test(text.slice(Math.max(s.start, a.start - 12), a.start)),
  );
  // a speech verb's subject stands right before it ("…, US envoy Wendy Sherman said")
  if (speech) {
    const last = cands[cands.length - 1];
    const person = [...cands].reverse().find((a) => a.kind === 'person' && last && last.start - a.end < 40);
    return (person ?? last)?.actorId ?? undefined;
  }
  return (cands.find((a) => a.kind === 'person') ?? cands[0])?.actorId ?? undefined;
}

function buildMention(input: MentionInputs, s: Span, sentence: string, hit: Hit, trigPos: number, best: Dated | null, inSentence: ActorMention[], boiler: boolean): Mention {
  const { text } = input;
  const names: string[] = [];
  const ids: string[] = [];
  const countries: string[] = [];
  for (const am of inSentence) {
    if (!names.includes(am.name) && (am.actorId || am.kind === 'person')) names.push(am.name);
    if (am.actorId && !ids.includes(am.actorId)) ids.push(am.actorId);
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
  return mention;
}
