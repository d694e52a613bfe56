/**
 * Temporal-expression engine of the extractor (issue 4, step 2): finds date expressions in a
 * news report and resolves them against its publication date, or against the previous date of
 * the discourse for anaphoric expressions.
 *
 * CONVENTIONS (each one is tested in tests/extractor/timex):
 * - Spans follow TimeML: leading prepositions are not included ("on Thursday" → "Thursday",
 *   "over the winter" → "the winter"); a possessive "'s" is not included ("Sunday's program" → "Sunday").
 * - Values are TIMEX3: `2022-02-24`, `2022-01` (+ mod), `2021-W46` (the ISO week of the Monday of a
 *   Sunday–Saturday week), `2021-WI` (winter that starts in December 2021), `2022-02-23TEV`
 *   (MO morning, AF afternoon, EV evening, NI night; such expressions have type TIME and keep the day's range),
 *   `2022-W07-WE` (weekend), `P3M` / `PT5H` / `PXD` (durations); a vague offset from a reference day ("Days later", "weeks earlier")
 *   is that day with mod `AFTER` / `BEFORE` (`2022-02-10` + `AFTER`); `PAST_REF` / `FUTURE_REF` are kept for
 *   windows around publication ("in recent weeks", "in the coming days").
 * - early = days 1–10 (mod START), mid = 11–20 (MID), late = 21–end (END), precision `part-of-month`.
 *   For a year: early = Jan–Apr, mid = May–Aug, late = Sep–Dec, precision `range`. "earlier this month"
 *   = the 1st to the day before publication; "later this year" = the day after publication to Dec 31.
 * - Seasons are meteorological: winter = Dec 1 – end of February, spring = March–May, summer =
 *   June–August, fall = September–November; precision `season`. "the winter"/"this winter" = the one
 *   containing the publication day, else the most recent one (past tense) or the next one (future tense);
 *   "last winter" = the most recent one that has ended.
 * - Weeks start on Sunday (US): "last week" = the previous Sunday–Saturday week (precision `week`);
 *   "Monday last week" = the Monday of that week. The weekend = Saturday–Sunday.
 * - A bare weekday ("on Thursday") in a past-tense sentence = the most recent such day ON OR BEFORE
 *   publication (wire style names the publication day by its weekday: a report published on Thursday
 *   saying "said on Thursday" means that day); in a future-tense sentence = the first such day on or
 *   after publication. "last Thursday" = strictly before, "next Thursday" = strictly after publication.
 * - A month and day without a year: the most recent such day on or before publication in a past-tense
 *   sentence, the next one on or after it in a future-tense sentence; a weekday given with it
 *   ("Friday, Nov. 5") picks the year in which that day is that weekday. A bare month works the same way
 *   by months ("in December" published in February 2022 = 2021-12); "last November" = before the
 *   publication month, "next November" = after it. A year named earlier in the same sentence wins
 *   ("In 2019, talks collapsed in March" = 2019-03; "Next year's summit will be held in July").
 * - Tense: see detectTense — the tense marker nearest to the expression wins; no marker = past. An
 *   expression after "since" is always past ("the sixth round since June").
 * - Numeric dates: `2021-11-02` ISO; `06.11.2021` day.month.year (European, when the separator is a
 *   period); `11/06/2021` month/day/year (US, when the separator is a slash); `2021/11/06` year first.
 * - Anaphoric expressions ("the same day", "the next day", "A week later", "Three months earlier",
 *   "that evening", "earlier in the day", "at the time" — its span keeps "at") resolve against the previous resolved DATE or TIME expression
 *   outside skipped spans (`anaphoric: true`); with none before them, against the publication day.
 *   Vague references ("in recent weeks", "in the coming days"), dates after "since" ("ties have
 *   deepened since 2013") and open period starts ("shared information from December 2021", with no
 *   "to …" after it) never become anchors. An offset in days or weeks from a coarser anchor shifts
 *   its whole range ("A week later" after "in December 2021" = 2021-12-08 … 2022-01-07, precision `range`).
 *   "Days later"/"a few days later" = anchor + 1 to 7 days (precision `days`); "Hours later" = the
 *   anchor's day; "weeks later" = 1–6 weeks, "months later" = 1–11 months, "years later" = 1–9 years
 *   (precision `range`). Whole offsets in days or weeks give a day; in months a month; in years a year.
 * - "two years ago" is relative to publication (not anaphoric); "a few days ago" = 1–7 days before it.
 *   "in recent days/weeks/months" = the last 7 days / 4 weeks / 3 months up to publication (PAST_REF);
 *   "in the coming days/weeks/months" = the same spans from publication on (FUTURE_REF).
 * - Past-tense fallback: an anaphor in a past-tense clause that would land after publication through
 *   the latest anchor (a plan, "scheduled for early February") uses the most recent earlier anchor
 *   (up to five back) that puts it on or before publication.
 * - Size fit: "the same day", "the next day", "that evening", "the following Monday" need an anchor of
 *   at most four days, "that week"/"earlier in the week" one of at most a week; wider anchors (a month,
 *   a year) are passed over for the most recent one that fits, else publication is used.
 * - Durations ("three months", "for 40 years", "a three-day visit") have type DURATION and range null,
 *   except windows anchored on publication: "the past three months"/"the last year" = from that long
 *   before publication to publication; "the next two weeks" = from publication forward.
 *   Ages ("a 40-year-old") are not durations.
 * - Not dates: "May" as a modal verb (a bare "May" needs a preposition before it), "March on …",
 *   weekday proper names ("Bloody Sunday", "The Sunday Times"), capitalised season names ("Winter
 *   Olympics"), "the fall of …", clock times without a date, numbers with units ("2000 troops"),
 *   "COVID-19", "Group of Eight".
 */
import type { Timex } from '../../lib/model/extraction';
import { isoOfDayNumber, parseIsoDay } from '../../lib/model/calendar';
import { findTenseMarkers, tenseAt, type Tense } from './detectTense';
import type { Candidate, Frame } from './frames';
import { recognize } from './recognize';
import { resolveFrame, type Anchor, type QuarterFocus, type Resolved } from './resolve';
import type { Span as TextSpan } from '../../lib/model/types';
import { mergeSpans } from '../../lib/model/mergeSpans';
import { segment } from '../segment/segment';

/** Options for {@link findTimexes}. */
export interface TemporalOptions {
  /** Sentence spans (sorted) if the caller has segmented the text; otherwise the text is segmented here (segment/segment.ts). */
  sentences?: { start: number; end: number }[];
  /** Spans to skip (boilerplate): no timex is emitted inside them, and they never become discourse anchors. */
  skip?: { start: number; end: number }[];
}

/** How far around an expression the tense detector looks (keeps huge unpunctuated input linear). */
const TENSE_WINDOW = 300;

/** Whether `c` overlaps one of the sorted, merged `spans` (binary search: O(log n)). */
function overlapsAny(c: Candidate, spans: readonly TextSpan[]): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.end ?? 0) <= c.start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start < c.end;
}

/** Longest candidates first; a candidate is kept when it overlaps none kept before. */
function selectCandidates(candidates: Candidate[], length: number): Candidate[] {
  const taken = new Uint8Array(length);
  const sorted = candidates.slice().sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A month or a month and day without a year takes the year named earlier in the same sentence
 * ("In 2019, talks collapsed in March" = 2019-03; "Next year's summit will be held in July").
 */
function withYear(frame: Frame, year: number): Frame {
  if (frame.kind === 'month' && frame.year === null && frame.yearOffset === undefined && frame.rel === undefined) return { ...frame, year };
  if (frame.kind === 'absDate' && frame.year === null && frame.weekday === undefined) return { ...frame, year };
  return frame;
}

/** How far (in characters) a quarter stays in focus for "a year earlier" / "the quarter". */
const QUARTER_FOCUS_CHARS = 2000;

/**
 * In a report about a quarter ("net income rose in the third quarter … from $2 a share a year earlier"),
 * "a year earlier"/"a year ago" compares with the same quarter a year before (TimeBank: 1988-Q3).
 */
function inQuarterFocus(frame: Frame, focus: (QuarterFocus & { at: number }) | null, at: number): Frame {
  if (!focus || at - focus.at > QUARTER_FOCUS_CHARS) return frame;
  if ((frame.kind === 'ago' || frame.kind === 'shift') && frame.n === 1 && frame.unit === 'year' && frame.dir < 0) {
    return { kind: 'quarter', q: null, year: null, shiftYears: -1 };
  }
  return frame;
}

/**
 * Words of schedule and deadline around a month-day or month without a year: "payable Dec. 15", "by Jan. 14",
 * "until March 6", "expire Nov. 21", "effective Feb. 1", "extended to Nov. 20", "record date is Nov. 9", or the
 * date modifying a noun of a planned event ("the Jan. 14 deadline", "the June 12 summit"). Such a date is the
 * occurrence nearest to publication, whatever the tense of the verb ("canceled the June 12 summit").
 */
const SCHEDULE_BEFORE = /\b(?:by|until|till|before|payable|record|expires?|expiring|effective|(?:deadline|target\s+date)(?:\s+of)?|due|scheduled(?:\s+(?:for|on))?|slated(?:\s+for)?|set\s+for|planned\s+for|extended\s+(?:\w+\s+)?(?:to|until|through)|postponed\s+(?:\w+\s+)?(?:to|until)|delayed\s+(?:\w+\s+)?(?:to|until)|moved\s+(?:\w+\s+)?to|date\s+(?:is|was|of)|begin(?:ning|s)?|starting|opens?|ends?|closes?)\s+(?:on\s+|at\s+|as\s+(?:early|late)\s+as\s+)?$/i;
const PLANNED_NOUN_AFTER = /^(?:['’]s)?\s+(?:deadline|summit|meeting|vote|election|elections|talks|session|hearing|conference|ceremony|referendum|trial|court\s+date|launch|start|opening|visit|trip|debate|primary|primaries|inauguration|meeting|date|target|showdown)\b/i;

/**
 * Deadline words before a weekday ("as soon as Tuesday", "postponed until Tuesday morning", "given the relatives
 * until 9 a.m. Tuesday"): the day ahead. A bare "until"/"by" is not enough ("continued up until Wednesday, when …").
 */
const DEADLINE_BEFORE = /\b(?:as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than|(?:postponed|extended|delayed|deferred|moved|pushed\s+back|given\s+(?:\w+\s+){1,3})(?:\s+\w+){0,4}?\s+(?:to|until|till)|deadline\s+(?:of|is|was))\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:[ECMP][SD]T,?\s+)?)?$/i;

/** How a schedule or deadline places an expression: the occurrence nearest to publication, the next one, or neither. */
function scheduled(c: Candidate, text: string): 'nearest' | 'future' | null {
  const f = c.frame.kind === 'clock' && c.frame.day ? c.frame.day : c.frame;
  if (f.kind === 'weekday' && f.rel === undefined && f.weekOffset === undefined) {
    return DEADLINE_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) ? 'future' : null;
  }
  const bare = (f.kind === 'absDate' && f.year === null && f.weekday === undefined) || (f.kind === 'month' && f.year === null && f.yearOffset === undefined && f.rel === undefined);
  return bare && scheduledDate(c, text) ? 'nearest' : null;
}

function scheduledDate(c: Candidate, text: string): boolean {
  if (SCHEDULE_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) return true;
  return /\b(?:the|a|its|their|his|her|this|next|upcoming|planned)\s+$/i.test(text.slice(Math.max(0, c.start - 12), c.start)) && PLANNED_NOUN_AFTER.test(text.slice(c.end, c.end + 24));
}

/** The resolution nearest to publication among the past and the future readings (a tie goes to the future). */
function nearest(c: Candidate, pub: number, anchors: readonly Anchor[], quarter: QuarterFocus | null): Resolved | null {
  const past = resolveAnaphoraAware(c, pub, 'past', anchors, quarter);
  const future = resolveAnaphoraAware(c, pub, 'future', anchors, quarter);
  if (!past?.range || !future?.range) return future ?? past;
  return pub - past.range.end < future.range.start - pub ? past : future;
}

/** How many earlier anchors the fallbacks may reach back to. */
const MAX_ANCHORS = 5;

/**
 * Widest anchor (in days) that a day- or week-sized anaphor can refer to: "the same day"/"the next
 * day"/"that evening" need a day (or a span of up to four days, "10-11 January"), "that week"/"earlier
 * in the week" a week. Null for the others ("A week later", "Days later", "that year"), which take
 * the latest anchor whatever its size.
 */
function maxAnchorWidth(c: Candidate): number | null {
  if (c.frame.kind === 'anchorWeekday') return 7;
  if (c.frame.kind !== 'anchor') return null;
  if (c.frame.unit === 'day') return 4;
  if (c.frame.unit === 'week' || c.frame.unit === 'weekend') return 7;
  return null;
}

/**
 * Resolves a candidate against the latest anchor. Past-tense fallback: when an anaphor in a past-tense
 * clause would land after publication through the latest anchor (a plan: "A second round is planned for
 * early February. The mediators met the delegations the day before."), the previous anchors are tried
 * instead, most recent first, and the first one giving a day not after publication is used.
 */
function resolveAnaphoraAware(c: Candidate, pub: number, tense: Tense, anchors: readonly Anchor[], quarter: QuarterFocus | null): Resolved | null {
  const width = maxAnchorWidth(c);
  if (width !== null) {
    // "the same day", "earlier in the week": only an anchor no wider than that unit can serve
    for (let i = anchors.length - 1; i >= 0; i--) {
      const a = anchors[i];
      if (!a || a.end - a.start + 1 > width) continue;
      const r = resolveFrame(c.frame, { published: pub, tense, anchor: a, quarter });
      if (tense !== 'past' || !r?.range || r.range.start <= pub) return r;
    }
    return resolveFrame(c.frame, { published: pub, tense, anchor: null, quarter });
  }
  const latest = anchors[anchors.length - 1] ?? null;
  const r = resolveFrame(c.frame, { published: pub, tense, anchor: latest, quarter });
  const anaphoric = c.frame.kind === 'shift' || c.frame.kind === 'anchor' || c.frame.kind === 'anchorWeekday' || c.frame.kind === 'sameAsAnchor';
  if (!anaphoric || tense !== 'past' || !r?.range || r.range.start <= pub) return r;
  for (let i = anchors.length - 2; i >= 0; i--) {
    const alt = resolveFrame(c.frame, { published: pub, tense, anchor: anchors[i] ?? null, quarter });
    if (alt?.range && alt.range.start <= pub) return alt;
  }
  return r;
}

/**
 * Whether a resolved expression may become the discourse anchor. Not: vague references to the
 * recent past or near future ("in recent weeks", "in the coming days", "a few days ago"), and dates
 * introduced by "since", which open a period running up to the present rather than move the narrative.
 */
function canAnchor(c: Candidate, text: string): boolean {
  if ((c.frame.kind === 'ago' && c.frame.n === null) || c.frame.kind === 'window' || c.frame.kind === 'ref' || c.frame.kind === 'set') return false;
  if (c.frame.kind === 'quarter' && c.frame.shiftYears) return false;
  return !afterSince(c, text) && !openFrom(c, text);
}

/**
 * True for an open period start, "from December 2021" with no "to …"/"until …" after it: like "since",
 * it opens a period running on ("shared information … from December 2021"), it does not move the narrative.
 */
function openFrom(c: Candidate, text: string): boolean {
  if (!/\bfrom\s+$/i.test(text.slice(Math.max(0, c.start - 7), c.start))) return false;
  return !/^\s*(?:to|until|till|through|thru|and|[-–—])/i.test(text.slice(c.end, c.end + 12));
}

/** True when the expression follows "since" ("since 2013", "the sixth round since June"). */
function afterSince(c: Candidate, text: string): boolean {
  return /\bsince\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start));
}

/**
 * Publication evidence: a dateline at the start of a line ("WASHINGTON, March 19 —", "GENEVA, Jan. 23 (Reuters) —",
 * "TEHRAN, August 8 (Xinhua) --"), a stamp after "Published"/"Updated"/"Posted" ("Published: 26 May 2018"), or a line
 * holding only a date and perhaps a clock time ("May 28, 2018 09:35").
 */
const DATELINE_BEFORE = /(?:^|\n)[ \t]*[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,[ \t]+$/;
const DATELINE_AFTER = /^,?(?:\s+\d{4})?\s*(?:\([A-Za-z .&-]{1,30}\)\s*)?(?:[-–—]{1,2}|:)/;
const STAMP_BEFORE = /(?:^|\n)[ \t]*(?:(?:First\s+)?(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Ll]ast\s+updated|[Dd]ate)(?:\s+on)?\s*:?)[ \t]*$/;
const LINE_ONLY_AFTER = /^[ \t]*(?:,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d\d(?:[ \t]*(?:[ap]\.?m\.?|[A-Z]{2,4}))?)?[ \t]*(?:\n|$)/i;

function isPublicationStamp(c: Candidate, text: string): boolean {
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  if (c.start - lineStart > 80) return false; // a stamp opens its line (cheap test first: this runs per date)
  const before = text.slice(lineStart, c.start);
  const after = text.slice(c.end, c.end + 40);
  if (DATELINE_AFTER.test(after) && DATELINE_BEFORE.test(before)) return true;
  if (STAMP_BEFORE.test(before)) return true;
  const explicit = c.frame.kind === 'absDate' && c.frame.year !== null;
  return explicit && /(?:^|\n)[ \t]*$/.test(before) && LINE_ONLY_AFTER.test(after);
}

/** Finds and resolves temporal expressions in `text` against the publication date `published` (YYYY-MM-DD). */
export function findTimexes(text: string, published: string, options: TemporalOptions = {}): Timex[] {
  const pub = parseIsoDay(published);
  if (pub === null) throw new Error(`findTimexes: published must be a real date written YYYY-MM-DD, got "${published}"`);
  if (typeof text !== 'string' || text.length === 0) return [];
  const skip = mergeSpans(options.skip ?? []);
  const candidates = recognize(text).filter((c) => c.start >= 0 && c.end <= text.length && !overlapsAny(c, skip));
  const chosen = selectCandidates(candidates, text.length);
  const sentences = options.sentences && options.sentences.length > 0 ? options.sentences : segment(text).sentences;

  const markers = findTenseMarkers(text);
  const out: Timex[] = [];
  /** Recent anchors, most recent last (a few are kept for the past-tense fallback). */
  const anchors: Anchor[] = [];
  /** The last year named in the current sentence ("Next year's summit will be held in July"). */
  let yearContext: { sentence: number; year: number } | null = null;
  /** The last quarter named ("the third quarter"), with where it was named. */
  let quarter: (QuarterFocus & { at: number }) | null = null;
  let si = 0;
  for (const c of chosen) {
    while (si < sentences.length - 1 && (sentences[si]?.end ?? 0) <= c.start) si++;
    const s = sentences[si];
    const from = Math.max(s && s.start <= c.start ? s.start : 0, c.start - TENSE_WINDOW);
    const to = Math.min(s && s.end >= c.end ? s.end : text.length, c.end + TENSE_WINDOW);
    // "since June" always looks back: the period runs from that date up to now
    const tense = afterSince(c, text) ? 'past' : tenseAt(markers, from, to, c.start, c.end);
    const framed = yearContext && yearContext.sentence === si ? withYear(c.frame, yearContext.year) : c.frame;
    const frame = inQuarterFocus(framed, quarter, c.start);
    const focus = quarter && c.start - quarter.at <= QUARTER_FOCUS_CHARS ? quarter : null;
    const cand = frame === c.frame ? c : { ...c, frame };
    const plan = tense === 'past' ? scheduled(cand, text) : null;
    const r = plan === 'nearest' ? nearest(cand, pub, anchors, focus) : resolveAnaphoraAware(cand, pub, plan ?? tense, anchors, focus);
    if (!r) continue;
    const timex: Timex = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: r.type,
      value: r.value,
      ...(r.mod ? { mod: r.mod } : {}),
      range: r.range ? { start: isoOfDayNumber(r.range.start), end: isoOfDayNumber(r.range.end) } : null,
      ...(r.precision ? { precision: r.precision } : {}),
      ...(r.anaphoric ? { anaphoric: true } : {}),
    };
    const stamp = (c.frame.kind === 'absDate' || c.frame.kind === 'weekday') && isPublicationStamp(c, text);
    if (stamp) timex.role = 'publication';
    out.push(timex);
    const qm = /^(\d{4})-Q(\d)$/.exec(r.value);
    if (qm && frame.kind === 'quarter' && !frame.shiftYears) quarter = { year: Number(qm[1]), q: Number(qm[2]), at: c.end };
    if (!stamp && r.type !== 'DURATION' && r.range && r.precision && canAnchor(c, text)) {
      anchors.push({ start: r.range.start, end: r.range.end, precision: r.precision, value: r.value });
      // only a year that frames the sentence ("In 2019, …", "Next year's summit …"), not one inside a clause ("a program approved in 1987 that …")
      const framing = /^(?:,|['’]s\b)/.test(text.slice(c.end, c.end + 2)) || c.start - (s?.start ?? 0) < 12;
      if (r.precision === 'year' && /^\d{4}$/.test(r.value) && framing) yearContext = { sentence: si, year: Number(r.value) };
      if (anchors.length > MAX_ANCHORS) anchors.shift();
    }
  }
  return out;
}
