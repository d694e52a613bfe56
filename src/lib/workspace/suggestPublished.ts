import type { IsoDate } from '../model/types';
import { isValidDay, isoOf } from '../model/calendar';

/** A suggested publication date with the passage it was read from. */
export interface PublishedSuggestion {
  date: IsoDate;
  /** The evidence as written in the text. */
  quote: string;
  start: number;
  end: number;
  /** What kind of evidence: a byline ("Published …"), a dateline ("WASHINGTON, March 19 —") or an ISO date. */
  kind: 'byline' | 'dateline' | 'iso';
  /**
   * The evidence gives no year (a yearless dateline): `text` when the year was taken from another
   * date in the text, `today` when it is the latest such day not after today. Absent when the
   * evidence states its year.
   */
  yearAssumed?: 'text' | 'today';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MON = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n));
}

function iso(y: number, m: number, d: number): IsoDate | null {
  if (y < 1800 || y > 2200 || !isValidDay(y, m + 1, d)) return null;
  return isoOf(y, m + 1, d);
}

/** Parses "March 19, 2022", "19 March 2022", "Mar. 19 2022" or "2022-03-19" at the start of `s`. */
function parseDateAt(s: string): { date: IsoDate; length: number } | null {
  let m = new RegExp(`^${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i').exec(s);
  if (m) {
    const d = iso(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
    return d ? { date: d, length: m[0].length } : null;
  }
  m = new RegExp(`^(\\d{1,2})\\s+${MON},?\\s+(\\d{4})`, 'i').exec(s);
  if (m) {
    const d = iso(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
    return d ? { date: d, length: m[0].length } : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) {
    const d = iso(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return d ? { date: d, length: m[0].length } : null;
  }
  return null;
}

/** The latest `month`/`day` (0-based month) that is not after `today` (its local calendar date). */
function latestNotAfter(month: number, day: number, today: Date): IsoDate | null {
  const y = today.getFullYear();
  const todayIso = iso(y, today.getMonth(), today.getDate());
  for (let year = y; year >= y - 8; year--) {
    const d = iso(year, month, day); // Feb 29 only exists in leap years: look further back
    if (d && todayIso && d <= todayIso) return d;
  }
  return null;
}

/**
 * Suggests publication dates from a report's text, best first: bylines ("Published March 19, 2022",
 * "Updated: 19 March 2022"), then datelines ("WASHINGTON, March 19 —", "GENEVA, Nov. 6 (Reuters) —"),
 * then the first full date in the text. Each carries its evidence passage. A dateline without a
 * year takes the year of a full date in the text or, failing that and when `today` is given, the
 * most recent such day not after `today` (marked `yearAssumed`). Pure: `today` is a parameter,
 * never the clock.
 */
export function suggestPublished(text: string, today?: Date): PublishedSuggestion[] {
  const head = text.slice(0, 20000);
  const out: PublishedSuggestion[] = [];
  const byline = /\b(?:Published|Updated|Posted|Last updated|First published)(?:\s+on)?\s*:?\s*(?:[A-Z][a-z]+day,?\s+)?/g;
  for (let m = byline.exec(head); m; m = byline.exec(head)) {
    const p = parseDateAt(head.slice(m.index + m[0].length));
    if (p) out.push({ date: p.date, quote: head.slice(m.index, m.index + m[0].length + p.length), start: m.index, end: m.index + m[0].length + p.length, kind: 'byline' });
  }
  const anyDate = new RegExp(`${MON}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MON},?\\s+\\d{4}|\\b\\d{4}-\\d{2}-\\d{2}\\b`, 'gi');
  const fullDates: PublishedSuggestion[] = [];
  for (let m = anyDate.exec(head); m; m = anyDate.exec(head)) {
    const p = parseDateAt(m[0]);
    if (p) fullDates.push({ date: p.date, quote: m[0], start: m.index, end: m.index + m[0].length, kind: 'iso' });
  }
  const dateline = new RegExp(`(?:^|\\n)\\s*([A-Z][A-Z .'-]{2,40}),\\s+${MON}\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?(?:—|–|-|\\(|\\s)`, 'g');
  for (let m = dateline.exec(head); m; m = dateline.exec(head)) {
    const city = m[1]!;
    const startIdx = m.index + m[0].indexOf(city);
    const quote = head.slice(startIdx, m.index + m[0].length).trimEnd();
    const month = monthIndex(m[2]!);
    const day = Number(m[3]);
    const at = { quote, start: startIdx, end: startIdx + quote.length, kind: 'dateline' as const };
    if (m[4]) {
      const d = iso(Number(m[4]), month, day);
      if (d) out.push({ date: d, ...at });
    } else if (fullDates[0]) {
      const d = iso(Number(fullDates[0].date.slice(0, 4)), month, day);
      if (d) out.push({ date: d, ...at, yearAssumed: 'text' });
    } else if (today) {
      const d = latestNotAfter(month, day, today);
      if (d) out.push({ date: d, ...at, yearAssumed: 'today' });
    }
  }
  for (const f of fullDates) if (!out.some((o) => o.date === f.date)) out.push(f);
  const seen = new Set<string>();
  return out.filter((o) => (seen.has(o.date + o.kind) ? false : (seen.add(o.date + o.kind), true)));
}
