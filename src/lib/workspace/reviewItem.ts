import type { Actor, ActorId, CountryCode, EventMode, EventType, IsoDate, Precision } from '../model/types';
import type { Mention, Timex } from '../model/extraction';
import { headlineTitle, type HeadlineParts } from '../model/headlineTitle';
import { suggestTitle } from './suggestTitle';
import { DAY_MS, addDays, isoDayToMs } from '../model/calendar';

/** One parsed mention under review: the user accepts, rejects or edits it before it joins the timeline. */
export interface ReviewItem {
  key: string;
  /** null until the user decides. */
  accepted: boolean | null;
  title: string;
  start: IsoDate | '';
  end: IsoDate | '';
  precision: Precision;
  type: EventType;
  mode?: EventMode;
  actorIds: ActorId[];
  /** Names the extractor found that are not in the gazetteer. */
  unknownActors: string[];
  countries: CountryCode[];
  initiator?: ActorId;
  /** The cited passage in the source text. */
  start_: number;
  end_: number;
  quote: string;
  confidence: number;
  /** The date expression as written (from the extractor's timex), when known. */
  dateExpression?: string;
  /** Set when the user chose to date an undated passage "on or before publication" (a range ending on it). */
  datedByPublication?: boolean;
  /** False for context the extractor does not propose as an event (undated, background, the headline); "Accept all" leaves it. */
  proposed?: boolean;
  /** Why it is not proposed. */
  reason?: string;
  /** Further passages about the same happening ("The call lasted two hours"): more citations of this event. */
  more?: { start: number; end: number; quote: string }[];
  /** A background fact, dated years before the report. */
  background?: boolean;
}

/** What the review needs to know about the report beyond its mentions. */
export interface ReviewContext {
  /** The report's text, to recognise its headline. */
  text?: string;
  /** Publication day, to rank the report's own news first. */
  published?: IsoDate;
}

function known(name: string, actors: readonly Actor[]): Actor | undefined {
  const n = name.toLowerCase();
  return actors.find((a) => a.name.toLowerCase() === n || a.aliases.some((x) => x.toLowerCase() === n));
}

/** A title drafted from the passage: its first clause, at most 90 characters. */
export function draftTitle(text: string): string {
  const t = text
    .replace(/\s+/g, ' ')
    .trim()
    // A leading dateline ("GENEVA, January 21, 2022 —") is not part of the event.
    .replace(/^[A-Z][A-Z .'-]{2,40},[^—–]{3,30}\s[—–-]+\s*/, '')
    .replace(/^["“”']+/, '');
  if (t.length <= 90) return t.replace(/[.;:,]+$/, '');
  const cut = t.slice(0, 90);
  const sp = cut.lastIndexOf(' ');
  return `${cut.slice(0, sp > 40 ? sp : 90)}…`;
}

/**
 * Turns the extractor's non-boilerplate mentions into review items, one per happening, ranked with the report's
 * main event first:
 * - a follow-on ("The call lasted two hours") and a second reading of the same happening (same type family,
 *   same dates, a shared participant) become further citations (`more`) of the first, not items of their own;
 * - undated context, background facts and the headline are listed but not proposed (`proposed: false` + `reason`);
 * - proposed items are ranked by confidence, a lead-paragraph position, corroborating passages and nearness to publication.
 * Titles are headlines built from the event (see `headlineTitle`), never sentence prefixes.
 */
export function mentionsToReviewItems(mentions: readonly Mention[], gazetteer: readonly Actor[], timexes: readonly Timex[] = [], ctx: ReviewContext = {}): ReviewItem[] {
  const items: ReviewItem[] = [];
  const itemOf = new Map<number, ReviewItem>();
  const headline = ctx.text ? suggestTitle(ctx.text) : null;
  const byId = new Map(gazetteer.map((a) => [a.id, a] as const));
  const score = new Map<ReviewItem, number>();
  mentions.forEach((m, i) => {
    if (m.boilerplate) return;
    const antecedent = m.follows !== undefined ? itemOf.get(m.follows) : undefined;
    const same = antecedent ?? items.find((it) => it.proposed !== false && sameHappening(it, m));
    if (same) {
      const more = (same.more ??= []);
      if (!more.some((x) => x.start === m.start) && same.start_ !== m.start) more.push({ start: m.start, end: m.end, quote: m.text });
      itemOf.set(i, same);
      return;
    }
    const actorIds = [...new Set(m.actorIds)];
    const unknownActors = m.actors.filter((name) => !known(name, gazetteer));
    for (const name of m.actors) {
      const a = known(name, gazetteer);
      if (a && !actorIds.includes(a.id)) actorIds.push(a.id);
    }
    const item: ReviewItem = {
      key: `m${i}`,
      accepted: null,
      title: mentionHeadline(m, byId),
      start: m.date?.start ?? '',
      end: m.date?.end ?? '',
      precision: m.date?.precision ?? 'day',
      type: m.type,
      actorIds,
      unknownActors: [...new Set(unknownActors)],
      countries: [...m.countries],
      start_: m.start,
      end_: m.end,
      quote: m.text,
      confidence: m.confidence,
      proposed: true,
      more: [],
    };
    if (m.mode) item.mode = m.mode;
    if (m.initiator) item.initiator = m.initiator;
    const timex = m.timex !== null ? timexes[m.timex] : undefined;
    if (timex) item.dateExpression = timex.text;
    if (m.background) item.background = true;
    const reason =
      headline && m.start < headline.end && m.end > headline.start
        ? 'The headline: suggested as the report’s title, not an event.'
        : !m.date
          ? 'No date in the passage: context, not an event.'
          : m.background
            ? 'Background: dated over a year before the report.'
            : m.confidence < PROPOSE_CONFIDENCE
              ? 'Low confidence: the passage may not report a happening.'
              : null;
    if (reason) {
      item.proposed = false;
      item.reason = reason;
    }
    items.push(item);
    itemOf.set(i, item);
    score.set(item, m.confidence + (m.start < LEAD_CHARS ? 0.3 : 0) + (ctx.published && m.date && daysBetween(m.date.end, ctx.published) <= 7 ? 0.2 : 0) - (m.type === 'STATEMENT' ? 0.15 : 0));
  });
  const rank = (it: ReviewItem) => (score.get(it) ?? 0) + 0.1 * (it.more?.length ?? 0);
  return items.sort((a, b) => Number(b.proposed !== false) - Number(a.proposed !== false) || rank(b) - rank(a) || a.start_ - b.start_);
}

/** Mentions below this confidence are listed, not proposed. */
export const PROPOSE_CONFIDENCE = 0.5;
/** A mention starting within this many characters is in the lead paragraph, where the main news is. */
const LEAD_CHARS = 600;

function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.abs(isoDayToMs(b) - isoDayToMs(a)) / DAY_MS;
}

/** The same happening read twice in one report: same family of type, same dates, a shared participant. */
function sameHappening(it: ReviewItem, m: Mention): boolean {
  if (!m.date || it.start !== m.date.start || it.end !== m.date.end) return false;
  if (typeFamilyOf(it.type) !== typeFamilyOf(m.type)) return false;
  return m.actorIds.some((id) => it.actorIds.includes(id)) || (m.actors.length > 0 && m.actors.some((n) => it.unknownActors.includes(n)));
}

/** Type families: types that can describe the same happening (as the extractor's merge groups them). */
function typeFamilyOf(type: EventType): string {
  if (type === 'CONSULT' || type === 'COOPERATE' || type === 'REQUEST') return 'consult';
  if (type === 'STATEMENT' || type === 'ACCUSE' || type === 'REJECT' || type === 'SUPPORT') return 'statement';
  if (type === 'ASSAULT' || type === 'MOBILIZE' || type === 'COERCE') return 'force';
  if (type === 'THREATEN' || type === 'SANCTION' || type === 'DEMAND') return 'pressure';
  return type;
}

/** A headline for a mention: its initiator (or first named person) first, then the other party. */
function mentionHeadline(m: Mention, byId: ReadonlyMap<string, Actor>): string {
  const initiator = m.initiator ? byId.get(m.initiator) : undefined;
  const people = m.actors.filter((n) => {
    const a = [...byId.values()].find((x) => x.name === n);
    return a ? a.kind === 'person' : true;
  });
  const lead = initiator?.kind === 'person' ? initiator.name : (people[0] ?? initiator?.name);
  const rest = [...people, ...m.actors].filter((n) => n !== lead && !(initiator && initiator.kind !== 'person' && n === initiator.name && lead !== n));
  const parties = [lead, ...rest].filter((x): x is string => !!x);
  const parts: HeadlineParts = { type: m.type, parties };
  if (m.mode) parts.mode = m.mode;
  if (m.act) parts.act = m.act;
  if (m.object) parts.object = m.object;
  if (m.place && !parties.includes(m.place)) parts.place = m.place;
  if (m.topic && !parties.includes(m.topic)) parts.topic = m.topic;
  return headlineTitle(parts, (n) => {
    const a = [...byId.values()].find((x) => x.name === n);
    return a ? a.kind === 'person' : people.includes(n);
  });
}

/** The boilerplate spans of a text from the extractor's boilerplate mentions: sorted by start, overlaps merged. */
export function boilerplateSpans(mentions: readonly Mention[]): { start: number; end: number }[] {
  const spans = mentions.filter((m) => m.boilerplate).map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * Dates every accepted item that has no date as "on or before publication": the range from
 * `ON_OR_BEFORE_DAYS` days before `published` to `published`, precision `range` — never a day
 * no source gives. The user's explicit choice; recorded on the item.
 */
export function dateUndatedByPublication(items: readonly ReviewItem[], published: IsoDate): ReviewItem[] {
  const start = onOrBeforeStart(published);
  return items.map((it) => (it.accepted === true && (it.start === '' || it.end === '') ? { ...it, start, end: published, precision: 'range', datedByPublication: true } : it));
}

/** How far back "on or before publication" reaches: the report tells of something in the previous days. */
export const ON_OR_BEFORE_DAYS = 30;

/** The first day of the "on or before publication" range: `ON_OR_BEFORE_DAYS` days before `published`. */
export function onOrBeforeStart(published: IsoDate): IsoDate {
  return addDays(published, -ON_OR_BEFORE_DAYS);
}

/** Why an item cannot be added yet, or null when it can. */
export function reviewItemProblem(item: ReviewItem): string | null {
  if (!item.title.trim()) return 'The title is empty.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(item.start)) return 'The start date is missing.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(item.end)) return 'The end date is missing.';
  if (item.end < item.start) return 'The end date is before the start date.';
  return null;
}
