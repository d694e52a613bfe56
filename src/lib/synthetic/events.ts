/**
 * Synthetic events, generated one at a time in date order so that large datasets can be streamed.
 */
import {
  EVENT_TYPES,
  type Citation,
  type Conflict,
  type CountryCode,
  type DateClaim,
  type EventType,
  type TimelineEvent,
} from '../model/types';
import { COUNTRY_WEIGHTS, type SyntheticActor } from './actors';
import { fromDayNumber, isoOfDayNumber as dayToIso } from '../model/calendar';
import { MONTH_NAMES } from './monthNames';
import { computeCorroboration } from '../model/corroboration';
import { syntheticDate } from './dates';
import { createRng, type Rng } from './rng';
import { SYNTHETIC_COUNTRIES, TITLE_TEMPLATES, TYPE_MODES, TYPE_WEIGHTS } from './vocabulary';
import type { SyntheticWorld } from './world';

const TYPE_W = EVENT_TYPES.map((t) => TYPE_WEIGHTS[t]);
/** Weights of 1, 2, 3 and 4 citations per event. */
const CITATION_COUNT_W = [40, 30, 20, 10];
/** How many sources published on or after an event are candidates for citing it. */
const SOURCE_WINDOW = 12;
/** Share of day-precision events with ≥ 2 citations whose sources disagree on the day. */
const CONFLICT_RATE = 0.06;

/**
 * `n` event start days within the world's span, sorted: half spread evenly, half in bursts
 * (crises) a few weeks wide.
 */
export function eventDays(rng: Rng, world: SyntheticWorld, n: number): Int32Array {
  const span = world.lastDay - world.firstDay + 1;
  const bursts: number[] = [];
  const burstCount = world.years * 4;
  for (let i = 0; i < burstCount; i++) bursts.push(world.firstDay + rng.int(0, span - 1));
  const days = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let d: number;
    if (rng.chance(0.5)) d = world.firstDay + rng.int(0, span - 1);
    else d = rng.pick(bursts) + Math.round((rng.next() + rng.next() + rng.next() - 1.5) * 20);
    days[i] = Math.min(world.lastDay, Math.max(world.firstDay, d));
  }
  return days.sort();
}

function lowerBoundSource(world: SyntheticWorld, day: number): number {
  let lo = 0;
  let hi = world.sources.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (world.sources[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function citationsFor(rng: Rng, world: SyntheticWorld, day: number): Citation[] {
  const want = rng.weighted(CITATION_COUNT_W) + 1;
  const from = Math.max(0, Math.min(lowerBoundSource(world, day), world.sources.length - SOURCE_WINDOW));
  const to = Math.min(world.sources.length, from + SOURCE_WINDOW);
  const chosen = new Set<number>();
  for (let tries = 0; chosen.size < want && tries < want * 4; tries++) chosen.add(rng.int(from, to - 1));
  const citations: Citation[] = [];
  for (const i of chosen) {
    const s = world.sources[i]!;
    const span = rng.pick(s.quotable);
    const c: Citation = { source: s.source.id, start: span.start, end: span.end, quote: s.source.text.slice(span.start, span.end) };
    if (span.occurrence !== undefined) c.occurrence = span.occurrence;
    citations.push(c);
  }
  return citations;
}

function partyActor(rng: Rng, world: SyntheticWorld, country: CountryCode): SyntheticActor {
  return rng.pick(world.actorsByCountry.get(country)!);
}

function pickParties(rng: Rng, world: SyntheticWorld): SyntheticActor[] {
  const c1 = SYNTHETIC_COUNTRIES[rng.weighted(COUNTRY_WEIGHTS)]!.code;
  const a = partyActor(rng, world, c1);
  let b: SyntheticActor;
  if (rng.chance(0.12)) b = rng.pick(world.internationalActors);
  else {
    let c2 = SYNTHETIC_COUNTRIES[rng.weighted(COUNTRY_WEIGHTS)]!.code;
    if (c2 === c1) c2 = SYNTHETIC_COUNTRIES[(SYNTHETIC_COUNTRIES.findIndex((c) => c.code === c1) + 1) % SYNTHETIC_COUNTRIES.length]!.code;
    b = partyActor(rng, world, c2);
  }
  const parties = [a, b];
  if (rng.chance(0.1)) {
    const c = rng.pick(world.actors);
    if (!parties.includes(c)) parties.push(c);
  }
  return parties;
}

function dayWords(day: number): string {
  const { day: date, month } = fromDayNumber(day);
  return `on ${date} ${MONTH_NAMES[month - 1]}`;
}

/** Builds event number `index` (0-based) starting around `day`. */
export function syntheticEvent(rng: Rng, world: SyntheticWorld, index: number, day: number): TimelineEvent {
  const type: EventType = EVENT_TYPES[rng.weighted(TYPE_W)]!;
  const parties = pickParties(rng, world);
  const countries: CountryCode[] = [];
  for (const p of parties) if (p.country !== null && !countries.includes(p.country)) countries.push(p.country);
  const title = TITLE_TEMPLATES[type].replace('A', parties[0]!.shortName).replace(/\bB\b/, parties[1]!.shortName);
  const date = syntheticDate(rng, day);
  const citations = citationsFor(rng, world, day);
  const dateClaims: DateClaim[] = [];
  let conflicts: Conflict[] | undefined;
  const start = date.start;
  let { end, precision } = date;
  if (date.precision !== 'day') {
    dateClaims.push({ source: citations[0]!.source, expression: date.expression, start: dayToIso(start), end: dayToIso(end), precision });
  } else if (citations.length >= 2 && rng.chance(CONFLICT_RATE)) {
    const other = day + rng.int(1, 2);
    const [c0, c1] = [citations[0]!, citations[1]!];
    dateClaims.push(
      { source: c0.source, expression: dayWords(day), start: dayToIso(day), end: dayToIso(day), precision: 'day' },
      { source: c1.source, expression: dayWords(other), start: dayToIso(other), end: dayToIso(other), precision: 'day' },
    );
    conflicts = [
      {
        field: 'date',
        note: 'Sources disagree on the day.',
        claims: [
          { source: c0.source, claim: dayToIso(day), quote: c0.quote },
          { source: c1.source, claim: dayToIso(other), quote: c1.quote },
        ],
      },
    ];
    end = other;
    precision = 'range';
  }
  const modes = TYPE_MODES[type];
  const mode = modes.length > 0 && rng.chance(0.75) ? rng.pick(modes) : undefined;
  const parsed = rng.chance(0.3);
  // Counts only: the outlet list would add bytes to every synthetic event.
  const { reports, independentOutlets } = computeCorroboration(citations, world.sourceById);
  const event: TimelineEvent = {
    id: `e${index + 1}`,
    title,
    start: dayToIso(start),
    end: dayToIso(end),
    precision,
    type,
    ...(mode ? { mode } : {}),
    actors: parties.map((p) => p.id),
    countries,
    initiator: parties[0]!.id,
    origin: parsed ? 'parsed' : 'curated',
    ...(parsed ? { confidence: Math.round((0.5 + rng.next() * 0.5) * 100) / 100 } : {}),
    citations,
    dateClaims,
    ...(conflicts ? { conflicts } : {}),
    corroboration: { reports, independentOutlets },
  };
  return event;
}

/** Yields `n` events for `seed` in date order (ids `e1`…`eN`). */
export function* syntheticEvents(world: SyntheticWorld, seed: string | number, n: number): Generator<TimelineEvent> {
  const rng = createRng(`events:${seed}`);
  const days = eventDays(rng, world, n);
  for (let i = 0; i < n; i++) yield syntheticEvent(rng, world, i, days[i]!);
}
