/**
 * The hand-written gold of the blind set (tests/gold/blind/<story>/gold.json; schema in
 * tests/gold/blind/README.md), and its placement on the report texts.
 */
import type { TimexMod, TimexType } from '../../src/lib/model/extraction';
import type { ActorKind, CountryCode, EventMode, EventType, IsoDate, Precision } from '../../src/lib/model/types';

export type DateRole = 'event' | 'narrative' | 'publication' | 'duration';

export interface GoldDate {
  text: string;
  occurrence: number;
  type: TimexType;
  value: string;
  mod?: TimexMod | 'LESS_THAN';
  range: { start: IsoDate; end: IsoDate } | null;
  precision?: Precision;
  role: DateRole;
  anchor: 'absolute' | 'publication' | 'discourse' | 'none';
  note?: string;
}

export interface GoldParticipant {
  name: string;
  kind: ActorKind;
  country: CountryCode | null;
  aliases: string[];
}

export interface GoldMention {
  source: string;
  quote: string;
  occurrence?: number;
  /** Keys of the story's participants named in this passage. */
  participants: string[];
}

export interface GoldEvent {
  id: string;
  title: string;
  start: IsoDate;
  end: IsoDate;
  precision: Precision;
  type: EventType;
  mode?: EventMode;
  alsoTypes?: EventType[];
  background?: boolean;
  participants: string[];
  mentions: GoldMention[];
}

export interface StoryGold {
  story: string;
  title: string;
  written: { by: string; date: string; method: string };
  participants: Record<string, GoldParticipant>;
  reports: { source: string; published: IsoDate; dates: GoldDate[] }[];
  events: GoldEvent[];
}

/** A span of a report. */
export interface Placed {
  start: number;
  end: number;
}

/**
 * Offsets of the `occurrence`-th (1-based) occurrence of `needle` in `text`; throws naming the file,
 * record and field when it is not there.
 */
export function placeOccurrence(text: string, needle: string, occurrence: number, where: string): Placed {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${where}: "${needle}" occurs fewer than ${occurrence} time(s) in the report`);
  }
  return { start: at, end: at + needle.length };
}

/** Checks that every participant key used by the gold is declared; throws naming the record and field. */
export function checkParticipants(gold: StoryGold, file: string): void {
  gold.events.forEach((e, i) => {
    const unknown = [...e.participants, ...e.mentions.flatMap((m) => m.participants)].find((k) => !(k in gold.participants));
    if (unknown) throw new Error(`${file}: events[${i}] ("${e.id}"): field "participants": unknown participant key "${unknown}"`);
  });
}
