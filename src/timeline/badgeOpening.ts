/**
 * What clicking a count badge does. A badge always opens: it zooms to its members, unless they
 * share a day or cannot separate even at the maximum zoom (one day across the chart: a day holding
 * more events than a lane's row budget stays a bin); then it lists them (a popover). Members that
 * separate only at a closer zoom than their own window zoom there, and the badge left opens again.
 * Pure: reads a laid-out frame and lays out the target window in a scratch layout.
 */
import type { TimelineIndex } from './buildTimelineIndex';
import { createFrameLayout, type ClusterBadge, type FrameGeometry, type FrameLayout } from './frameLayout';
import { layoutFrame, type LayoutOptions } from './layoutFrame';
import { lowerBound } from './search';
import { DAY_MS, type TimeWindow } from '../lib/model/calendar';
import { MIN_SPAN_MS } from './viewportMath';

/** Most members a badge lists; a bigger badge zooms (each click narrows it until it can be listed). */
export const BADGE_LIST_MAX = 80;

export type BadgeOpening = { kind: 'list'; members: number[]; sameDay: boolean } | { kind: 'zoom'; window: TimeWindow; members: number[] };

/** The padded window of a cluster's members: their extent plus 15 % each side, at least two days. */
export function clusterWindow(badge: Pick<ClusterBadge, 't0' | 't1'>): TimeWindow {
  const span = Math.max(badge.t1 - badge.t0, DAY_MS);
  const pad = Math.max(span * 0.15, DAY_MS / 2);
  return { start: badge.t0 - pad, end: badge.t0 + span + pad };
}

/** Event indices (date order) counted in `badge` of `layout` (the frame it was laid out in). */
export function badgeMembers(index: TimelineIndex, layout: FrameLayout, badge: ClusterBadge, g: FrameGeometry): number[] {
  const out: number[] = [];
  if (badge.bin1 <= badge.bin0) return out;
  const c0 = Math.round((layout.binX0[badge.bin0] as number) / g.cellPx);
  const c1 = Math.round((layout.binX0[badge.bin1 - 1] as number) / g.cellPx);
  const i0 = lowerBound(index.start, layout.t0 - index.maxSpan, index.n);
  const i1 = lowerBound(index.start, layout.t1, index.n);
  for (let i = i0; i < i1; i++) {
    const c = layout.eventCell[i - i0] as number;
    if (c < c0 || c > c1 || layout.markOfEvent.has(i)) continue;
    for (let k = index.laneOffsets[i] as number; k < (index.laneOffsets[i + 1] as number); k++) {
      if (index.laneIds[k] === badge.lane) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

/** True when every member starts and ends on one same day. */
export function shareOneDay(index: TimelineIndex, members: readonly number[]): boolean {
  if (members.length === 0) return false;
  const day = index.start[members[0] as number] as number;
  return members.every((i) => index.start[i] === day && (index.end[i] as number) <= day + DAY_MS);
}

const scratch = createFrameLayout();

/** True when every member is its own mark in a layout of `[t0, t1)`. */
function allSeparate(index: TimelineIndex, members: readonly number[], t0: number, t1: number, g: FrameGeometry, options: LayoutOptions): boolean {
  const after = layoutFrame(scratch, index, t0, t1, g, options);
  return members.every((i) => after.markOfEvent.has(i));
}

/**
 * Whether `badge` (laid out in `layout`, at geometry `g` with label `options`) zooms or lists.
 * With at most BADGE_LIST_MAX members, it lists them when they share a day, or when the zoomed
 * window leaves some binned and so does the maximum zoom on one of their start days.
 */
export function badgeOpening(index: TimelineIndex, layout: FrameLayout, badge: ClusterBadge, g: FrameGeometry, options: LayoutOptions = {}): BadgeOpening {
  const members = badgeMembers(index, layout, badge, g);
  const window = clusterWindow(badge);
  if (members.length === 0 || members.length > BADGE_LIST_MAX) return { kind: 'zoom', window, members };
  if (shareOneDay(index, members)) return { kind: 'list', members, sameDay: true };
  if (allSeparate(index, members, window.start, window.end, g, options)) return { kind: 'zoom', window, members };
  const days = new Map<number, number[]>();
  for (const i of members) {
    const d = index.start[i] as number;
    const list = days.get(d) ?? [];
    list.push(i);
    days.set(d, list);
  }
  for (const [d, onDay] of days) {
    if (onDay.length > 1 && !allSeparate(index, onDay, d, d + MIN_SPAN_MS, g, options)) return { kind: 'list', members, sameDay: false };
  }
  return { kind: 'zoom', window, members };
}
