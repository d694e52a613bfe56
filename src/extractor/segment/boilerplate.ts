/**
 * Boilerplate detection by general rules of web news pages. Boilerplate is kept in the text but flagged;
 * no event is drawn from it. Units are lines (one-paragraph-per-line texts) or sentences (hard-wrapped texts).
 *
 * Families:
 * - `widget`: ads, share/comment/subscription widgets ("Advertisement", "Leave a Comment", "Source link"),
 *   bylines, credits and page furniture ("By Jane Roe", "Reporting by …; Editing by …", "Updated 10:31 a.m.
 *   March 3, 2023", "Watch: …", "Related: …", "© 2023 …");
 * - `non-sentence`: short lines without terminal punctuation (≤ 3 words) or without letters ("03:41", "246"),
 *   promotional lines ("…news feed…", "Get more with …"), and headline-like lines (no terminal punctuation)
 *   next to other boilerplate, such as the title of an embedded video after its timestamp;
 * - `caption`: photo captions and credits ("Photo: …", "Getty Images", "AP Photo") and captions ending in a
 *   full date (", Friday, February 25, 2022.");
 * - `duplicate`: the second and later occurrences of a line or sentence;
 * - `teaser`: trailing units after the article with positive evidence that they belong to other stories: two or
 *   more units at the end without a full stop (a list of headlines or of cut-off story openings: an excerpt is cut
 *   off once), or lines after a "Read more" / "Related" / "More from" marker. A single last paragraph cut off
 *   mid-sentence is not a teaser (many user texts are excerpts) and keeps its dates. A short trailing line without
 *   a full stop (≤ 6 words) is page furniture (`non-sentence`).
 *
 * Never flagged: publication stamps ("Published : 26 May 2018", "May 28, 2018 09:35", "Updated 10:35 GMT") and
 * datelines ("SEOUL, March 9 (Yonhap) --"): the timex stage reads them as publication evidence (they yield no events:
 * they have no trigger). Captions stay flagged and their dates are not read: measured on the seed gold, reading
 * caption dates made them discourse anchors and moved a later relative date (date recall 1.000 → 0.983).
 */
import type { Span } from '../../lib/model/types';
import { endsWithTerminal, type Segmentation } from './segment';

/** Why a span is boilerplate. */
export type BoilerplateReason = 'widget' | 'non-sentence' | 'caption' | 'duplicate' | 'teaser';

/** A flagged span of the text. */
export interface BoilerplateSpan extends Span {
  reason: BoilerplateReason;
}

const WIDGET =
  /^(?:advertisement|advertisements|sponsored(?: content| links?)?|promoted(?: content)?|leave a (?:comment|reply)|\d*\s*comments?|no comments?|add (?:a )?comment|post a comment|share(?: this(?: article| story| post)?)?(?: on \w+)?|source link|read more(?: .{0,80})?|read the full (?:article|story)|continue reading(?: .{0,40})?|sign up(?: .*)?|subscribe(?: .*)?|learn more|related(?: articles| stories| posts| coverage)?|recommended(?: for you)?|click here(?: .*)?|follow us(?: .*)?|your email address will not be published(?:\.? required fields are marked.*)?|required fields are marked.*|print|email|facebook|twitter|whatsapp|linkedin|copy link|most (?:read|popular)|trending(?: now)?|skip to (?:main )?content|back to top)$/i;
/** Bylines, editing credits and trust-policy lines at the end of wire copy. */
const CREDITS = /^(?:(?:additional )?(?:reporting|writing|editing|compiled|produced|written) by\b|our standards:|follow .{1,40} on (?:twitter|x|facebook|instagram)\b|©|copyright\b|all rights reserved\b|(?:watch|listen|video|gallery|in pictures|live updates?|related|read also|see also|also read)\s*[:|–—-])/i;
/** A byline: "By Jane Roe and John Doe, Reuters". */
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:(?:\s*,\s*|\s+and\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*\.?$/u;
const PROMO = /\b(?:newsletter|news ?feed|download (?:our|the) app|sign up|subscribe|follow us)\b|^(?:get|read|see|discover|explore) more\b/i;
const CREDIT = /\b(?:Photo(?:graph)?|Picture|Image|Credit|Photo credit)s?\s*:|\bGetty Images\b|\bAP Photo\b|\bPhoto by\b|\bFile photo\b|\bAFP via Getty\b/i;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATED_CAPTION = new RegExp(`,\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\\s+)?(?:${MONTHS})\\.?\\s+\\d{1,2},\\s+\\d{4}\\.?["”]?(?:\\s*\\([^()]{1,80}\\))?$`);

const STAMP_MONTH = `(?:${MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?`;
/** A publication stamp or a dateline line: never boilerplate. */
const STAMP = new RegExp(
  [
    `^(?:published|updated|posted|last updated|first published|date)\\b\\s*:?\\s*.{0,60}\\d`,
    `^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\w*,?\\s+)?(?:${STAMP_MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${STAMP_MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[\\s,|-]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}.{0,20})?$`,
  ].join('|'),
  'iu',
);
/** A dateline: a place in capitals, then a date ("SEOUL, March 9 (Yonhap) --", "GENEVA, 23 Jan"). */
const DATELINE = new RegExp(`^\\p{Lu}[\\p{Lu} .'-]+,\\s+(?:${STAMP_MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${STAMP_MONTH})\\b`, 'u');
/** A marker line after which the rest of the page is other stories. */
const MORE_MARKER = /^(?:read more|more from|more on|related(?: articles| stories| posts| coverage)?|recommended(?: for you)?|read also|see also|also read|most (?:read|popular)|trending(?: now)?|you may also like|more stories|latest news|top stories)\b/i;

/** Whether a unit of text is a publication stamp or a dateline (never boilerplate). */
export function isPublicationStamp(unit: string): boolean {
  return STAMP.test(unit.trim()) || DATELINE.test(unit.trim());
}

function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Detects boilerplate spans in `text`, given its segmentation and publication date. Sorted by start. */
export function detectBoilerplate(text: string, seg: Segmentation, _published?: string): BoilerplateSpan[] {
  const units: Span[] = seg.hardWrapped ? seg.sentences : seg.paragraphs;
  const flags: (BoilerplateReason | null)[] = units.map(() => null);
  const seen = new Set<string>();
  const stamps = new Set<number>();
  const firstSentence = new Map<number, Span>();
  for (const x of seg.sentences) if (!firstSentence.has(x.paragraph)) firstSentence.set(x.paragraph, x);

  units.forEach((u, i) => {
    const s = text.slice(u.start, u.end).trim();
    const bare = s.replace(/^[\s•·*\-–—|]+/, '').replace(/[\s:.!|]+$/, '');
    const terminal = endsWithTerminal(s);
    const key = normalize(s);
    if (key.length >= 15 && seen.has(key)) flags[i] = 'duplicate';
    seen.add(key);
    if (flags[i]) return;
    if (isPublicationStamp(s)) {
      stamps.add(i);
      return;
    }
    if (WIDGET.test(bare) || CREDITS.test(bare) || BYLINE.test(bare)) flags[i] = 'widget';
    else if (!terminal && (wordCount(s) <= 3 || !/\p{L}/u.test(s))) flags[i] = 'non-sentence';
    else if (!terminal && PROMO.test(s)) flags[i] = 'non-sentence';
    else if (CREDIT.test(s) && (!seg.hardWrapped || s.length < 600)) flags[i] = 'caption';
    else if (DATED_CAPTION.test(s)) flags[i] = 'caption';
    else if (!seg.hardWrapped) {
      const first = firstSentence.get(i);
      if (first && DATED_CAPTION.test(text.slice(first.start, first.end)) && s.length < 600) flags[i] = 'caption';
    }
    // a credit standing alone as a sentence ("Photo: Kyodo") takes the caption sentence before it along
    if (seg.hardWrapped && flags[i] === 'caption' && s.length < 60 && i > 0) {
      const prev = units[i - 1];
      const cur = seg.sentences[i];
      if (prev && cur && seg.sentences[i - 1]?.paragraph === cur.paragraph && !flags[i - 1]) flags[i - 1] = 'caption';
    }
  });

  // headline-like lines (no terminal punctuation) next to other boilerplate: related-story links, video titles
  if (!seg.hardWrapped) {
    for (let pass = 0; pass < 2; pass++) {
      units.forEach((u, i) => {
        if (flags[i] || i === 0 || stamps.has(i)) return;
        const s = text.slice(u.start, u.end).trim();
        if (endsWithTerminal(s) || wordCount(s) > 20) return;
        if (flags[i - 1] || flags[i + 1]) flags[i] = 'non-sentence';
      });
    }
  }

  // trailing teasers need positive evidence: a marker ("Read more", "Related") before the trailing units, or a
  // list of two or more headline-like lines at the end; a single cut-off last paragraph is kept
  let tail = units.length;
  let headlines = 0;
  for (let i = units.length - 1; i > 0; i--) {
    if (stamps.has(i)) break;
    const u = units[i] as Span;
    const s = text.slice(u.start, u.end).trim();
    if (flags[i]) {
      if (MORE_MARKER.test(s.replace(/^[\s•·*\-–—|]+/, ''))) {
        for (let k = i + 1; k < tail; k++) if (!flags[k] && !stamps.has(k)) flags[k] = 'teaser';
        break;
      }
      continue;
    }
    if (endsWithTerminal(s)) break;
    // a short line without a full stop is page furniture ("No comments: / Write a comment"), not an excerpt's end
    if (wordCount(s) <= 6) {
      flags[i] = 'non-sentence';
      continue;
    }
    headlines++;
    tail = i;
  }
  if (headlines >= 2) for (let k = tail; k < units.length; k++) if (!flags[k] && !stamps.has(k)) flags[k] = 'teaser';

  const out: BoilerplateSpan[] = [];
  units.forEach((u, i) => {
    const reason = flags[i];
    if (reason) out.push({ start: u.start, end: u.end, reason });
  });
  return out;
}

/** Whether `[start, end)` lies mostly (over half) inside one of the sorted `spans`. */
export function inBoilerplate(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else {
      const overlap = Math.min(end, s.end) - Math.max(start, s.start);
      return overlap * 2 >= end - start;
    }
  }
  return false;
}
