/**
 * Synthetic reports: short generated texts with quotable sentences, boilerplate spans (ads, comment
 * widgets, appended teasers), outlets, publication dates, and re-reports / scraped copies with `basedOn`.
 */
import type { Source, Span } from '../model/types';
import type { SyntheticActor } from './actors';
import { isoOfDayNumber as dayToIso } from '../model/calendar';
import type { Rng } from './rng';
import { CITIES, OUTLETS, SENTENCE_VERBS } from './vocabulary';

/** A quotable passage of a source: its span and, when the text repeats it, which occurrence it is. */
export interface QuotableSpan extends Span {
  occurrence?: number;
}

/** A generated source plus what the event generator needs to cite it. */
export interface SyntheticSource {
  source: Source;
  /** Publication day (days since 1970-01-01). */
  day: number;
  /** Non-boilerplate sentences that citations may quote. */
  quotable: QuotableSpan[];
}

/** Outlets before this index publish original reporting; the rest mostly repeat others. */
const ORIGINAL_OUTLETS = 10;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function sentence(rng: Rng, actors: readonly SyntheticActor[]): string {
  const a = rng.pick(actors).shortName;
  const b = rng.pick(actors).shortName;
  switch (rng.int(0, 3)) {
    case 0:
      return `${a} ${rng.pick(SENTENCE_VERBS)} ${b} in ${rng.pick(CITIES)}.`;
    case 1:
      return `${a} ${rng.pick(SENTENCE_VERBS)} ${b} on ${rng.pick(WEEKDAYS)}.`;
    case 2:
      return `Officials said ${a} had ${rng.pick(SENTENCE_VERBS)} ${b}.`;
    default:
      return `${a} and ${b} spoke for ${rng.int(20, 90)} minutes.`;
  }
}

/** Counts the occurrences of `needle` in `text` and returns which one starts at `at` (1-based). */
function occurrenceAt(text: string, needle: string, at: number): { occurrence: number; total: number } {
  let total = 0;
  let occurrence = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    total++;
    if (i === at) occurrence = total;
  }
  return { occurrence, total };
}

/**
 * Generates `count` sources published between `firstDay` and `lastDay` (inclusive), sorted by
 * publication day then id. Ids are `s1`, `s2`, … in that order.
 */
export function generateSources(
  rng: Rng,
  count: number,
  firstDay: number,
  lastDay: number,
  actors: readonly SyntheticActor[],
): SyntheticSource[] {
  const days: number[] = [];
  for (let i = 0; i < count; i++) days.push(rng.int(firstDay, lastDay));
  days.sort((x, y) => x - y);
  return days.map((day, i) => {
    const outletIndex = rng.int(0, OUTLETS.length - 1);
    const outlet = OUTLETS[outletIndex]!;
    let kind: Source['kind'] = 'original';
    let basedOn: string | null = null;
    if (outletIndex >= ORIGINAL_OUTLETS || rng.chance(0.15)) {
      kind = outletIndex >= ORIGINAL_OUTLETS && rng.chance(0.5) ? 'scraped-copy' : 're-report';
      let orig = rng.int(0, ORIGINAL_OUTLETS - 1);
      if (orig === outletIndex) orig = (orig + 1) % ORIGINAL_OUTLETS;
      basedOn = OUTLETS[orig]!;
    }
    const headline = `${rng.pick(actors).shortName} and ${rng.pick(actors).shortName} in ${rng.pick(CITIES)} talks`;
    let text = `${headline}\n\n`;
    const boilerplate: Span[] = [];
    const quotable: QuotableSpan[] = [];
    const pushBoilerplate = (chunk: string): void => {
      boilerplate.push({ start: text.length, end: text.length + chunk.length });
      text += chunk;
    };
    const sentences = rng.int(6, 14);
    for (let k = 0; k < sentences; k++) {
      const s = sentence(rng, actors);
      quotable.push({ start: text.length, end: text.length + s.length });
      text += s;
      text += k % 3 === 2 ? '\n\n' : ' ';
      if (k === 5 && rng.chance(0.3)) pushBoilerplate('Advertisement\n\n');
    }
    if (kind === 'scraped-copy' && rng.chance(0.6)) pushBoilerplate('Leave a Comment\n\n');
    if (rng.chance(0.25)) {
      pushBoilerplate(`Read more: ${rng.pick(actors).shortName} visits ${rng.pick(CITIES)}\n`);
    }
    for (const q of quotable) {
      const { occurrence, total } = occurrenceAt(text, text.slice(q.start, q.end), q.start);
      if (total > 1) q.occurrence = occurrence;
    }
    const source: Source = {
      id: `s${i + 1}`,
      outlet,
      title: headline,
      published: dayToIso(day),
      kind,
      basedOn,
      text,
      boilerplate,
    };
    return { source, day, quotable };
  });
}
