import type { Actor, ActorId, CountryCode, EventMode, EventType, IsoDate, Precision } from '../model/types';
import type { Mention, Timex } from '../model/extraction';

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

/** Turns the extractor's non-boilerplate mentions into review items (boilerplate is left out). */
export function mentionsToReviewItems(mentions: readonly Mention[], gazetteer: readonly Actor[], timexes: readonly Timex[] = []): ReviewItem[] {
  const items: ReviewItem[] = [];
  mentions.forEach((m, i) => {
    if (m.boilerplate) return;
    const actorIds = [...new Set(m.actorIds)];
    const unknownActors = m.actors.filter((name) => !known(name, gazetteer));
    for (const name of m.actors) {
      const a = known(name, gazetteer);
      if (a && !actorIds.includes(a.id)) actorIds.push(a.id);
    }
    const item: ReviewItem = {
      key: `m${i}`,
      accepted: null,
      title: draftTitle(m.text),
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
    };
    if (m.mode) item.mode = m.mode;
    if (m.initiator) item.initiator = m.initiator;
    const timex = m.timex !== null ? timexes[m.timex] : undefined;
    if (timex) item.dateExpression = timex.text;
    items.push(item);
  });
  return items;
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
  const [y, m, d] = published.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - ON_OR_BEFORE_DAYS)).toISOString().slice(0, 10);
}

/** Why an item cannot be added yet, or null when it can. */
export function reviewItemProblem(item: ReviewItem): string | null {
  if (!item.title.trim()) return 'The title is empty.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(item.start)) return 'The start date is missing.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(item.end)) return 'The end date is missing.';
  if (item.end < item.start) return 'The end date is before the start date.';
  return null;
}
