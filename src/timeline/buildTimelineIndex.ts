/**
 * Per-dataset precomputation for the timeline: sorted start/end times as Float64Arrays, lane
 * membership, and mark flags. Built once per (filtered events, lane grouping); every frame then
 * works on these arrays with binary search and no per-event allocation.
 */
import type { Actor, TimelineEvent } from '../lib/model/types';
import { internKeys, lanesFromKeys, type InternedKeys, type Lane, type LaneGrouping } from './assignLanes';
import { DAY_MS, isoDayToMs } from '../lib/model/calendar';

/** Mark flag: the date is not known to the day (drawn as a bar with soft edges). */
export const FLAG_UNCERTAIN = 1;
/** Mark flag: the event was parsed by the extractor, not curated (drawn hollow). */
export const FLAG_PARSED = 2;
/** Mark flag: the sources' date claims disagree (drawn with a dashed bracket and "≠"). */
export const FLAG_CONFLICT = 4;
/** Mark flag: the event was added by the user. */
export const FLAG_USER = 8;

/** The timeline's per-dataset arrays. Index i refers to `events[i]`, sorted by start. */
export interface TimelineIndex {
  n: number;
  events: readonly TimelineEvent[];
  /** 00:00 UTC of the start day, ascending. */
  start: Float64Array;
  /** 00:00 UTC of the day after the end day (exclusive end). */
  end: Float64Array;
  /** The longest `end - start`. */
  maxSpan: number;
  flags: Uint8Array;
  lanes: Lane[];
  laneOffsets: Int32Array;
  laneIds: Int32Array;
  /** Date claims of conflicting events: claims of event i are `claimStart/End[claimOffsets[i]..claimOffsets[i+1])`. */
  claimOffsets: Int32Array;
  claimStart: Float64Array;
  claimEnd: Float64Array;
  /** For same-start-day runs: index of the first event of i's run and the run length (points spread across the day when zoomed in). */
  runFirst: Int32Array;
  runLength: Int32Array;
  /** Index of each event id (built on first use: most frames never need it). */
  readonly byId: Map<string, number>;
  /** [min start, max end], or null when there are no events. */
  extent: { start: number; end: number } | null;
  /** Events whose dates could not be read (reported, not silently dropped): id and field. */
  invalid: { id: string; field: 'start' | 'end' }[];
}

function byStart(a: TimelineEvent, b: TimelineEvent): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function isSorted(events: readonly TimelineEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (byStart(events[i - 1] as TimelineEvent, events[i] as TimelineEvent) > 0) return false;
  return true;
}

/** True when the event's date claims give different spans. */
export function claimsDisagree(ev: TimelineEvent): boolean {
  const claims = ev.dateClaims;
  if (!claims || claims.length < 2) return false;
  const first = claims[0];
  return claims.some((c) => c.start !== first?.start || c.end !== first?.end);
}

/**
 * Per-dataset arrays that do not depend on filters or lane grouping: parsed times, flags, date
 * claims, and (lazily, per grouping) interned lane keys. Built once per dataset; each filter
 * change then gathers from it in O(filtered events).
 */
export interface TimelineBase {
  events: readonly TimelineEvent[];
  n: number;
  start: Float64Array;
  end: Float64Array;
  flags: Uint8Array;
  claimOffsets: Int32Array;
  claimStart: Float64Array;
  claimEnd: Float64Array;
  invalid: TimelineIndex['invalid'];
  /** Interned lane keys per grouping (computed on first use). */
  keys: (grouping: LaneGrouping) => InternedKeys;
}

/**
 * Parses the dataset once. Events are sorted by start (a copy is made only when the input is
 * unsorted). An event whose start or end is not a valid `YYYY-MM-DD` day is kept, drawn on its
 * other valid date (or the previous event's), and listed in `invalid` so the UI can report it.
 */
export function buildTimelineBase(input: readonly TimelineEvent[]): TimelineBase {
  const events = isSorted(input) ? input : [...input].sort(byStart);
  const n = events.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const flags = new Uint8Array(n);
  const invalid: TimelineIndex['invalid'] = [];
  let claimTotal = 0;
  let lastValid = NaN;
  for (let i = 0; i < n; i++) {
    const ev = events[i] as TimelineEvent;
    let s = isoDayToMs(ev.start);
    let e = isoDayToMs(ev.end);
    if (Number.isNaN(s)) invalid.push({ id: ev.id, field: 'start' });
    if (Number.isNaN(e)) invalid.push({ id: ev.id, field: 'end' });
    if (Number.isNaN(s)) s = Number.isNaN(e) ? (Number.isNaN(lastValid) ? 0 : lastValid) : e;
    if (Number.isNaN(e) || e < s) e = s;
    // Keep the start array sorted even when a bad date was patched.
    if (i > 0 && s < (start[i - 1] as number)) s = start[i - 1] as number;
    if (e < s) e = s;
    lastValid = s;
    start[i] = s;
    end[i] = e + DAY_MS;
    let f = 0;
    if (ev.precision !== 'day' || e > s) f |= FLAG_UNCERTAIN;
    if (ev.origin === 'parsed') f |= FLAG_PARSED;
    if (ev.origin === 'user') f |= FLAG_USER;
    if (claimsDisagree(ev)) {
      f |= FLAG_CONFLICT;
      claimTotal += ev.dateClaims.length;
    }
    flags[i] = f;
  }
  const claimOffsets = new Int32Array(n + 1);
  const claimStart = new Float64Array(claimTotal);
  const claimEnd = new Float64Array(claimTotal);
  let w = 0;
  for (let i = 0; i < n; i++) {
    claimOffsets[i] = w;
    if (((flags[i] as number) & FLAG_CONFLICT) === 0) continue;
    for (const c of (events[i] as TimelineEvent).dateClaims) {
      const cs = isoDayToMs(c.start);
      const ce = isoDayToMs(c.end);
      claimStart[w] = Number.isNaN(cs) ? (start[i] as number) : cs;
      claimEnd[w] = (Number.isNaN(ce) ? (end[i] as number) - DAY_MS : ce) + DAY_MS;
      w++;
    }
  }
  claimOffsets[n] = w;
  const keyCache = new Map<LaneGrouping, InternedKeys>();
  return {
    events,
    n,
    start,
    end,
    flags,
    claimOffsets,
    claimStart,
    claimEnd,
    invalid,
    keys: (grouping) => {
      let k = keyCache.get(grouping);
      if (!k) {
        k = internKeys(events, grouping);
        keyCache.set(grouping, k);
      }
      return k;
    },
  };
}

/**
 * The index of the events at `positions` (ascending indices into `base.events`; null = all).
 * O(selected events): typed-array gathers, no date parsing.
 */
export function indexFromBase(base: TimelineBase, positions: ArrayLike<number> | null, grouping: LaneGrouping, actors: readonly Actor[] = [], maxLanes = 12): TimelineIndex {
  const n = positions ? positions.length : base.n;
  const pos = (j: number) => (positions ? (positions[j] as number) : j);
  let events: readonly TimelineEvent[];
  let start: Float64Array;
  let end: Float64Array;
  let flags: Uint8Array;
  let claimOffsets: Int32Array;
  let claimStart: Float64Array;
  let claimEnd: Float64Array;
  if (!positions) {
    ({ events, start, end, flags, claimOffsets, claimStart, claimEnd } = base);
  } else {
    const evs = new Array<TimelineEvent>(n);
    start = new Float64Array(n);
    end = new Float64Array(n);
    flags = new Uint8Array(n);
    claimOffsets = new Int32Array(n + 1);
    let claims = 0;
    for (let j = 0; j < n; j++) {
      const p = pos(j);
      evs[j] = base.events[p] as TimelineEvent;
      start[j] = base.start[p] as number;
      end[j] = base.end[p] as number;
      flags[j] = base.flags[p] as number;
      claimOffsets[j] = claims;
      claims += (base.claimOffsets[p + 1] as number) - (base.claimOffsets[p] as number);
    }
    claimOffsets[n] = claims;
    claimStart = new Float64Array(claims);
    claimEnd = new Float64Array(claims);
    for (let j = 0; j < n; j++) {
      const p = pos(j);
      const from = base.claimOffsets[p] as number;
      const count = (base.claimOffsets[p + 1] as number) - from;
      if (count === 0) continue;
      claimStart.set(base.claimStart.subarray(from, from + count), claimOffsets[j] as number);
      claimEnd.set(base.claimEnd.subarray(from, from + count), claimOffsets[j] as number);
    }
    events = evs;
  }
  let maxSpan = 0;
  let maxEnd = -Infinity;
  for (let i = 0; i < n; i++) {
    const span = (end[i] as number) - (start[i] as number);
    if (span > maxSpan) maxSpan = span;
    if ((end[i] as number) > maxEnd) maxEnd = end[i] as number;
  }
  const runFirst = new Int32Array(n);
  const runLength = new Int32Array(n);
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && start[j] === start[i]) j++;
    for (let k = i; k < j; k++) {
      runFirst[k] = i;
      runLength[k] = j - i;
    }
    i = j;
  }
  const lanes = lanesFromKeys(base.keys(grouping), positions, actors, maxLanes);
  let byIdCache: Map<string, number> | null = null;
  return {
    n,
    events,
    start,
    end,
    maxSpan,
    flags,
    lanes: lanes.lanes,
    laneOffsets: lanes.offsets,
    laneIds: lanes.ids,
    claimOffsets,
    claimStart,
    claimEnd,
    runFirst,
    runLength,
    get byId() {
      if (!byIdCache) {
        byIdCache = new Map();
        for (let i = 0; i < n; i++) byIdCache.set((events[i] as TimelineEvent).id, i);
      }
      return byIdCache;
    },
    extent: n > 0 ? { start: start[0] as number, end: maxEnd } : null,
    invalid: base.invalid,
  };
}

/** Builds the index of `events` directly (sorting a copy when unsorted). */
export function buildTimelineIndex(input: readonly TimelineEvent[], grouping: LaneGrouping, actors: readonly Actor[] = [], maxLanes = 12): TimelineIndex {
  return indexFromBase(buildTimelineBase(input), null, grouping, actors, maxLanes);
}
