/** Tense of the clause around a temporal expression: news narrates the `past` unless it says otherwise. */
export type Tense = 'past' | 'future';

// Future: modal "will", "will be held", future-in-the-past "was to" ("inspectors were to begin work on Sunday"), reported "would" (not "would have"), "could be" (not "could not"), "is to", "is expected/scheduled/set to", "plans to", "upcoming", "next". "plans to" after a determiner or
// possessive ("Moscow's plans to invade") is a noun, not a tense marker.
const FUTURE_RE =
  /\b(?:will|won['’]t|shall|would(?!\s+(?:not\s+)?have\b)|could(?!\s+(?:not|have)\b)|(?:is|are|am)\s+(?:to|going\s+to|due(?:\s+to)?|set\s+(?:to|for)|scheduled|slated|expected(?:\s+to)?|planned|planning\s+to|poised\s+to|likely\s+to|about\s+to|preparing\s+to)|(?<!(?:['’]s|\bthe|\bits|\bhis|\bher|\btheir|\bour|\bmy|\byour|\bof|\bhas|\bhave|\bhad|\bwith)\s+)(?:plans?|intends?|hopes?|aims?|expects?|wants?)\s+to|to\s+be\s+held|(?:was|were)\s+(?:to|due\s+to)(?=\s+[a-z])|must|should|(?:has|have|had)\s+(?:until|till)|(?:has|have|need|needs)\s+to|scheduled\s+(?:for|to)|set\s+(?:for|to)(?=\s+[a-z])|upcoming|forthcoming|next(?!\s+to\b)|tomorrow|(?:was|were)\s+planning\s+to)\b(?:\s+(?:not|be|been|have|being)\b){0,2}(?:\s+[a-z]+ed\b|\s+(?:held|met|made|done|seen|given|taken|sent|signed|built|kept|paid|sold|brought|set|begun|shown|known|told|said|led|won|lost)\b)?|['’]ll\b/gi;

/**
 * A finite past verb with a to-infinitive complement ("agreed to meet", "decided to impose"): the
 * complement points forward, but only for a date written after it ("agreed to meet again on July 3").
 * A date before it ("On March 1, the two leaders agreed to meet again") dates the finite verb, which is past.
 * "agreed to" + a noun phrase ("agreed to a plan") is not an infinitive.
 */
const FORWARD_RE =
  /\b(?:agreed|decided|pledged|promised|vowed|planned|intended|offered|threatened|resolved|prepared|arranged)\s+to(?!\s+(?:a|an|the|this|that|these|those|his|her|their|its|our|my|[A-Z0-9])\b)/gi;

/** Lower-case "may"/"might" point forward ("talks may resume in May"); capitalised "May" is the month. */
const MODAL_RE = /\b(?:may|might)\b(?!\s+(?:not\s+)?have\b)(?:\s+(?:not|be)\b)?/g;

/** Present progressive used for arrangements ("is travelling to Kyiv on Monday"). */
const PROGRESSIVE_RE = /\b(?:is|are|am)\s+(?!being\b)[a-z]{2,}ing\b/gi;
/**
 * Weak future: a headline infinitive ("to visit") or a present-tense verb of schedule ("the truce
 * expires on Friday"), used only when no other marker is in reach.
 */
const WEAK_FUTURE_RE =
  /\bto\s+(?:meet|visit|travel|hold|host|attend|sign|speak|address|announce|unveil|vote|testify|begin|start|resume|open|launch|head|fly|return|arrive|join|talk|decide|rule|release)\b|\b(?:begins?|starts|ends|expires?|opens|closes|lasts|resumes?|reconvenes?|convenes?|returns?|takes?\s+(?:effect|place|office)|runs?\s+(?:until|through|to))\b/gi;

const IRREGULAR_PAST = [
  'was', 'were', 'had', 'did', 'met', 'said', 'told', 'spoke', 'went', 'came', 'took', 'gave', 'made', 'saw', 'held',
  'sent', 'left', 'began', 'wrote', 'flew', 'led', 'rang', 'sought', 'brought', 'thought', 'knew', 'got', 'found',
  'fought', 'struck', 'won', 'lost', 'paid', 'ran', 'rose', 'fell', 'broke', 'chose', 'drew', 'drove', 'meant', 'sold',
  'shook', 'stood', 'swore', 'taught', 'threw', 'understood', 'woke', 'withdrew', 'ago', 'yesterday', 'last',
  'earlier', 'became', 'heard', 'kept', 'felt', 'bought', 'built', 'spent', 'hit', 'shot', 'hung', 'dealt',
  'forgot',
];
const PAST_RE = new RegExp(
  `\\b(?:${IRREGULAR_PAST.join('|')}|(?:has|have)\\s+(?!(?:to|a|an|the|no|not|until|till|through|only|yet|some|any|its|their|his|her|our|my|your|one|two|three)\\b)[a-z]+|[a-z]{2,}ed)\\b`,
  'gi',
);
const NOT_PAST = new Set([
  'united', 'hundred', 'need', 'indeed', 'speed', 'seed', 'feed', 'proceed', 'succeed', 'exceed', 'breed', 'greed',
  'weed', 'deed', 'heed', 'armed', 'based', 'naked', 'wicked', 'sacred', 'kindred', 'embed', 'shed', 'closed',
]);
/** Speech verbs: an attribution after the expression ("…on Friday, officials said") does not set its tense. */
const SPEECH = new Set(['said', 'told', 'added', 'announced', 'reported', 'stated', 'noted', 'wrote']);

/** Conjunctions that open a new clause ("returned on Sunday and plans to leave on Friday"). */
const CONJUNCTION_RE = /\b(?:and|but|while|whereas|although|though|because|before|after|when|as|then)\b/gi;

/** Characters of distance added per clause boundary (comma, semicolon, dash, quote, conjunction) crossed. */
const CLAUSE_PENALTY = 40;

/** A tense-bearing word or phrase found in the text. */
export interface Marker {
  start: number;
  end: number;
  tense: Tense;
  speech: boolean;
  /** Used only when no other marker is in reach (headline infinitives: "Biden to visit Warsaw on Monday"). */
  weak?: boolean;
  /** Governs only expressions after it (a to-infinitive complement of a finite verb: "agreed to meet"). */
  forward?: boolean;
}

function collect(re: RegExp, text: string, tense: Tense, out: Marker[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (tense === 'past' && NOT_PAST.has(m[0].toLowerCase())) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tense, speech: SPEECH.has(m[0].toLowerCase()) });
  }
}

/** Tense markers of a whole text, computed once, sorted by start; with clause-boundary counts. */
export interface TenseMarkers {
  markers: Marker[];
  /** `boundaries[i]` = clause boundaries (comma, semicolon, dash, quote…) in `text[0, i)`. */
  boundaries: Int32Array;
}

/** Scans `text` once for tense markers (linear in its length). */
export function findTenseMarkers(text: string): TenseMarkers {
  const futures: Marker[] = [];
  collect(FUTURE_RE, text, 'future', futures);
  collect(MODAL_RE, text, 'future', futures);
  collect(PROGRESSIVE_RE, text, 'future', futures);
  const weak: Marker[] = [];
  collect(WEAK_FUTURE_RE, text, 'future', weak);
  for (const w of weak) futures.push({ ...w, weak: true });
  futures.sort((a, b) => a.start - b.start);
  const forward: Marker[] = [];
  collect(FORWARD_RE, text, 'future', forward);
  const pasts: Marker[] = [];
  collect(PAST_RE, text, 'past', pasts);
  // drop past forms inside a future phrase ("will be held", "is expected to")
  let fi = 0;
  const kept = pasts.filter((mk) => {
    while (fi < futures.length && (futures[fi]?.end ?? 0) <= mk.start) fi++;
    const f = futures[fi];
    return !(f && f.start <= mk.start && mk.end <= f.end);
  });
  const isBoundary = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013) isBoundary[i] = 1;
  }
  // coordinating and subordinating conjunctions start a new clause too
  CONJUNCTION_RE.lastIndex = 0;
  for (let m = CONJUNCTION_RE.exec(text); m !== null; m = CONJUNCTION_RE.exec(text)) isBoundary[m.index] = 1;
  const boundaries = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) boundaries[i + 1] = (boundaries[i] ?? 0) + (isBoundary[i] ?? 0);
  // a regular "-ed" form after a future marker in the same clause is a participle or an adjective of that
  // clause ("will redeem 9.5 million preferred shares on Oct. 31"), and one after a determiner is an adjective
  // ("the planned visit"): neither makes the clause past
  let fj = 0;
  const finite = kept.filter((mk) => {
    const word = text.slice(mk.start, mk.end);
    if (!/^[a-z]{2,}ed$/i.test(word)) return true;
    if (/\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+$/i.test(text.slice(Math.max(0, mk.start - 8), mk.start))) return false;
    while (fj + 1 < futures.length && (futures[fj + 1]?.end ?? Infinity) <= mk.start) fj++;
    const f = futures[fj];
    if (!f || f.weak || f.end > mk.start) return true;
    return (boundaries[mk.start] ?? 0) - (boundaries[f.end] ?? 0) > 0 || mk.start - f.end > 80;
  });
  // the finite verb of "agreed to meet" stays a past marker: it dates expressions before it
  const markers = futures.concat(finite, forward.map((f) => ({ ...f, forward: true }))).sort((a, b) => a.start - b.start);
  return { markers, boundaries };
}

function lowerBound(markers: Marker[], pos: number): number {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((markers[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Tense of the expression at `[at, atEnd)` using only markers inside `[from, to)` (its sentence,
 * clipped to a window). See {@link detectTense} for the rule.
 */
export function tenseAt(tm: TenseMarkers, from: number, to: number, at: number, atEnd: number): Tense {
  const { markers, boundaries } = tm;
  const usable: Marker[] = [];
  for (let i = lowerBound(markers, from); i < markers.length; i++) {
    const mk = markers[i];
    if (!mk || mk.start >= to) break;
    if (mk.end > to) continue;
    if (mk.end > at && mk.start < atEnd) continue; // inside the expression
    if (mk.forward && mk.start >= atEnd) continue; // "On March 1, they agreed to meet": the finite verb decides
    usable.push(mk);
  }
  // reported speech: after "…on Friday, the ministry said", what follows the speech verb is the reported
  // clause ("it will impose …"); its markers do not date an expression before the speech verb
  const speechAfter = usable.find((mk) => mk.speech && mk.start >= atEnd);
  if (speechAfter) {
    for (let i = usable.length - 1; i >= 0; i--) if ((usable[i]?.start ?? 0) >= speechAfter.end) usable.splice(i, 1);
  }
  const strong = usable.filter((mk) => !mk.weak);
  const main = strong.filter((mk) => !(mk.speech && mk.start >= atEnd));
  const pool = main.length > 0 ? main : strong.length > 0 ? strong : usable;
  const crossings = (a: number, b: number): number => (boundaries[b] ?? 0) - (boundaries[a] ?? 0);
  let best: Marker | null = null;
  let bestDistance = Infinity;
  for (const mk of pool) {
    const distance = mk.end <= at
      ? at - mk.end + CLAUSE_PENALTY * crossings(mk.end, at)
      : mk.start - atEnd + CLAUSE_PENALTY * crossings(atEnd, mk.start);
    if (distance < bestDistance || (distance === bestDistance && mk.tense === 'past')) {
      best = mk;
      bestDistance = distance;
    }
  }
  return best?.tense ?? 'past';
}

/**
 * Decides the tense governing a temporal expression at `[at, atEnd)` of `sentence`: the tense
 * marker nearest to the expression wins (markers inside the expression are ignored; each clause
 * boundary crossed adds distance; a speech verb after the expression — "…, officials said" — counts
 * only when there is no other marker); past participles inside a future phrase ("will be held",
 * "is expected to") count as future. Without any marker the sentence is taken as past, since news
 * narrates the past.
 */
export function detectTense(sentence: string, at = 0, atEnd = at): Tense {
  if (sentence.length === 0) return 'past';
  return tenseAt(findTenseMarkers(sentence), 0, sentence.length, at, atEnd);
}
