/**
 * Lane assignment: which horizontal lanes (countries, actors or event types) each event occupies.
 * Pure; one pass over the events with typed-array output (CSR layout: `offsets`/`ids`).
 */
import { countryName } from '../lib/format/countryName';
import { typeLabel } from '../lib/format/typeLabel';
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

function keysOf(ev: TimelineEvent, grouping: LaneGrouping): readonly string[] {
  if (grouping === 'country') return ev.countries;
  if (grouping === 'actor') return ev.actors;
  return [ev.type];
}

/** Each event's distinct lane keys as integer ids: keys of event i are `names[ids[offsets[i] .. offsets[i+1])]`. */
export interface InternedKeys {
  grouping: LaneGrouping;
  offsets: Int32Array;
  ids: Int32Array;
  names: string[];
}

/** Interns the lane keys of every event (once per dataset and grouping; typed arrays, no per-event objects). */
export function internKeys(events: readonly TimelineEvent[], grouping: LaneGrouping): InternedKeys {
  const n = events.length;
  const keyId = new Map<string, number>();
  const names: string[] = [];
  const offsets = new Int32Array(n + 1);
  let raw = new Int32Array(Math.max(16, n * 2));
  let w = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = w;
    const keys = keysOf(events[i] as TimelineEvent, grouping);
    const first = w;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      let id = keyId.get(key);
      if (id === undefined) {
        id = names.length;
        keyId.set(key, id);
        names.push(key);
      }
      let dup = false;
      for (let j = first; j < w; j++) if (raw[j] === id) dup = true;
      if (dup) continue;
      if (w >= raw.length) {
        const next = new Int32Array(raw.length * 2);
        next.set(raw);
        raw = next;
      }
      raw[w++] = id;
    }
  }
  offsets[n] = w;
  return { grouping, offsets, ids: raw, names };
}

/**
 * Lanes for the events at `positions` (ascending indices into the interned events; null = all):
 * at most `maxLanes` lanes (the most populous), plus one "Other" lane for the rest and one
 * "None" lane for events without a key. Lanes are ordered by count (desc), then label; Other and
 * None come last. Every event gets at least one lane; none is dropped. O(selected events).
 */
export function lanesFromKeys(keys: InternedKeys, positions: ArrayLike<number> | null, actors: readonly Actor[] = [], maxLanes = 12): LaneAssignment {
  const { grouping, offsets: rawOffsets, ids: raw, names } = keys;
  const n = positions ? positions.length : rawOffsets.length - 1;
  const keyCounts = new Int32Array(names.length);
  let noneCount = 0;
  let total = 0;
  for (let j = 0; j < n; j++) {
    const p = positions ? (positions[j] as number) : j;
    const a = rawOffsets[p] as number;
    const b = rawOffsets[p + 1] as number;
    if (a === b) noneCount++;
    total += Math.max(1, b - a);
    for (let k = a; k < b; k++) keyCounts[raw[k] as number] = (keyCounts[raw[k] as number] as number) + 1;
  }

  const actorNames = new Map(actors.map((a) => [a.id, a.name]));
  const label: LaneLabeler =
    grouping === 'country' ? countryName : grouping === 'actor' ? (k) => actorNames.get(k) ?? k : typeLabel;
  const ranked: { key: string; id: number; label: string; count: number }[] = [];
  for (let id = 0; id < names.length; id++) {
    const count = keyCounts[id] as number;
    if (count > 0) ranked.push({ key: names[id] as string, id, label: label(names[id] as string), count });
  }
  ranked.sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const topN = Math.min(ranked.length, Math.max(0, maxLanes));
  const lanes: Lane[] = ranked.slice(0, topN).map(({ key, label: l, count }) => ({ key, label: l, count }));
  const laneOfKey = new Int32Array(names.length).fill(-1);
  for (let r = 0; r < topN; r++) laneOfKey[(ranked[r] as { id: number }).id] = r;
  let otherIdx = -1;
  if (ranked.length > topN) {
    otherIdx = lanes.length;
    lanes.push({ key: OTHER_LANE, label: `Other (${ranked.length - topN})`, count: 0 });
  }
  let noneIdx = -1;
  if (noneCount > 0) {
    noneIdx = lanes.length;
    lanes.push({ key: NONE_LANE, label: grouping === 'country' ? 'No country' : grouping === 'actor' ? 'No actor' : 'No type', count: noneCount });
  }

  const offsets = new Int32Array(n + 1);
  const ids = new Int32Array(total);
  let o = 0;
  for (let j = 0; j < n; j++) {
    offsets[j] = o;
    const p = positions ? (positions[j] as number) : j;
    const a = rawOffsets[p] as number;
    const b = rawOffsets[p + 1] as number;
    if (a === b) {
      ids[o++] = noneIdx;
      continue;
    }
    const first = o;
    let inOther = false;
    for (let k = a; k < b; k++) {
      let lane = laneOfKey[raw[k] as number] as number;
      if (lane < 0) {
        if (inOther) continue;
        inOther = true;
        lane = otherIdx;
      }
      // Insertion into the event's (tiny) sorted slice.
      let i = o++;
      while (i > first && (ids[i - 1] as number) > lane) {
        ids[i] = ids[i - 1] as number;
        i--;
      }
      ids[i] = lane;
    }
    if (inOther) (lanes[otherIdx] as Lane).count++;
  }
  offsets[n] = o;
  return { lanes, offsets, ids: o === ids.length ? ids : ids.slice(0, o) };
}

/** {@link lanesFromKeys} over all of `events`. */
export function assignLanes(events: readonly TimelineEvent[], grouping: LaneGrouping, actors: readonly Actor[] = [], maxLanes = 12): LaneAssignment {
  return lanesFromKeys(internKeys(events, grouping), null, actors, maxLanes);
}
