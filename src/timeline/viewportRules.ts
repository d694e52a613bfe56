/**
 * The timeline's viewport rules, as pure functions the components call: the opening view and
 * "Fit all" (the story's window), the window after a filter change, revealing a selection,
 * stepping (arrow keys, Home/End) and playback. No React, no store: each takes the index arrays
 * and windows it needs and returns the next window or event index.
 */
import { lowerBound, upperBound } from './search';
import { DAY_MS, type TimeWindow } from '../lib/model/calendar';
import { anyInWindow, paddedExtent } from './viewportMath';
import { revealWindow } from './revealWindow';
import type { StorySpan } from './storySpan';
import type { TimelineIndex } from './buildTimelineIndex';
import type { FrameGeometry } from './layoutFrame';

/**
 * The opening view and "Fit all": the story's extent (see storySpan: no background or far-off
 * outliers), padded by 3 % each side; `fallback` when there are no events.
 */
export function storyWindow(span: StorySpan, fallback: TimeWindow): TimeWindow {
  return span.extent ? paddedExtent(span.extent) : fallback;
}

/**
 * The window after a filter change: `vp` while some matching event overlaps it (the user's zoom
 * is kept), else `fit` (the matching events' story window), so the chart is never blank while
 * the summary says events match. Returns `vp` itself when nothing moves.
 */
export function windowAfterFilter(index: Pick<TimelineIndex, 'n' | 'start' | 'end' | 'maxSpan'>, vp: TimeWindow, fit: TimeWindow): TimeWindow {
  if (index.n === 0 || anyInWindow(index.start, index.end, index.maxSpan, vp)) return vp;
  return fit;
}

/** The playhead time of event i: the middle of its first day. */
export function eventInstant(start: ArrayLike<number>, i: number): number {
  return ((start[i] as number | undefined) ?? 0) + DAY_MS / 2;
}

/** Where a revealed selection leaves the view and the playhead. */
export interface Reveal {
  viewport: TimeWindow;
  playhead: number;
}

/**
 * Revealing selected event i: the playhead stays where it is when it already lies on the event,
 * else it moves to the event's first day; the window pans/zooms until the event is drawn as its
 * own mark (revealWindow). `viewport` is `vp` itself when nothing needs to move.
 */
export function revealSelection(index: TimelineIndex, i: number, vp: TimeWindow, g: FrameGeometry, playhead: number | null): Reveal {
  const s = index.start[i] as number;
  const e = index.end[i] as number;
  const onEvent = playhead !== null && playhead >= s && playhead < e;
  return { viewport: revealWindow(index, i, vp, g), playhead: onEvent ? playhead : eventInstant(index.start, i) };
}

/**
 * The event a step lands on (← / →, playback), or -1 past either end. With a selection
 * (`current` ≥ 0) it is the previous or next event in date order, outliers included (they stay
 * reachable). Without one it starts from the playhead when that is in view, else from the
 * window's edge: → the first event at or after it, ← the last before it.
 */
export function stepTarget(start: ArrayLike<number>, n: number, current: number, dir: -1 | 1, vp: TimeWindow, playhead: number | null): number {
  if (n === 0) return -1;
  if (current >= 0) {
    const i = current + dir;
    return i < 0 || i >= n ? -1 : i;
  }
  let i: number;
  if (playhead !== null && playhead >= vp.start && playhead <= vp.end) {
    i = dir > 0 ? upperBound(start, playhead - DAY_MS, n) : lowerBound(start, playhead, n) - 1;
  } else {
    i = dir > 0 ? lowerBound(start, vp.start, n) : upperBound(start, vp.end, n) - 1;
  }
  return Math.min(n - 1, Math.max(0, i));
}

/** Home: the story's first event (not an earlier outlier); -1 without events. */
export function homeIndex(span: StorySpan, n: number): number {
  if (n === 0) return -1;
  return span.first >= 0 ? span.first : 0;
}

/** End: the story's last event (not a later outlier); -1 without events. */
export function endIndex(span: StorySpan, n: number): number {
  if (n === 0) return -1;
  return span.last >= 0 ? span.last : n - 1;
}

/**
 * Where Play starts: from the selected event while it is inside the story and not its last one,
 * else from the story's first event (Home). -1 without events.
 */
export function playbackStart(span: StorySpan, n: number, current: number): number {
  const home = homeIndex(span, n);
  const end = endIndex(span, n);
  if (home < 0) return -1;
  return current >= home && current < end ? current : home;
}

/** The next event of playback after `current`, or -1 when the story's last event is reached. */
export function playbackNext(span: StorySpan, n: number, current: number): number {
  const end = endIndex(span, n);
  return current >= 0 && current < end ? current + 1 : -1;
}
