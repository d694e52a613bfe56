/**
 * The phone timeline's layout: time runs downwards, one row per event or per group, with a
 * period header (month or year) where the period changes and a gap note where periods with no
 * events are skipped. Pure: no React, no DOM.
 *
 * Rows are the events overlapping the visible window (the store's viewport), in start order
 * (ranges that began before the window first, at their real start). When there are more events
 * than `maxRows`, the finest calendar level (day, week, month, quarter, year) at which the
 * events fit is chosen and only its largest buckets become group rows, until the row count fits:
 * a list only groups where a stretch truly cannot fit, and never makes a group of one.
 *
 * Each row has an estimated `y` and height (titles wrap: lines from the title length and an
 * average character width) so a component can render only the rows near its scroll position.
 */
import type { TimelineIndex } from './buildTimelineIndex';
import { lowerBound } from './search';
import { DAY_MS, type TimeWindow } from '../lib/model/calendar';
import { panToInclude } from './viewportMath';

/** Calendar level of a group row. */
export type GroupLevel = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Finest first. */
export const GROUP_LEVELS: readonly GroupLevel[] = ['day', 'week', 'month', 'quarter', 'year'];

/** Most rows (events + groups, headers not counted) before events are grouped. */
export const DEFAULT_MAX_ROWS = 200;

/** Estimated sizes (px) of the rows; the component's CSS should match them roughly. */
export interface VerticalMetrics {
  /** Width available to a title. */
  textWidth: number;
  /** Average width of a title character. */
  charWidth: number;
  /** Height of one title line. */
  lineHeight: number;
  /** Everything in an event row besides its title lines (date/type/actors line, padding). */
  eventChrome: number;
  groupHeight: number;
  periodHeight: number;
  /** Extra height of a period header that carries a gap note. */
  gapHeight: number;
}

export const DEFAULT_METRICS: VerticalMetrics = {
  textWidth: 280,
  charWidth: 8.2,
  lineHeight: 21,
  eventChrome: 56,
  groupHeight: 66,
  periodHeight: 30,
  gapHeight: 22,
};

/** A header for a month (or a year when rows are grouped by month or coarser). */
export interface PeriodRow {
  kind: 'period';
  key: string;
  y: number;
  h: number;
  /** First day of the period (epoch ms, 00:00 UTC). */
  t: number;
  unit: 'month' | 'year';
  /** Whole empty periods skipped since the previous header (0 when adjacent or first). */
  skipped: number;
}

/** One event drawn on its own (a member of an opened group too). */
export interface EventRow {
  kind: 'event';
  key: string;
  y: number;
  h: number;
  /** Index into the timeline index. */
  event: number;
  /** Key of the opened group this row belongs to, or null. */
  group: string | null;
}

/** Several events of one day/week/month/… shown as one row that opens. */
export interface GroupRow {
  kind: 'group';
  key: string;
  y: number;
  h: number;
  level: GroupLevel;
  /** Members are `order[from..to)` of the layout (index positions, start order). */
  from: number;
  to: number;
  count: number;
  /** Earliest start and latest (exclusive) end of the members. */
  t0: number;
  t1: number;
  open: boolean;
}

export type VerticalRow = PeriodRow | EventRow | GroupRow;

export interface VerticalLayout {
  rows: VerticalRow[];
  /** Index positions of the events in view, in row order. */
  order: Int32Array;
  /** Estimated total height. */
  height: number;
  /** Events drawn individually (event rows). */
  marks: number;
  /** Group rows. */
  bins: number;
  /** Titles shown whole (every event row wraps its title; none is cut). */
  labels: number;
  /** The grouping level in use, or null when every event has its own row. */
  level: GroupLevel | null;
}

export interface VerticalOptions {
  maxRows?: number;
  /** Keys of the group rows the user opened. */
  open?: ReadonlySet<string>;
  metrics?: Partial<VerticalMetrics>;
}

const WEEK_OFFSET_DAYS = 3; // 1970-01-01 was a Thursday: +3 days makes weeks start on Monday.

/** Calendar bucket of time t at a level (monotone in t). */
export function bucketOf(t: number, level: GroupLevel): number {
  if (level === 'day') return Math.floor(t / DAY_MS);
  if (level === 'week') return Math.floor((Math.floor(t / DAY_MS) + WEEK_OFFSET_DAYS) / 7);
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (level === 'month') return y * 12 + m;
  if (level === 'quarter') return y * 4 + Math.floor(m / 3);
  return y;
}

/** The events overlapping `w`, in start order: index positions. O(log n + events in reach). */
export function eventsInWindow(index: TimelineIndex, w: TimeWindow): Int32Array {
  const { start, end, n } = index;
  const reach = lowerBound(start, w.start - index.maxSpan, n);
  const lo = lowerBound(start, w.start, n);
  const hi = lowerBound(start, w.end, n);
  let before = 0;
  for (let i = reach; i < lo; i++) if ((end[i] as number) > w.start) before++;
  const out = new Int32Array(before + (hi - lo));
  let k = 0;
  for (let i = reach; i < lo; i++) if ((end[i] as number) > w.start) out[k++] = i;
  for (let i = lo; i < hi; i++) out[k++] = i;
  return out;
}

interface Bucket {
  from: number;
  to: number;
}

/** Start of the bucket after the one holding t (epoch ms). */
export function nextBucketStart(t: number, level: GroupLevel): number {
  if (level === 'day') return (Math.floor(t / DAY_MS) + 1) * DAY_MS;
  if (level === 'week') return ((bucketOf(t, 'week') + 1) * 7 - WEEK_OFFSET_DAYS) * DAY_MS;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (level === 'month') return Date.UTC(y, m + 1, 1);
  if (level === 'quarter') return Date.UTC(y, (Math.floor(m / 3) + 1) * 3, 1);
  return Date.UTC(y + 1, 0, 1);
}

/**
 * The non-empty buckets of `order` (start order) at a level, or null as soon as there are more
 * than `limit`. One binary search per bucket: O(buckets · log n), never a pass over every event.
 */
function bucketsAt(index: TimelineIndex, order: Int32Array, level: GroupLevel, limit: number): Bucket[] | null {
  const out: Bucket[] = [];
  const startAt = (k: number) => index.start[order[k] as number] as number;
  for (let from = 0; from < order.length; ) {
    if (out.length >= limit) return null;
    const boundary = nextBucketStart(startAt(from), level);
    let lo = from + 1;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (startAt(mid) < boundary) lo = mid + 1;
      else hi = mid;
    }
    out.push({ from, to: lo });
    from = lo;
  }
  return out;
}

/**
 * Which stretches become group rows: the finest level whose buckets fit in `maxRows`, and at it
 * only the largest buckets needed to bring the row count down to `maxRows`. Empty when all fit.
 */
export function chooseGroups(index: TimelineIndex, order: Int32Array, maxRows: number): { level: GroupLevel | null; groups: Bucket[] } {
  if (order.length <= maxRows) return { level: null, groups: [] };
  let level: GroupLevel = 'year';
  let buckets: Bucket[] | null = null;
  for (const l of GROUP_LEVELS) {
    level = l;
    // The coarsest level is taken whatever its count (a list spanning centuries).
    buckets = bucketsAt(index, order, l, l === 'year' ? Infinity : maxRows);
    if (buckets) break;
  }
  if (!buckets) return { level: null, groups: [] };
  const big = buckets.filter((b) => b.to - b.from > 1).sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  let rows = order.length;
  const chosen: Bucket[] = [];
  for (const b of big) {
    if (rows <= maxRows) break;
    chosen.push(b);
    rows -= b.to - b.from - 1;
  }
  chosen.sort((a, b) => a.from - b.from);
  return { level, groups: chosen };
}

function monthStart(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function periodIndex(t: number, unit: 'month' | 'year'): number {
  const d = new Date(t);
  return unit === 'month' ? d.getUTCFullYear() * 12 + d.getUTCMonth() : d.getUTCFullYear();
}

/** Lines a title wraps to, estimated from its length. */
export function titleLines(title: string, m: VerticalMetrics): number {
  const perLine = Math.max(8, Math.floor(m.textWidth / m.charWidth));
  return Math.max(1, Math.ceil(title.length / perLine));
}

/** Lays out the rows of the events overlapping window `w`. */
export function verticalLayout(index: TimelineIndex, w: TimeWindow, options: VerticalOptions = {}): VerticalLayout {
  const m: VerticalMetrics = { ...DEFAULT_METRICS, ...options.metrics };
  const open = options.open ?? new Set<string>();
  const order = eventsInWindow(index, w);
  const { level, groups } = chooseGroups(index, order, Math.max(1, options.maxRows ?? DEFAULT_MAX_ROWS));
  const unit: 'month' | 'year' = level === null || level === 'day' || level === 'week' ? 'month' : 'year';
  const rows: VerticalRow[] = [];
  let y = 0;
  let marks = 0;
  let bins = 0;
  let lastPeriod = NaN;
  const header = (t: number) => {
    const p = periodIndex(t, unit);
    if (p === lastPeriod) return;
    const skipped = Number.isNaN(lastPeriod) ? 0 : Math.max(0, p - lastPeriod - 1);
    lastPeriod = p;
    const start = unit === 'month' ? monthStart(t) : Date.UTC(new Date(t).getUTCFullYear(), 0, 1);
    const h = m.periodHeight + (skipped > 0 ? m.gapHeight : 0);
    rows.push({ kind: 'period', key: `p:${unit}:${p}`, y, h, t: start, unit, skipped });
    y += h;
  };
  const eventRow = (k: number, group: string | null) => {
    const i = order[k] as number;
    const title = index.events[i]?.title ?? '';
    const h = m.eventChrome + titleLines(title, m) * m.lineHeight;
    rows.push({ kind: 'event', key: group ? `${group}/${i}` : `e:${i}`, y, h, event: i, group });
    y += h;
    marks++;
  };
  let g = 0;
  for (let k = 0; k < order.length; ) {
    const group = groups[g];
    const t = index.start[order[k] as number] as number;
    header(t);
    if (group && group.from === k) {
      g++;
      const key = `g:${level}:${bucketOf(t, level ?? 'day')}`;
      let t1 = -Infinity;
      for (let j = group.from; j < group.to; j++) t1 = Math.max(t1, index.end[order[j] as number] as number);
      const isOpen = open.has(key);
      rows.push({ kind: 'group', key, y, h: m.groupHeight, level: level ?? 'day', from: group.from, to: group.to, count: group.to - group.from, t0: t, t1, open: isOpen });
      y += m.groupHeight;
      bins++;
      if (isOpen) for (let j = group.from; j < group.to; j++) eventRow(j, key);
      k = group.to;
      continue;
    }
    eventRow(k, null);
    k++;
  }
  return { rows, order, height: y, marks, bins, labels: marks, level };
}

/** The rows `[first, last)` that intersect `[top, bottom)` (px), by binary search on `y`. */
export function rowsInRange(rows: readonly VerticalRow[], top: number, bottom: number): [number, number] {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = rows[mid] as VerticalRow;
    if (r.y + r.h <= top) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < rows.length && (rows[end] as VerticalRow).y < bottom) end++;
  return [lo, end];
}

/** The row index of event i (an event row, else the group row holding it), or -1. */
export function rowOfEvent(layout: VerticalLayout, i: number): number {
  let groupRow = -1;
  for (let r = 0; r < layout.rows.length; r++) {
    const row = layout.rows[r] as VerticalRow;
    if (row.kind === 'event' && row.event === i) return r;
    if (row.kind === 'group' && groupRow < 0) {
      for (let j = row.from; j < row.to; j++) if (layout.order[j] === i) groupRow = r;
    }
  }
  return groupRow;
}

/**
 * The window to show when event i is selected in the vertical timeline: `vp` itself when the
 * event already has a row there (nothing moves), else `vp` panned the least to include it.
 * Rows never need zooming to separate, unlike the horizontal chart's marks.
 */
export function revealRow(index: TimelineIndex, i: number, vp: TimeWindow): TimeWindow {
  if (i < 0 || i >= index.n) return vp;
  const s = index.start[i] as number;
  const e = index.end[i] as number;
  if (s < vp.end && e > vp.start) return vp;
  return panToInclude(vp, s, Math.min(e, s + (vp.end - vp.start) * 0.5));
}
