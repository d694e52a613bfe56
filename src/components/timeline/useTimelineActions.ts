/**
 * Imperative timeline actions shared by the toolbar, the keyboard, the scrubber and playback:
 * zoom, fit, step to the previous/next event, jump to an event, scrub to a time.
 * Selection by scrubbing/stepping replaces history; a deliberate choice pushes.
 */
import { useCallback, useMemo } from 'react';
import { useDatelineStore } from '../../store/react';
import type { HistoryMode } from '../../store/store';
import type { TimelineModel } from './useTimelineModel';
import { nearestEventIndex } from '../../timeline/nearestEventIndex';
import { lowerBound, upperBound } from '../../timeline/search';
import { zoomWindow, type TimeWindow } from '../../timeline/viewportMath';
import { revealWindow } from '../../timeline/revealWindow';
import type { FrameGeometry } from '../../timeline/layoutFrame';
import { DAY_MS } from '../../timeline/time';

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
  first: () => void;
  last: () => void;
  /** Moves the playhead to `t` and selects the event at or nearest it. */
  scrubTo: (t: number) => void;
}

/** Playhead time for event i: the middle of its first day. */
export function eventTime(model: TimelineModel, i: number): number {
  return (model.index.start[i] ?? 0) + DAY_MS / 2;
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
      s.setPlayhead(eventTime(model, i));
      const vp = currentWindow();
      const next = reveal ? reveal(i, vp) : revealWindow(index, i, vp, geometry);
      if (next !== vp) s.setViewport(next);
    },
    [index, store, model, currentWindow, geometry, reveal],
  );

  const currentIndex = useCallback((): number => {
    const id = store.getState().selectedId;
    if (id === null) return -1;
    return index.byId.get(id) ?? -1;
  }, [store, index]);

  const step = useCallback(
    (dir: -1 | 1): boolean => {
      if (index.n === 0) return false;
      let i = currentIndex();
      if (i < 0) {
        const vp = currentWindow();
        const ph = store.getState().playhead;
        if (ph !== null && ph >= vp.start && ph <= vp.end) {
          i = dir > 0 ? upperBound(index.start, ph - DAY_MS, index.n) : lowerBound(index.start, ph, index.n) - 1;
        } else {
          i = dir > 0 ? lowerBound(index.start, vp.start, index.n) : upperBound(index.start, vp.end, index.n) - 1;
        }
        i = Math.min(index.n - 1, Math.max(0, i));
      } else {
        i += dir;
        if (i < 0 || i >= index.n) return false;
      }
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
      first: () => index.n > 0 && jumpTo(0, 'replace'),
      last: () => index.n > 0 && jumpTo(index.n - 1, 'replace'),
      scrubTo,
    }),
    [zoom, store, model.fit, jumpTo, step, index, scrubTo],
  );
}
