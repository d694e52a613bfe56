/**
 * Per-dataset precomputation for the timeline: sorted start/end times as Float64Arrays, lane
 * membership, and mark flags. Built once per (filtered events, lane grouping); every frame then
 * works on these arrays with binary search and no per-event allocation.
 */
import type { Actor, TimelineEvent } from '../lib/model/types';
import { assignLanes, type Lane, type LaneGrouping } from './assignLanes';
import { DAY_MS, parseIsoDay } from './time';

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
  /** Index of each event id. */
  byId: Map<string, number>;
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
 * Builds the index. Events are sorted by start (a copy is made only when the input is unsorted).
 * An event whose start or end is not a valid `YYYY-MM-DD` day is kept, drawn on its other valid
 * date (or the first valid event date), and listed in `invalid` so the UI can report it.
 */
export function buildTimelineIndex(input: readonly TimelineEvent[], grouping: LaneGrouping, actors: readonly Actor[] = [], maxLanes = 12): TimelineIndex {
  const events = isSorted(input) ? input : [...input].sort(byStart);
  const n = events.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const flags = new Uint8Array(n);
  const byId = new Map<string, number>();
  const invalid: TimelineIndex['invalid'] = [];
  let maxSpan = 0;
  let claimTotal = 0;
  let lastValid = NaN;
  for (let i = 0; i < n; i++) {
    const ev = events[i] as TimelineEvent;
    byId.set(ev.id, i);
    let s = parseIsoDay(ev.start);
    let e = parseIsoDay(ev.end);
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
    maxSpan = Math.max(maxSpan, e + DAY_MS - s);
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
      const cs = parseIsoDay(c.start);
      const ce = parseIsoDay(c.end);
      claimStart[w] = Number.isNaN(cs) ? (start[i] as number) : cs;
      claimEnd[w] = (Number.isNaN(ce) ? (end[i] as number) - DAY_MS : ce) + DAY_MS;
      w++;
    }
  }
  claimOffsets[n] = w;
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
  const lanes = assignLanes(events, grouping, actors, maxLanes);
  let extent: TimelineIndex['extent'] = null;
  if (n > 0) {
    let maxEnd = -Infinity;
    for (let i = 0; i < n; i++) maxEnd = Math.max(maxEnd, end[i] as number);
    extent = { start: start[0] as number, end: maxEnd };
  }
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
    byId,
    extent,
    invalid,
  };
}
