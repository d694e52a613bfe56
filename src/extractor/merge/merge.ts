/**
 * Step 5 of the extractor: merges parsed mentions from several reports with the curated events.
 *
 * - Only dated, non-boilerplate mentions (outside both the extractor's and the source's boilerplate spans)
 *   with enough confidence take part.
 * - A mention joins the curated event it fits best above a threshold (see `matchScore`: date agreement weighted
 *   by how tight both ranges are, same type family, shared people or bodies); the curated title and summary win,
 *   the mention adds a citation and, when its source dates the happening differently, a date claim (and a
 *   conflict when two sources name different days).
 * - Remaining mentions are clustered (same family, shared people or bodies with agreeing dates, or shared states
 *   with closely agreeing dates) into parsed events; a sentence already cited by a curated event on the same
 *   date forms none.
 * - Corroboration is recomputed for every event: reports = distinct cited sources, independent outlets =
 *   distinct outlets behind the citations (`attributedTo ?? basedOn ?? outlet`, see `computeCorroboration`).
 */
import type { Actor, Citation, DateClaim, Precision, Source, TimelineEvent } from '../../lib/model/types';
import type { ExtractResult, Mention } from '../../lib/model/extraction';
import { inBoilerplate } from '../segment/boilerplate';
import { typeFamily } from '../mentions/triggers';
import { citationAttribution } from '../../lib/model/attribution';
import { computeCorroboration } from '../../lib/model/corroboration';
import { headlineTitle, type HeadlineParts } from '../../lib/model/headlineTitle';
import { cleanSentence } from '../../lib/model/cleanSentence';
import { countryForms } from '../actors/countryTable';
import { DAY_MS, isoDayToMs } from '../../lib/model/calendar';
import { personActors } from '../../lib/model/personActors';

/** Inputs of {@link mergeParsed}. */
export interface MergeInput {
  curated: TimelineEvent[];
  results: { source: Source; result: ExtractResult }[];
  actors: Actor[];
  /** Mentions below this confidence are ignored (default 0.5). */
  minConfidence?: number;
}

interface Candidate {
  source: Source;
  mention: Mention;
  expression: string;
  value?: string;
}

/** A follow-on mention ("The call lasted two hours"): a further citation of the event its antecedent joined. */
interface FollowOn {
  candidate: Candidate;
  /** Where the antecedent mention's sentence is: the follow-on cites the event citing it. */
  antecedent: { source: string; start: number; end: number };
}

/** A short, stable hash (FNV-1a, 32 bit, hex). */
export function hashId(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function overlaps(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}

function citationOf(c: Candidate): Citation {
  const { mention, source } = c;
  return {
    source: source.id,
    start: mention.start,
    end: mention.end,
    quote: source.text.slice(mention.start, mention.end),
    origin: 'parsed',
    confidence: mention.confidence,
    ...withAttribution(citationAttribution(source, mention)),
  };
}

function withAttribution(outlet: string | undefined): { attributedTo?: string } {
  return outlet ? { attributedTo: outlet } : {};
}

function claimOf(c: Candidate): DateClaim {
  const d = c.mention.date as { start: string; end: string; precision: Precision };
  const claim: DateClaim = { source: c.source.id, expression: c.expression, start: d.start, end: d.end, precision: d.precision, resolution: `parsed against publication date ${c.source.published}` };
  if (c.value) claim.value = c.value;
  return claim;
}

/** Recomputes an event's corroboration from its citations (see `computeCorroboration`). */
export function corroborate(event: TimelineEvent, sources: ReadonlyMap<string, Source>): TimelineEvent['corroboration'] {
  return computeCorroboration(event.citations, sources);
}

function candidates(input: MergeInput, followOns: FollowOn[] = []): Candidate[] {
  const min = input.minConfidence ?? 0.5;
  const out: Candidate[] = [];
  for (const { source, result } of input.results) {
    const flagged = (result.boilerplate ?? []).slice().sort((a, b) => a.start - b.start);
    const curatedBoiler = source.boilerplate.slice().sort((a, b) => a.start - b.start);
    for (const mention of result.mentions) {
      const antecedent = mention.follows !== undefined ? result.mentions[mention.follows] : undefined;
      if (mention.boilerplate || !mention.date || (mention.confidence < min && !antecedent)) continue;
      if (inBoilerplate(flagged, mention.start, mention.end) || inBoilerplate(curatedBoiler, mention.start, mention.end)) continue;
      if (mention.end > source.text.length || source.text.slice(mention.start, mention.end) !== mention.text) continue;
      const timex = mention.timex !== null ? result.timexes[mention.timex] : undefined;
      const c: Candidate = { source, mention, expression: timex?.text ?? '' };
      if (timex?.value) c.value = timex.value;
      if (antecedent) followOns.push({ candidate: c, antecedent: { source: source.id, start: antecedent.start, end: antecedent.end } });
      else out.push(c);
    }
  }
  return out;
}

const spanDays = (start: string, end: string) => (isoDayToMs(end) - isoDayToMs(start)) / DAY_MS + 1;

/**
 * Date agreement judged at each mention's precision, for mentions of a new story: the same days = 1; one range
 * inside the other of at most a month ("on Tuesday" inside "in July": they agree at the coarser precision) = 0.5; two single days
 * at most {@link NEAR_DAYS} apart (sources that disagree on the day: a date claim and a conflict) = 0.35;
 * otherwise the strict {@link dateAgreement}.
 */
export function precisionAgreement(a: { start: string; end: string; precision?: Precision }, b: { start: string; end: string; precision?: Precision }): number {
  const strict = dateAgreement(a.start, a.end, b.start, b.end);
  if (strict === 1) return 1;
  const inside = (x: typeof a, y: typeof a) => x.start >= y.start && x.end <= y.end;
  // a day inside a month agrees at month precision; a season or a year is too coarse to say so
  const month = (x: typeof a) => spanDays(x.start, x.end) <= 31;
  if ((inside(a, b) && month(b)) || (inside(b, a) && month(a))) return Math.max(strict, 0.5);
  const day = (x: typeof a) => x.start === x.end;
  if (day(a) && day(b) && Math.abs(isoDayToMs(a.start) - isoDayToMs(b.start)) <= NEAR_DAYS * DAY_MS) return Math.max(strict, 0.35);
  return strict;
}

/** Two reports putting one happening this many days apart can still be telling of it (time zones, slips). */
export const NEAR_DAYS = 1;

/** Minimum {@link matchScore} for a mention to join a curated event. */
export const JOIN_THRESHOLD = 4;

/**
 * How tightly two day ranges agree: the days they share over the longer of the two (1 = the same days;
 * a single day inside a three-month range ≈ 0.01; 0 = disjoint). A day-precision mention that merely falls
 * inside a long curated range is weak evidence that it is that happening; the same day is strong evidence.
 */
export function dateAgreement(aStart: string, aEnd: string, bStart: string, bEnd: string): number {
  if (!overlaps(aStart, aEnd, bStart, bEnd)) return 0;
  const shared = spanDays(aStart > bStart ? aStart : bStart, aEnd < bEnd ? aEnd : bEnd);
  return shared / Math.max(spanDays(aStart, aEnd), spanDays(bStart, bEnd));
}

/**
 * Scores how well a mention fits a curated event; 0 = not the same happening. Needs overlapping dates,
 * the same type family and shared actors: at least one shared person or organisation, or, for a mention
 * that names states only (or is dated like the event: agreement ≥ 0.5), a shared state. Score = shared actors
 * (person 2, organisation 1.5, state 0.5) + 1 for the same type + 0.5 for the same mode + 3 × √{@link dateAgreement}
 * (the root keeps two vague but consistent ranges, "late last year" vs "December to February", as fair evidence);
 * below {@link JOIN_THRESHOLD} → 0.
 * So the same day, the same family and one shared person join; an actor shared with a long range does not.
 */
export function matchScore(mention: Pick<Mention, 'date' | 'type' | 'actorIds'> & { mode?: Mention['mode'] }, event: TimelineEvent, actorKinds: ReadonlyMap<string, string>): number {
  if (!mention.date) return 0;
  const agreement = dateAgreement(mention.date.start, mention.date.end, event.start, event.end);
  if (agreement === 0) return 0;
  if (typeFamily(mention.type) !== typeFamily(event.type)) return 0;
  let score = 0;
  let sharedBodies = 0;
  let sharedStates = 0;
  let ownBodies = 0;
  for (const id of mention.actorIds) {
    const kind = actorKinds.get(id);
    if (kind !== 'state') ownBodies++;
    if (!event.actors.includes(id)) continue;
    if (kind === 'state') sharedStates++;
    else sharedBodies++;
    score += kind === 'person' ? 2 : kind === 'state' ? 0.5 : 1.5;
  }
  // shared states are enough only for a mention naming states alone, or one dated like the event
  if (sharedBodies === 0 && (sharedStates === 0 || (ownBodies > 0 && agreement < 0.5))) return 0;
  if (mention.type === event.type) score += 1;
  if (mention.mode && mention.mode === event.mode) score += 0.5;
  score += 3 * Math.sqrt(agreement);
  return score >= JOIN_THRESHOLD ? score : 0;
}

/** The curated event a mention belongs to, or null. */
export function bestCurated(mention: Pick<Mention, 'date' | 'type' | 'actorIds'> & { mode?: Mention['mode'] }, events: readonly TimelineEvent[], actorKinds: ReadonlyMap<string, string>): TimelineEvent | null {
  let best: TimelineEvent | null = null;
  let bestScore = 0;
  for (const ev of events) {
    const s = matchScore(mention, ev, actorKinds);
    if (s > bestScore) {
      bestScore = s;
      best = ev;
    }
  }
  return best;
}

function addCitation(event: TimelineEvent, c: Candidate): boolean {
  const dup = event.citations.some((x) => x.source === c.source.id && x.start < c.mention.end && c.mention.start < x.end);
  if (dup) return false;
  event.citations.push(citationOf(c));
  return true;
}

function addDateClaim(event: TimelineEvent, c: Candidate): void {
  const d = c.mention.date;
  if (!d) return;
  if (event.dateClaims.some((x) => x.source === c.source.id)) return;
  if (d.start === event.start && d.end === event.end) return;
  // a vaguer date inside the curated span adds nothing; a specific day always counts as a claim
  if (d.precision !== 'day' && d.start >= event.start && d.end <= event.end) return;
  const claim = claimOf(c);
  const others = event.dateClaims.filter((x) => x.precision === 'day' && x.source !== claim.source);
  event.dateClaims.push(claim);
  if (claim.precision === 'day') {
    const clash = others.filter((x) => x.start !== claim.start);
    if (clash.length > 0) {
      const conflicts = event.conflicts ?? [];
      conflicts.push({
        field: 'date',
        note: `Sources put this on different days (${[claim, ...clash].map((x) => `${x.source}: ${x.start}`).join('; ')}).`,
        claims: [claim, ...clash].map((x) => ({ source: x.source, claim: x.start, quote: x.expression })),
      });
      event.conflicts = conflicts;
    }
  }
}

/**
 * The names a parsed event is titled by, initiator first, at most two ("<initiator> – <other actor>"):
 * people first, then bodies (organisations) of a country no named person stands for, then states no named
 * person or body belongs to ("Joe Biden – China", not "United States – China"). Uses of force are titled by
 * the states involved. People not in the gazetteer count as people, by the name as written.
 */
export function titleActors(mentions: readonly Mention[], family: string, initiator: string | undefined, actors: readonly Actor[]): string[] {
  const byId = new Map(actors.map((a) => [a.id, a] as const));
  const ids = [...new Set(mentions.flatMap((x) => x.actorIds))];
  const known = new Set(ids.map((id) => byId.get(id)?.name));
  const unknownPeople = [...new Set(mentions.flatMap((x) => x.actors))].filter((n) => !known.has(n) && !actors.some((a) => a.name === n));
  const kind = (id: string) => byId.get(id)?.kind;
  const country = (id: string) => byId.get(id)?.country;
  const name = (id: string) => byId.get(id)?.name ?? id;
  const states = ids.filter((id) => kind(id) === 'state');
  let chosen: string[];
  if (family === 'force' && states.length > 0) chosen = states;
  else {
    const people = ids.filter((id) => kind(id) === 'person');
    const bodies = ids.filter((id) => kind(id) !== 'person' && kind(id) !== 'state' && !people.some((p) => country(p) && country(p) === country(id)));
    const covered = new Set([...people, ...bodies].map(country).filter(Boolean));
    const rest = states.filter((id) => !covered.has(country(id)));
    chosen = [...people, ...bodies, ...rest];
  }
  // the initiator first; a state initiator is stood for by its person or body when one is named …
  let lead = initiator && chosen.includes(initiator) ? initiator : undefined;
  // … and a person initiator by their state when the title names states ("Putin declared war" → "Russia – …")
  if (initiator && !lead) lead = chosen.find((id) => country(id) && country(id) === country(initiator));
  if (lead) chosen = [lead, ...chosen.filter((id) => id !== lead)];
  let names = chosen.map(name);
  if (family !== 'force' || states.length === 0) {
    if (lead && kind(lead) !== 'person' && unknownPeople.length > 0) {
      // a state or body initiator beside a person named as written ("U.S. President Donald Trump"): the person stands for it
      names = [...unknownPeople, ...names.slice(1)];
    } else {
      // people named as written (not in the gazetteer) come right after the known people
      const at = lead && kind(lead) !== 'person' ? 1 : chosen.filter((id) => kind(id) === 'person').length;
      names.splice(at, 0, ...unknownPeople);
    }
  }
  return [...new Set(names)].slice(0, 2);
}

/** Same head noun, with deal = agreement = accord ("the nuclear deal" / "the accord"). */
function sameThing(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const head = (x: string) => {
    const h = x.toLowerCase().split(/\s+/).pop() ?? '';
    return /^(?:deal|agreement|accord)$/.test(h) ? 'deal' : /^(?:summit|meeting|talks)$/.test(h) ? 'meeting' : h;
  };
  return head(a) === head(b);
}

let stateNames: Map<string, string> | null = null;
/** A country's name (the first name form of the country table), by ISO code. */
function stateName(code: string): string {
  if (!stateNames) {
    stateNames = new Map();
    for (const f of countryForms()) if (f.kind === 'name' && !stateNames.has(f.code)) stateNames.set(f.code, f.form);
  }
  return stateNames.get(code) ?? code;
}
const isStateName = (n: string) => {
  stateName('');
  return [...(stateNames as Map<string, string>).values()].includes(n);
};

/** A headline for a parsed event from its lead mention and title names (initiator first). */
export function eventHeadline(m: Mention, names: readonly string[], actors: readonly Actor[]): string {
  const kindOf = new Map(actors.map((a) => [a.name, a.kind] as const));
  const parts: HeadlineParts = { type: m.type, parties: names };
  if (m.mode) parts.mode = m.mode;
  if (m.act) parts.act = m.act;
  if (m.object) parts.object = m.object;
  if (m.topic && !names.includes(m.topic)) parts.topic = m.topic;
  if (m.place && !names.includes(m.place)) parts.place = m.place;
  return headlineTitle(parts, (n) => (kindOf.has(n) ? kindOf.get(n) === 'person' : !isStateName(n)));
}

/** Merges parsed extractor output with the curated events; returns the full event list. */
export function mergeParsed(input: MergeInput): TimelineEvent[] {
  // people outside the gazetteer (`person:<slug>`) are actors like any other: named in titles, weighed in joins
  const actors = [...input.actors, ...personActors(input.results.map((r) => r.result), input.actors)];
  const sources = new Map(input.results.map((r) => [r.source.id, r.source] as const));
  const actorKinds = new Map(actors.map((a) => [a.id, a.kind] as const));
  const events: TimelineEvent[] = input.curated.map((e) => ({
    ...e,
    citations: e.citations.map((c) => ({ ...c })),
    dateClaims: e.dateClaims.map((d) => ({ ...d })),
    ...(e.conflicts ? { conflicts: e.conflicts.map((c) => ({ ...c })) } : {}),
  }));
  const curated = events.slice();
  const leftover: Candidate[] = [];
  /** Sentences (source, start, date) already cited by the curated event they were matched to. */
  const cited = new Set<string>();
  const sentenceKey = (c: Candidate) => `${c.source.id}:${c.mention.start}:${c.mention.date?.start}:${c.mention.date?.end}`;
  const followOns: FollowOn[] = [];
  for (const c of candidates(input, followOns)) {
    const ev = bestCurated(c.mention, curated, actorKinds);
    if (!ev) {
      leftover.push(c);
      continue;
    }
    cited.add(sentenceKey(c));
    if (addCitation(ev, c)) {
      if (ev.origin === 'curated') ev.origin = 'curated+parsed';
      addDateClaim(ev, c);
    }
  }
  // a second reading of a sentence that already joined a curated event on the same date ("criticized NATO
  // in a video talk": a statement and a call) is the same happening, not a new parsed event
  const rest = leftover.filter((c) => !cited.has(sentenceKey(c)));

  // cluster the remaining mentions into parsed events
  interface Cluster {
    members: Candidate[];
    family: string;
    start: string;
    end: string;
    actors: Set<string>;
  }
  const clusters: Cluster[] = [];
  // the most specific dates seed the clusters, so that "in November" joins "on Nov. 15" rather than the reverse
  const width = (c: Candidate) => spanDays(c.mention.date?.start ?? '', c.mention.date?.end ?? '');
  rest.sort((a, b) => width(a) - width(b) || (a.mention.date?.start ?? '').localeCompare(b.mention.date?.start ?? '') || b.mention.confidence - a.mention.confidence);
  for (const c of rest) {
    const d = c.mention.date as { start: string; end: string };
    const fam = typeFamily(c.mention.type);
    const keys = [...c.mention.actorIds.filter((id) => actorKinds.get(id) !== 'state'), ...c.mention.actors.filter((n) => !c.mention.actorIds.length || !actors.some((a) => a.name === n))];
    const states = c.mention.actorIds.filter((id) => actorKinds.get(id) === 'state').map((id) => `state:${id}`);
    // a mention naming states only ("Moscow annexed Crimea in 2014") clusters through a shared state,
    // when the dates agree closely (the same day, month or year in two reports)
    // the dates must agree with one member's as specifically as for a curated join: a season does not
    // gather every day inside it, a day does not join a month
    const agreement = (k: Cluster) => Math.max(...k.members.map((x) => dateAgreement(d.start, d.end, x.mention.date?.start ?? '', x.mention.date?.end ?? '')));
    // across reports, dates agree at each mention's precision (a day inside a month; two days a slip apart)
    // (two different days only when one report writes the day out, "on May 23": a slip, not a weekday read two ways)
    const loose = (k: Cluster) =>
      Math.max(
        ...k.members.map((x) => {
          if (x.source.id === c.source.id) return 0;
          const a = precisionAgreement(d, x.mention.date as { start: string; end: string });
          return a >= 0.5 || (a > 0 && x.mention.type === c.mention.type && x.mention.mode === c.mention.mode && (/\d/.test(x.expression) || /\d/.test(c.expression))) ? a : 0;
        }),
      );
    const samePlace = (k: Cluster) => !!c.mention.place && k.members.some((x) => x.source.id !== c.source.id && x.mention.place === c.mention.place && x.mention.type === c.mention.type);
    const sameObject = (k: Cluster) => !!c.mention.object && k.members.some((x) => x.source.id !== c.source.id && sameThing(x.mention.object, c.mention.object) && x.mention.type === c.mention.type);
    // scored like a curated join: shared people (and people named as written) 2, bodies 1.5, + 3 × √agreement
    const shared = (k: Cluster) => keys.filter((x) => k.actors.has(x)).reduce((n, x) => n + (actorKinds.get(x) === 'organization' ? 1.5 : 2), 0);
    const fits = (k: Cluster) =>
      (keys.length > 0 ? shared(k) > 0 && shared(k) + 3 * Math.sqrt(Math.max(agreement(k), loose(k))) >= JOIN_THRESHOLD : states.some((x) => k.actors.has(x)) && agreement(k) >= 0.5) ||
      // the same thing done on agreeing dates ("reached a deal on Tuesday" / "the accord was reached on July 14")
      (sameObject(k) && Math.max(agreement(k), loose(k)) >= 0.35) ||
      // the same kind of happening in the same named place on the same days ("held talks … in New York on Thursday")
      (samePlace(k) && agreement(k) >= 0.5);
    const near = (k: Cluster) => overlaps(d.start, d.end, k.start, k.end) || loose(k) > 0;
    const target = clusters.find(
      (k) => k.family === fam && near(k) && fits(k) && !k.members.some((m) => m.source.id === c.source.id && m.mention.start === c.mention.start),
    );
    keys.push(...states);
    if (target) {
      target.members.push(c);
      if (d.start < target.start) target.start = d.start;
      if (d.end > target.end) target.end = d.end;
      for (const x of keys) target.actors.add(x);
    } else clusters.push({ members: [c], family: fam, start: d.start, end: d.end, actors: new Set(keys) });
  }
  const parsedEvents: TimelineEvent[] = [];
  for (const k of clusters) {
    const fam = k.family;
    const lead = k.members.reduce((a, b) => (b.mention.confidence > a.mention.confidence ? b : a));
    const m = lead.mention;
    const ids = [...new Set(k.members.flatMap((x) => x.mention.actorIds))];
    const countries = [...new Set(k.members.flatMap((x) => x.mention.countries))];
    const titleNames = titleActors(k.members.map((x) => x.mention), fam, m.initiator, actors);
    const precisions = new Set(k.members.map((x) => x.mention.date?.precision));
    // the days every report allows ("in November" and "on Nov. 15" → Nov. 15); else the span of all of them
    const from = k.members.reduce((x, c) => ((c.mention.date?.start ?? x) > x ? (c.mention.date?.start ?? x) : x), k.start);
    const to = k.members.reduce((x, c) => ((c.mention.date?.end ?? x) < x ? (c.mention.date?.end ?? x) : x), k.end);
    const narrowest = k.members.find((c) => c.mention.date?.start === from && c.mention.date?.end === to);
    const sourcesCited = new Set(k.members.map((x) => x.source.id));
    const ev: TimelineEvent = {
      id: `parsed-${hashId(`${lead.source.id}:${m.start}:${m.type}`)}`,
      title: eventHeadline(m, titleNames.length > 0 ? titleNames : countries.map((cc) => actors.find((a) => a.kind === 'state' && a.country === cc)?.name ?? stateName(cc)), actors),
      summary: cleanSentence(m.text),
      start: from <= to ? from : k.start,
      end: from <= to ? to : k.end,
      // reports that disagree on the day: the event spans every claim, as a range
      precision: from <= to && narrowest?.mention.date ? narrowest.mention.date.precision : from > to ? 'range' : precisions.size === 1 ? ((m.date?.precision ?? 'day') as Precision) : 'range',
      type: m.type,
      actors: ids,
      countries,
      origin: 'parsed',
      confidence: Math.min(0.95, Math.round((m.confidence + 0.05 * (sourcesCited.size - 1)) * 100) / 100),
      citations: [],
      dateClaims: [],
      corroboration: { reports: 0, independentOutlets: 0 },
    };
    if (m.mode) ev.mode = m.mode;
    if (m.initiator) ev.initiator = m.initiator;
    if (k.members.every((x) => x.mention.background)) ev.background = true;
    for (const c of k.members) {
      if (!addCitation(ev, c)) continue;
      if (!ev.dateClaims.some((x) => x.source === c.source.id)) {
        const claim = claimOf(c);
        const clash = ev.dateClaims.filter((x) => x.precision === 'day' && claim.precision === 'day' && x.start !== claim.start);
        ev.dateClaims.push(claim);
        if (clash.length > 0) {
          ev.conflicts = [
            ...(ev.conflicts ?? []),
            { field: 'date', note: `Sources put this on different days (${[claim, ...clash].map((x) => `${x.source}: ${x.start}`).join('; ')}).`, claims: [claim, ...clash].map((x) => ({ source: x.source, claim: x.start, quote: x.expression })) },
          ];
        }
      }
    }
    parsedEvents.push(ev);
  }
  parsedEvents.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id));
  events.push(...parsedEvents);

  // follow-on sentences ("The call lasted two hours") cite the event their antecedent joined
  for (const f of followOns) {
    const { source, start, end } = f.antecedent;
    const ev = events.find((e) => e.citations.some((c) => c.source === source && c.start < end && start < c.end));
    if (ev) addCitation(ev, f.candidate);
  }

  for (const ev of events) ev.corroboration = corroborate(ev, sources);
  return events;
}
