/**
 * Imperative timeline actions shared by the toolbar, the keyboard, the scrubber, the overview and
 * playback: zoom, fit, step to the previous/next event, jump to an event, scrub to a time, show
 * the outliers. The rules themselves are pure (src/timeline/viewportRules); this hook applies them
 * to the store. Selection by scrubbing/stepping replaces history; a deliberate choice pushes.
 */
import { useCallback, useMemo } from 'react';
import { useDatelineStore } from '../../store/react';
import type { HistoryMode } from '../../store/store';
import type { TimelineModel } from './useTimelineModel';
import { nearestEventIndex } from '../../timeline/nearestEventIndex';
import { paddedExtent, zoomWindow } from '../../timeline/viewportMath';
import type { TimeWindow } from '../../lib/model/calendar';
import { endIndex, eventInstant, homeIndex, revealSelection, stepTarget } from '../../timeline/viewportRules';
import type { FrameGeometry } from '../../timeline/layoutFrame';
import type { OutlierSide } from '../../timeline/storySpan';

/** The actions returned by {@link useTimelineActions}. */
export interface TimelineActions {
  zoom: (factor: number, anchor?: number) => void;
  /** Shows exactly `window` (e.g. a cluster's own extent). */
  zoomTo: (window: TimeWindow) => void;
  fitAll: () => void;
  /**
   * Selects event `i` of the index, moves the playhead to it and brings it into a legible view:
   * pans to include it and zooms in while it would be drawn inside a bin (revealWindow).
   */
  jumpTo: (i: number, history: HistoryMode) => void;
  /** Previous (-1) or next (+1) event in date order. Returns false at either end. */
  step: (dir: -1 | 1) => boolean;
  /** Home and End: the story's first and last event (outliers are reached by stepping). */
  first: () => void;
  last: () => void;
  /**
   * Leads to a group of outliers (the overview's earlier/later stub): shows their extent and,
   * when there is only one, selects it.
   */
  showOutliers: (group: OutlierSide) => void;
  /** Moves the playhead to `t` and selects the event at or nearest it. */
  scrubTo: (t: number) => void;
}

/** Playhead time for event i: the middle of its first day. */
export function eventTime(model: TimelineModel, i: number): number {
  return eventInstant(model.index.start, i);
}

/** How a selected event is brought into view: the window to show, from the current one. */
export type RevealPolicy = (i: number, vp: TimeWindow) => TimeWindow;

/**
 * `geometry` is the main view's (it decides whether an event is drawn as its own mark);
 * `reveal` overrides how a jumped-to event is brought into view (the phone's rows only pan).
 */
export function useTimelineActions(model: TimelineModel, geometry: FrameGeometry, reveal?: RevealPolicy): TimelineActions {
  const store = useDatelineStore();
  const { index } = model;

  const currentWindow = useCallback(() => {
    const vp = store.getState().viewport;
    return vp && vp.end > vp.start ? vp : model.window;
  }, [store, model.window]);

  const jumpTo = useCallback(
    (i: number, history: HistoryMode) => {
      const ev = index.events[i];
      if (!ev) return;
      const s = store.getState();
      s.select(ev.id, history);
      const vp = currentWindow();
      const next = revealSelection(index, i, vp, geometry, null);
      s.setPlayhead(next.playhead);
      const viewport = reveal ? reveal(i, vp) : next.viewport;
      if (viewport !== vp) s.setViewport(viewport);
    },
    [index, store, currentWindow, geometry, reveal],
  );

  const currentIndex = useCallback((): number => {
    const id = store.getState().selectedId;
    if (id === null) return -1;
    return index.byId.get(id) ?? -1;
  }, [store, index]);

  const step = useCallback(
    (dir: -1 | 1): boolean => {
      const i = stepTarget(index.start, index.n, currentIndex(), dir, currentWindow(), store.getState().playhead);
      if (i < 0) return false;
      jumpTo(i, 'replace');
      return true;
    },
    [index, currentIndex, currentWindow, jumpTo, store],
  );

  const zoom = useCallback(
    (factor: number, anchor?: number) => {
      const vp = currentWindow();
      const ph = store.getState().playhead;
      const a = anchor ?? (ph !== null && ph >= vp.start && ph <= vp.end ? ph : (vp.start + vp.end) / 2);
      store.getState().setViewport(zoomWindow(vp, factor, a, model.base));
    },
    [currentWindow, store, model.base],
  );

  const scrubTo = useCallback(
    (t: number) => {
      const s = store.getState();
      s.setPlayhead(t);
      const i = nearestEventIndex(index.start, index.end, index.n, t, index.maxSpan);
      const ev = index.events[i];
      if (ev && s.selectedId !== ev.id) s.select(ev.id, 'replace');
    },
    [store, index],
  );

  return useMemo(
    () => ({
      zoom,
      zoomTo: (w: TimeWindow) => store.getState().setViewport({ start: w.start, end: w.end }),
      fitAll: () => store.getState().setViewport(model.fit),
      jumpTo,
      step,
      first: () => {
        const i = homeIndex(model.story, index.n);
        if (i >= 0) jumpTo(i, 'replace');
      },
      last: () => {
        const i = endIndex(model.story, index.n);
        if (i >= 0) jumpTo(i, 'replace');
      },
      showOutliers: (group: OutlierSide) => {
        const s = store.getState();
        s.setViewport(paddedExtent({ start: group.start, end: group.end }));
        if (group.count === 1) {
          const ev = index.events[group.from];
          if (ev) {
            s.select(ev.id, 'push');
            s.setPlayhead(eventInstant(index.start, group.from));
          }
        }
      },
      scrubTo,
    }),
    [zoom, store, model.fit, model.story, jumpTo, step, index, scrubTo],
  );
}
