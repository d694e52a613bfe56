/**
 * Scoring of the blind set (pure functions; `npm run eval` feeds them, tests/scripts cover them).
 *
 * Matching rules (documented in docs/blind-set.md):
 * - Date expressions: a gold expression is matched, one to one in text order, to the first unused
 *   predicted timex whose span overlaps it. It is right when the predicted day range equals the gold
 *   range exactly; its value is right when the TIMEX3 value strings are equal.
 * - Events: a parsed event matches a real (gold) event when
 *   1. their dates overlap, the gold range widened to its precision (a `month` event covers its month,
 *      a `year` event its year);
 *   2. they share a participant: a gold participant is named by the parsed event (see
 *      {@link namesParticipant});
 *   3. their types are compatible: the same PLOVER family ({@link typeFamily}), STATEMENT counting as
 *      either verbal family, or a type the gold lists in `alsoTypes`. OTHER is compatible with nothing.
 * - A real event is found when a parsed event matches it AND cites one of the passages the gold lists
 *   for it (a parsed event about another passage that happens to share date, type and a participant
 *   does not find it).
 * - A parsed event "matches no real event" when rules 1–3 hold for no real event (no citation needed:
 *   an event about a real happening, cited from a passage the gold did not list, is not junk).
 * - A real event told by several reports is merged into one when the matching parsed events that cite
 *   its passages cite them in at least two reports, and one of those events cites it in all of them.
 * - A dated mention carries all its participants when the dated, non-boilerplate predicted mention that
 *   overlaps a gold passage and names most of its gold participants names every one of them.
 */
import type { EventType, IsoDate, Precision } from '../../src/lib/model/types';
import { daysInMonth } from '../../src/lib/model/calendar';
import type { GoldDate, GoldEvent, GoldMention, GoldParticipant, Placed } from './blindGold';

/** x of y. */
export interface Counted {
  right: number;
  total: number;
}

const overlaps = (a: Placed, b: Placed) => a.start < b.end && b.start < a.end;
const counted = (): Counted => ({ right: 0, total: 0 });
export const addCounted = (a: Counted, b: Counted): Counted => ({ right: a.right + b.right, total: a.total + b.total });

// ---------------------------------------------------------------- date expressions

export type PlacedGoldDate = GoldDate & Placed;

/** What the scorer needs of a predicted timex. */
export interface PredictedTimex extends Placed {
  value: string;
  range: { start: IsoDate; end: IsoDate } | null;
}

export interface DateScore {
  /** Gold expressions with a day range (events, narrative, publication): exact range. */
  dated: Counted;
  narrative: Counted;
  publication: Counted;
  /** Every gold expression, durations included: identical TIMEX3 value. */
  values: Counted;
  /** Every gold expression: some predicted timex overlaps it. */
  spans: Counted;
}

export function emptyDateScore(): DateScore {
  return { dated: counted(), narrative: counted(), publication: counted(), values: counted(), spans: counted() };
}

export function addDateScores(a: DateScore, b: DateScore): DateScore {
  return {
    dated: addCounted(a.dated, b.dated),
    narrative: addCounted(a.narrative, b.narrative),
    publication: addCounted(a.publication, b.publication),
    values: addCounted(a.values, b.values),
    spans: addCounted(a.spans, b.spans),
  };
}

/** Scores one report's date expressions against the extractor's timexes. */
export function scoreDates(gold: readonly PlacedGoldDate[], predicted: readonly PredictedTimex[]): DateScore {
  const score = emptyDateScore();
  const used = new Set<number>();
  for (const g of [...gold].sort((a, b) => a.start - b.start)) {
    const k = predicted.findIndex((p, i) => !used.has(i) && overlaps(p, g));
    const p = k < 0 ? undefined : predicted[k];
    if (p) used.add(k);
    score.spans.total++;
    score.values.total++;
    if (p) score.spans.right++;
    if (p && p.value === g.value) score.values.right++;
    if (!g.range) continue;
    const right = p?.range != null && p.range.start === g.range.start && p.range.end === g.range.end ? 1 : 0;
    score.dated.total++;
    score.dated.right += right;
    if (g.role === 'narrative') score.narrative = addCounted(score.narrative, { right, total: 1 });
    if (g.role === 'publication') score.publication = addCounted(score.publication, { right, total: 1 });
  }
  return score;
}

/** Predicted dated mentions whose date comes from a dateline or stamp (must be 0). */
export function countDatedByPublication(publication: readonly Placed[], mentions: readonly { timexSpan: Placed | null; dated: boolean; boilerplate: boolean }[]): number {
  return mentions.filter((m) => m.dated && !m.boilerplate && m.timexSpan && publication.some((p) => overlaps(p, m.timexSpan as Placed))).length;
}

// ---------------------------------------------------------------- types and participants

export type TypeFamily = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict' | 'statement' | 'other';

const FAMILY: Record<EventType, TypeFamily> = {
  CONSULT: 'verbal-cooperation',
  AGREE: 'verbal-cooperation',
  SUPPORT: 'verbal-cooperation',
  REQUEST: 'verbal-cooperation',
  COOPERATE: 'material-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  DEMAND: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'verbal-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
  STATEMENT: 'statement',
  OTHER: 'other',
};

/** The PLOVER quad class of a type (verbal/material × cooperation/conflict); STATEMENT and OTHER apart. */
export function typeFamily(type: EventType): TypeFamily {
  return FAMILY[type];
}

const verbal = (f: TypeFamily) => f === 'verbal-cooperation' || f === 'verbal-conflict' || f === 'statement';

/** True when a parsed type is compatible with any of the gold's accepted types. */
export function typesCompatible(gold: readonly EventType[], parsed: EventType): boolean {
  const p = typeFamily(parsed);
  if (p === 'other') return gold.includes('OTHER');
  return gold.some((g) => {
    const f = typeFamily(g);
    if (f === p) return true;
    return (f === 'statement' && verbal(p)) || (p === 'statement' && verbal(f));
  });
}

/** What a parsed event or mention names: names as written or from the gazetteer (aliases too), and countries. */
export interface Party {
  names: readonly string[];
  countries: readonly string[];
}

const tokens = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[‐-―'’.,:;()"“”-]/g, ' ')
    .split(/\s+/)
    .filter((t) => t && t !== 'the');

const containsRun = (hay: string[], needle: string[]) => needle.length > 0 && hay.some((_, i) => needle.every((t, j) => hay[i + j] === t));

/**
 * True when the party names the participant: a state by its country code or name; anyone by a name that
 * contains, word for word, the participant's name or one of its aliases ("President Donald Trump"
 * names "Donald Trump"; "Kim Jong" does not name "Kim Jong Un"). Case, hyphens and dots are ignored
 * ("Kim Jong-un" = "Kim Jong Un").
 */
export function namesParticipant(p: GoldParticipant, party: Party): boolean {
  if (p.kind === 'state' && p.country && party.countries.includes(p.country)) return true;
  const wanted = [p.name, ...p.aliases].map(tokens);
  return party.names.some((n) => {
    const have = tokens(n);
    return wanted.some((w) => containsRun(have, w));
  });
}

// ---------------------------------------------------------------- events

/** What the scorer needs of a parsed event. */
export interface ParsedEventLike {
  id: string;
  start: IsoDate;
  end: IsoDate;
  type: EventType;
  party: Party;
  citations: readonly ({ source: string } & Placed)[];
}

export type PlacedGoldEvent = Omit<GoldEvent, 'mentions'> & { mentions: (GoldMention & Placed)[] };

/** A gold range widened to its precision: a month event covers its whole month, a year event its year. */
export function widenToPrecision(start: IsoDate, end: IsoDate, precision: Precision): { start: IsoDate; end: IsoDate } {
  if (precision === 'year') return { start: `${start.slice(0, 4)}-01-01`, end: `${end.slice(0, 4)}-12-31` };
  if (precision === 'month') {
    const [y, m] = end.split('-').map(Number) as [number, number];
    return { start: `${start.slice(0, 7)}-01`, end: `${end.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}` };
  }
  return { start, end };
}

/** The event matching rule (see the file header). */
export function eventMatches(gold: Omit<GoldEvent, 'mentions'>, participants: Readonly<Record<string, GoldParticipant>>, parsed: ParsedEventLike): boolean {
  const g = widenToPrecision(gold.start, gold.end, gold.precision);
  if (parsed.start > g.end || parsed.end < g.start) return false;
  if (!typesCompatible([gold.type, ...(gold.alsoTypes ?? [])], parsed.type)) return false;
  return gold.participants.some((k) => {
    const p = participants[k];
    return p !== undefined && namesParticipant(p, parsed.party);
  });
}

export interface EventFigures {
  /** Real events with a matching parsed event that cites one of their passages. */
  found: Counted;
  /** The same, background events left out. */
  foundOutsideBackground: Counted;
  /** Real events told by two or more reports, merged into one parsed event. */
  merged: Counted;
  /** Parsed events that match no real event (right = unmatched count). */
  unmatched: Counted;
  perEvent: { id: string; reports: number; foundBy: string[]; citedReports: string[]; merged: boolean | null }[];
  unmatchedIds: string[];
}

/** Matches parsed events to the real events of one story and counts the event-level figures. */
export function scoreEvents(gold: readonly PlacedGoldEvent[], participants: Readonly<Record<string, GoldParticipant>>, parsed: readonly ParsedEventLike[]): EventFigures {
  const figures: EventFigures = { found: counted(), foundOutsideBackground: counted(), merged: counted(), unmatched: counted(), perEvent: [], unmatchedIds: [] };
  const matchedAny = new Set<string>();
  for (const g of gold) {
    const matching = parsed.filter((p) => eventMatches(g, participants, p));
    for (const p of matching) matchedAny.add(p.id);
    // per matching parsed event: the reports in which it cites one of this event's passages
    const citing = matching
      .map((p) => ({ p, reports: new Set(p.citations.filter((c) => g.mentions.some((m) => m.source === c.source && overlaps(m, c))).map((c) => c.source)) }))
      .filter((x) => x.reports.size > 0);
    const found = citing.length > 0 ? 1 : 0;
    figures.found = addCounted(figures.found, { right: found, total: 1 });
    if (!g.background) figures.foundOutsideBackground = addCounted(figures.foundOutsideBackground, { right: found, total: 1 });
    const reports = new Set(g.mentions.map((m) => m.source));
    const cited = new Set(citing.flatMap((x) => [...x.reports]));
    let merged: boolean | null = null;
    if (reports.size >= 2) {
      merged = cited.size >= 2 && citing.some((x) => x.reports.size === cited.size);
      figures.merged = addCounted(figures.merged, { right: merged ? 1 : 0, total: 1 });
    }
    figures.perEvent.push({ id: g.id, reports: reports.size, foundBy: citing.map((x) => x.p.id), citedReports: [...cited].sort(), merged });
  }
  figures.unmatchedIds = parsed.filter((p) => !matchedAny.has(p.id)).map((p) => p.id);
  figures.unmatched = { right: figures.unmatchedIds.length, total: parsed.length };
  return figures;
}

export function addEventFigures(a: EventFigures, b: EventFigures): EventFigures {
  return {
    found: addCounted(a.found, b.found),
    foundOutsideBackground: addCounted(a.foundOutsideBackground, b.foundOutsideBackground),
    merged: addCounted(a.merged, b.merged),
    unmatched: addCounted(a.unmatched, b.unmatched),
    perEvent: [...a.perEvent, ...b.perEvent],
    unmatchedIds: [...a.unmatchedIds, ...b.unmatchedIds],
  };
}

// ---------------------------------------------------------------- participants of dated mentions

/** What the scorer needs of a predicted mention. */
export interface PredictedMention extends Placed {
  dated: boolean;
  boilerplate: boolean;
  party: Party;
}

export interface MentionParticipantScore extends Counted {
  /** Gold passages naming participants, with or without a dated predicted mention over them. */
  goldPassages: number;
}

/** Dated mentions carrying all the participants their gold passage names (one report). */
export function scoreMentionParticipants(
  gold: readonly (Pick<GoldMention, 'participants'> & Placed)[],
  participants: Readonly<Record<string, GoldParticipant>>,
  predicted: readonly PredictedMention[],
): MentionParticipantScore {
  const score: MentionParticipantScore = { right: 0, total: 0, goldPassages: 0 };
  for (const g of gold) {
    if (g.participants.length === 0) continue;
    score.goldPassages++;
    const candidates = predicted.filter((m) => m.dated && !m.boilerplate && overlaps(m, g));
    if (candidates.length === 0) continue;
    const wanted = g.participants.map((k) => participants[k]).filter((p): p is GoldParticipant => p !== undefined);
    const hits = (m: PredictedMention) => wanted.filter((p) => namesParticipant(p, m.party)).length;
    const best = candidates.reduce((x, y) => (hits(y) > hits(x) ? y : x));
    score.total++;
    if (hits(best) === wanted.length) score.right++;
  }
  return score;
}
