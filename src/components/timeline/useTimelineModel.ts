/**
 * The timeline's derived model: the index of the filtered events (rebuilt only when the filtered
 * set, the lane grouping or the width class changes), the whole-dataset extent (the d3-zoom base),
 * the story spans (storySpan: what "Fit all", Home and the overview follow, without background
 * facts and far-off outliers) and the effective visible window.
 */
import { useMemo } from 'react';
import { useDateline, useFilteredEvents, useFilteredPositions } from '../../store/react';
import { buildTimelineBase, buildTimelineIndex, indexFromBase, type TimelineIndex } from '../../timeline/buildTimelineIndex';
import { paddedExtent } from '../../timeline/viewportMath';
import { storySpan, type StorySpan } from '../../timeline/storySpan';
import { storyWindow } from '../../timeline/viewportRules';
import { DAY_MS, isoDayToMs, type TimeWindow } from '../../lib/model/calendar';
import type { Dataset } from '../../lib/model/types';

/** Shown when there are no events at all (never the real clock). */
const EMPTY_WINDOW: TimeWindow = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2023, 0, 1) };

/** What the timeline components share. */
export interface TimelineModel {
  index: TimelineIndex;
  /** Padded extent of the whole dataset, outliers included: d3-zoom's base scale domain. */
  base: TimeWindow;
  /** The whole dataset's story window (padded, no outliers): the overview's domain. */
  overview: TimeWindow;
  /** The filtered events' story span: Home/End, playback and the overview's earlier/later stubs. */
  story: StorySpan;
  /** Start times of every dataset event (unfiltered), for the overview histogram. */
  allStarts: Float64Array;
  /** The opening view and "Fit all": the filtered events' story window (storyWindow). */
  fit: TimeWindow;
  /**
   * The visible window: the store's viewport, or until there is one the opening view Timeline
   * stores (`fit`), so the first paint is already that view.
   */
  window: TimeWindow;
}

function datasetExtent(dataset: Dataset | null): { starts: Float64Array; extent: TimeWindow | null } {
  const events = dataset?.events ?? [];
  const starts = new Float64Array(events.length);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    const s = isoDayToMs(ev.start);
    const e = isoDayToMs(ev.end);
    starts[i] = s;
    if (!Number.isNaN(s)) lo = Math.min(lo, s);
    if (!Number.isNaN(e)) hi = Math.max(hi, e + DAY_MS);
    else if (!Number.isNaN(s)) hi = Math.max(hi, s + DAY_MS);
  }
  return { starts, extent: lo <= hi ? { start: lo, end: hi } : null };
}

/** Builds the model; `maxLanes` shrinks on narrow screens. */
export function useTimelineModel(maxLanes: number): TimelineModel {
  const dataset = useDateline((s) => s.dataset);
  const laneMode = useDateline((s) => s.laneMode);
  const viewport = useDateline((s) => s.viewport);
  const events = useFilteredEvents();
  // Parse the whole dataset once (in the filter index's date order); filter changes then gather
  // from it in O(filtered) using the filter result's positions.
  const filtered = useFilteredPositions();
  const allEvents = filtered?.index.events;
  const timelineBase = useMemo(() => (allEvents ? buildTimelineBase(allEvents) : null), [allEvents]);
  const positions = filtered?.positions ?? null;
  const index = useMemo(() => {
    const actors = dataset?.actors ?? [];
    if (timelineBase && timelineBase.events === allEvents && (positions ? positions.length : timelineBase.n) === events.length) {
      return indexFromBase(timelineBase, positions, laneMode, actors, maxLanes);
    }
    return buildTimelineIndex(events, laneMode, actors, maxLanes);
  }, [timelineBase, allEvents, positions, events, laneMode, dataset, maxLanes]);
  // The whole dataset's start times, extent and story span come from the parsed base (no second parse).
  const whole = useMemo(() => {
    if (!timelineBase) return { ...datasetExtent(dataset), story: null };
    let hi = -Infinity;
    for (let i = 0; i < timelineBase.n; i++) hi = Math.max(hi, timelineBase.end[i]!);
    const evs = timelineBase.events;
    const story = storySpan(timelineBase.start, timelineBase.end, timelineBase.n, (i) => evs[i]?.background === true);
    return { starts: timelineBase.start, extent: timelineBase.n > 0 ? { start: timelineBase.start[0]!, end: hi } : null, story };
  }, [timelineBase, dataset]);
  const ext = whole.extent ?? index.extent ?? EMPTY_WINDOW;
  // Keyed on numbers so a filter change that keeps the extent keeps the same objects.
  const base = useMemo(() => paddedExtent({ start: ext.start, end: ext.end }), [ext.start, ext.end]);
  const story = useMemo(() => storySpan(index.start, index.end, index.n, (i) => index.events[i]?.background === true), [index]);
  const fitStart = story.extent?.start;
  const fitEnd = story.extent?.end;
  const fit = useMemo(() => (fitStart !== undefined && fitEnd !== undefined ? paddedExtent({ start: fitStart, end: fitEnd }) : base), [fitStart, fitEnd, base]);
  // The overview follows the whole dataset's story (the filtered one's when the dataset is not indexed yet).
  const wholeStory = whole.story ?? story;
  const ovStart = wholeStory.extent?.start;
  const ovEnd = wholeStory.extent?.end;
  const overview = useMemo(() => (ovStart !== undefined && ovEnd !== undefined ? storyWindow(wholeStory, base) : base),
    // Keyed on the extent's numbers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ovStart, ovEnd, base]);
  const window = viewport && viewport.end > viewport.start ? viewport : fit;
  return { index, base, overview, story, allStarts: whole.starts, fit, window };
}
