/**
 * Event mention detection: each sentence with a trigger becomes a mention (at most two per sentence,
 * of different type families; a reporting verb only counts when nothing else does).
 *
 * - Date: the timex inside the sentence nearest the trigger; none → null (the publication date is never
 *   attached blindly).
 * - Actors: every actor recognised in the sentence; the initiator is the nearest known actor before the trigger
 *   that is not the object of a preposition ("spoke with X").
 * - Negated triggers ("did not meet") are skipped; hypothetical ones ("would impose") lose confidence.
 * - Confidence grows with a strong trigger, a date and two or more actors.
 */
import type { EventMode, EventType, Span } from '../../lib/model/types';
import type { Mention, Timex } from '../types';
import type { ActorMention } from '../actors/recognizeActors';
import { inBoilerplate } from '../boilerplate';
import { TRIGGERS, typeFamily, type Trigger } from './triggers';

/** Sentences longer than this are not prose (tables, dumps) and yield no mentions. */
export const MAX_SENTENCE_LENGTH = 3000;

const NEGATION = /\b(?:not|never|no|n't|neither|nor|without)\s+(?:\w+\s+){0,1}$/i;
const HYPOTHETICAL = /\b(?:would|could|might|may|will|shall|should|plans? to|planned to|aims? to|threatened to|if|unless|whether|to try to|tried to|trying to)\s+(?:\w+\s+){0,2}$/i;

/** A preposition right before an actor marks it as an object, not the initiator ("spoke with Scholz"). */
const OBJECT_MARKER = /\b(?:with|to|by|of|from|at|in|on|for|against|between|among|toward|towards|into|about)\s+(?:the\s+)?$/i;

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

/** Chooses up to two hits of different families; statements only when nothing else matched. */
function chooseHits(hits: Hit[], sentence: string): Hit[] {
  const usable = hits.filter((h) => !NEGATION.test(sentence.slice(Math.max(0, h.index - 30), h.index)));
  const strong = usable.filter((h) => h.trigger.type !== 'STATEMENT');
  const pool = strong.length > 0 ? strong : usable;
  const chosen: Hit[] = [];
  const families = new Set<string>();
  for (const h of pool) {
    const fam = typeFamily(h.trigger.type);
    if (families.has(fam)) continue;
    if (h.trigger.weak && chosen.length > 0) continue;
    families.add(fam);
    chosen.push(h);
    if (chosen.length === 2) break;
  }
  return chosen;
}

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
}

/** Detects event mentions, sentence by sentence. */
export function detectMentions(input: MentionInputs): Mention[] {
  const { text, sentences, boilerplate, actors, timexes } = input;
  const mentions: Mention[] = [];
  let a = 0;
  let t = 0;
  for (const s of sentences) {
    if (s.end - s.start > MAX_SENTENCE_LENGTH) continue;
    const sentence = text.slice(s.start, s.end);
    const hits = findHits(sentence);
    if (hits.length === 0) continue;
    while (a < actors.length && (actors[a] as ActorMention).start < s.start) a++;
    const inSentence: ActorMention[] = [];
    for (let k = a; k < actors.length && (actors[k] as ActorMention).start < s.end; k++) inSentence.push(actors[k] as ActorMention);
    while (t < timexes.length && (timexes[t] as Timex).end <= s.start) t++;
    const dated: { timex: Timex; index: number }[] = [];
    for (let k = t; k < timexes.length && (timexes[k] as Timex).start < s.end; k++) {
      const tx = timexes[k] as Timex;
      if (tx.start >= s.start && tx.end <= s.end && tx.range && (tx.type === 'DATE' || tx.type === 'TIME')) dated.push({ timex: tx, index: k });
    }
    const boiler = inBoilerplate(boilerplate, s.start, s.end);

    for (const hit of chooseHits(hits, sentence)) {
      const trigPos = s.start + hit.index;
      // nearest timex to the trigger, preferring one in the same clause
      let best: { timex: Timex; index: number } | null = null;
      let bestDist = Infinity;
      for (const d of dated) {
        // a nominal trigger ("the invasion") only takes a date written right next to it
        if (hit.trigger.weak && (d.timex.start > trigPos + hit.length + 40 || d.timex.end < trigPos - 20)) continue;
        const dist = d.timex.start >= trigPos ? d.timex.start - trigPos : (trigPos - d.timex.end) * 1.5;
        if (dist < bestDist) {
          bestDist = dist;
          best = d;
        }
      }
      const names: string[] = [];
      const ids: string[] = [];
      const countries: string[] = [];
      let initiator: string | undefined;
      for (const am of inSentence) {
        if (!names.includes(am.name) && (am.actorId || am.kind === 'person')) names.push(am.name);
        if (am.actorId && !ids.includes(am.actorId)) ids.push(am.actorId);
        if (am.country && !countries.includes(am.country)) countries.push(am.country);
        if (am.actorId && am.start < trigPos && !OBJECT_MARKER.test(text.slice(Math.max(s.start, am.start - 12), am.start))) initiator = am.actorId;
      }
      const before = sentence.slice(Math.max(0, hit.index - 40), hit.index);
      let confidence = hit.trigger.type === 'STATEMENT' ? 0.3 : 0.4;
      if (hit.trigger.weak) confidence -= 0.15;
      if (best) confidence += 0.25;
      if (names.length >= 1) confidence += 0.1;
      if (names.length >= 2) confidence += 0.1;
      if (initiator) confidence += 0.05;
      if (HYPOTHETICAL.test(before)) confidence -= 0.2;
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
      mentions.push(mention);
    }
  }
  return mentions;
}
