/**
 * Lane assignment: which horizontal lanes (countries, actors or event types) each event occupies.
 * Pure; one pass over the events with typed-array output (CSR layout: `offsets`/`ids`).
 */
import type { Actor, TimelineEvent } from '../lib/model/types';

/** What the lanes group by (mirrors the store's `LaneMode`). */
export type LaneGrouping = 'country' | 'actor' | 'type';

/** One lane: a stable key, a display label and how many events it holds. */
export interface Lane {
  key: string;
  label: string;
  count: number;
}

/** Each event's lanes: lanes of event i are `ids[offsets[i] .. offsets[i+1])`, deduplicated. */
export interface LaneAssignment {
  lanes: Lane[];
  offsets: Int32Array;
  ids: Int32Array;
}

/** Key of the lane that collects events whose lane is not among the top N. */
export const OTHER_LANE = '__other__';
/** Key of the lane for events with no country/actor. */
export const NONE_LANE = '__none__';

/** Names lanes: countries via Intl.DisplayNames, actors by name, types title-cased. */
export type LaneLabeler = (key: string) => string;

let regionNames: Intl.DisplayNames | null = null;

/** "US" → "United States" (falls back to the code). */
export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "STATEMENT" → "Statement". */
export function typeName(type: string): string {
  return type.charAt(0) + type.slice(1).toLowerCase();
}

function keysOf(ev: TimelineEvent, grouping: LaneGrouping): readonly string[] {
  if (grouping === 'country') return ev.countries;
  if (grouping === 'actor') return ev.actors;
  return [ev.type];
}

/**
 * Groups `events` into at most `maxLanes` lanes (the most populous), plus one "Other" lane for
 * the rest and one "None" lane for events without a key. Lanes are ordered by count (desc), then
 * label; Other and None come last. Every event gets at least one lane; none is dropped.
 */
export function assignLanes(
  events: readonly TimelineEvent[],
  grouping: LaneGrouping,
  actors: readonly Actor[] = [],
  maxLanes = 12,
): LaneAssignment {
  const counts = new Map<string, number>();
  let noneCount = 0;
  for (const ev of events) {
    const keys = keysOf(ev, grouping);
    if (keys.length === 0) noneCount++;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      if (k > 0 && keys.indexOf(key) < k) continue; // duplicate key within one event
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));
  const label: LaneLabeler =
    grouping === 'country' ? countryName : grouping === 'actor' ? (k) => actorNames.get(k) ?? k : typeName;
  const ranked = [...counts.entries()]
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const top = ranked.slice(0, Math.max(0, maxLanes));
  const rest = ranked.slice(top.length);
  const index = new Map<string, number>(top.map((l, i) => [l.key, i]));
  const lanes: Lane[] = top.map((l) => ({ ...l }));
  let otherIdx = -1;
  if (rest.length > 0) {
    otherIdx = lanes.length;
    lanes.push({ key: OTHER_LANE, label: `Other (${rest.length})`, count: 0 });
  }
  let noneIdx = -1;
  if (noneCount > 0) {
    noneIdx = lanes.length;
    lanes.push({ key: NONE_LANE, label: grouping === 'country' ? 'No country' : grouping === 'actor' ? 'No actor' : 'No type', count: noneCount });
  }

  const offsets = new Int32Array(events.length + 1);
  const scratch: number[] = [];
  let total = 0;
  for (let i = 0; i < events.length; i++) {
    total += Math.max(1, keysOf(events[i] as TimelineEvent, grouping).length);
  }
  const ids = new Int32Array(total);
  let w = 0;
  for (let i = 0; i < events.length; i++) {
    offsets[i] = w;
    const keys = keysOf(events[i] as TimelineEvent, grouping);
    scratch.length = 0;
    if (keys.length === 0) scratch.push(noneIdx);
    let inOther = false;
    for (const key of keys) {
      const li = index.get(key);
      if (li !== undefined) {
        if (!scratch.includes(li)) scratch.push(li);
      } else if (!inOther) {
        inOther = true;
        scratch.push(otherIdx);
      }
    }
    if (inOther) (lanes[otherIdx] as Lane).count++;
    scratch.sort((a, b) => a - b);
    for (const li of scratch) ids[w++] = li;
  }
  offsets[events.length] = w;
  return { lanes, offsets, ids: w === total ? ids : ids.slice(0, w) };
}
