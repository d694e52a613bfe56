/**
 * `<Timeline />`: the zoomable, scrubbable timeline region ("Timeline"). It reads the store
 * (filtered events, viewport, selection, playhead) and owns no data of its own.
 * See src/timeline/README.md for the rendering strategy.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDateline, useDatelineStore } from '../../store/react';
import { useTimelineModel } from './useTimelineModel';
import { eventTime, useTimelineActions } from './useTimelineActions';
import { useElementWidth } from './useElementWidth';
import { MainView, mainGeometry } from './MainView';
import { revealRow } from '../../timeline/verticalLayout';
import { VerticalTimeline } from './VerticalTimeline';
import { useMediaQuery } from './useMediaQuery';
import { Overview } from './Overview';
import { Scrubber } from './Scrubber';
import { TimelineToolbar } from './TimelineToolbar';
import { KeyboardHelp } from './KeyboardHelp';
import { isTextEntry } from './isTextEntry';
import { eventLabel } from './eventLabel';
import { TimelineLegend } from './TimelineLegend';
import type { TimeWindow } from '../../lib/model/calendar';
import { playbackNext, playbackStart, revealSelection, windowAfterFilter } from '../../timeline/viewportRules';
import './timeline.css';

/** At this width and below the timeline runs vertically (time downwards, one row per event). */
export const VERTICAL_QUERY = '(max-width: 600px)';

/** Pace of playback: one event every 1.2 s. */
export const PLAY_INTERVAL_MS = 1200;

export function Timeline() {
  const store = useDatelineStore();
  const dataset = useDateline((s) => s.dataset);
  const viewport = useDateline((s) => s.viewport);
  const selectedId = useDateline((s) => s.selectedId);
  const playhead = useDateline((s) => s.playhead);
  const playing = useDateline((s) => s.playing);
  const rootRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const { width, measured } = useElementWidth(bodyRef);
  const model = useTimelineModel(width < 600 ? 6 : 12);
  const geometry = useMemo(() => mainGeometry(width, model.index.lanes.length), [width, model.index.lanes.length]);
  const vertical = useMediaQuery(VERTICAL_QUERY);
  const verticalReveal = useCallback((i: number, vp: TimeWindow) => revealRow(model.index, i, vp), [model.index]);
  const actions = useTimelineActions(model, geometry, vertical ? verticalReveal : undefined);
  const [helpOpen, setHelpOpen] = useState(false);
  const { index } = model;
  const selected = selectedId === null ? -1 : (index.byId.get(selectedId) ?? -1);

  // The first view: the store's viewport is null until the data arrives (or comes from the URL).
  // It opens on the story (storyWindow), so background facts and far-off outliers do not shrink it.
  const openedView = useRef<TimeWindow | null>(null);
  useEffect(() => {
    if (dataset && !viewport && index.n > 0) {
      const w = model.fit;
      openedView.current = w;
      store.getState().setViewport(w);
    }
  }, [dataset, viewport, index, model.fit, store]);

  // Another dataset replacing the loaded one (a picked file, ?data=) starts from "Fit all".
  const previousDataset = useRef(dataset);
  useEffect(() => {
    const before = previousDataset.current;
    previousDataset.current = dataset;
    if (!before || !dataset || before === dataset) return;
    const s = store.getState();
    s.setPlayhead(null);
    if (index.n > 0) s.setViewport(model.fit);
    // Only when the dataset object changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset]);

  // A filter change that leaves every matching event outside the window fits the view to them,
  // so the chart is never blank while the summary says events match.
  const previousIndex = useRef(index);
  useEffect(() => {
    const before = previousIndex.current;
    previousIndex.current = index;
    const vp = store.getState().viewport;
    if (before === index || !vp) return;
    const next = windowAfterFilter(index, vp, model.fit);
    if (next !== vp) store.getState().setViewport(next);
  }, [index, model.fit, store]);

  // A deliberate selection made elsewhere (card, list, URL ?event=, a report just added: history
  // 'push') moves the playhead onto it and brings it into a legible view (revealWindow), once per
  // selection: later filter changes or the user's own zooming are not undone.
  // Scrubbing, stepping and playback ('replace') place the playhead and the view themselves.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (selected < 0) {
      if (selectedId === null) revealed.current = null;
      return;
    }
    const s = store.getState();
    // A selection read from the URL (?event= with no window of its own) arrives as 'replace'
    // right after the opening view was chosen, before any playhead: it is revealed too.
    const fromUrl = openedView.current !== null && s.viewport === openedView.current && s.playhead === null;
    openedView.current = null;
    if ((s.selectionHistory === 'replace' && !fromUrl) || revealed.current === selectedId) return;
    revealed.current = selectedId;
    const vp = s.viewport && s.viewport.end > s.viewport.start ? s.viewport : model.window;
    const next = revealSelection(index, selected, vp, geometry, s.playhead);
    if (next.playhead !== s.playhead) s.setPlayhead(next.playhead);
    const viewport = vertical ? revealRow(index, selected, vp) : next.viewport;
    if (viewport !== vp) s.setViewport(viewport);
    // Only when the selection changes (or its event first appears in the index).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, index]);

  // Keep keyboard focus on the selected mark when stepping from a mark.
  useEffect(() => {
    const root = rootRef.current;
    const active = document.activeElement as HTMLElement | null;
    if (!root || !active || !active.classList.contains('tl-mark') || !root.contains(active) || selectedId === null) return;
    if (active.dataset.eventId === selectedId) return;
    const next = Array.from(root.querySelectorAll<HTMLButtonElement>('button.tl-mark')).find((b) => b.dataset.eventId === selectedId);
    next?.focus();
  });

  // Playback: one step every PLAY_INTERVAL_MS, history 'replace'; stops at the last event.
  useEffect(() => {
    if (!playing) return;
    const id = setTimeout(() => {
      const s = store.getState();
      const cur = s.selectedId === null ? -1 : (index.byId.get(s.selectedId) ?? -1);
      const next = playbackNext(model.story, index.n, cur);
      if (next < 0) s.setPlaying(false);
      else actions.jumpTo(next, 'replace');
    }, PLAY_INTERVAL_MS);
    return () => clearTimeout(id);
  }, [playing, selectedId, actions, store, index, model.story]);

  const onPlayToggle = useCallback(() => {
    const s = store.getState();
    if (s.playing) {
      s.setPlaying(false);
      return;
    }
    const cur = s.selectedId === null ? -1 : (index.byId.get(s.selectedId) ?? -1);
    const from = playbackStart(model.story, index.n, cur);
    if (from < 0) return;
    if (from !== cur) actions.jumpTo(from, 'replace');
    s.setPlaying(true);
  }, [store, index, actions, model.story]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextEntry(e.target)) return;
    switch (e.key) {
      case 'ArrowLeft':
        actions.step(-1);
        break;
      case 'ArrowRight':
        actions.step(1);
        break;
      case 'Home':
        actions.first();
        break;
      case 'End':
        actions.last();
        break;
      case '+':
      case '=':
        actions.zoom(2);
        break;
      case '-':
      case '−':
      case '_':
        actions.zoom(0.5);
        break;
      case '?':
        setHelpOpen(true);
        break;
      case 'Escape':
        if (!helpOpen) return;
        setHelpOpen(false);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const selectedEvent = selected >= 0 ? index.events[selected] : undefined;
  const playheadValue = playhead ?? (selected >= 0 ? eventTime(model, selected) : (model.window.start + model.window.end) / 2);

  return (
    <section ref={rootRef} className="tl" role="region" aria-label="Timeline" data-bench="timeline" onKeyDown={onKeyDown}>
      <TimelineToolbar actions={actions} playing={playing} onPlayToggle={onPlayToggle} onHelp={() => setHelpOpen(true)} empty={index.n === 0} />
      <div ref={bodyRef} className="tl-body" role="group" tabIndex={0} aria-label="Timeline chart" aria-describedby="tl-keys-hint">
        <p id="tl-keys-hint" className="tl-visually-hidden">
          ← and → select the previous or next event, Home and End the first and last, + and − zoom, ? lists all shortcuts.
        </p>
        {vertical ? (
          <>
            <Overview model={model} width={width} actions={actions} />
            <Scrubber window={model.window} value={playheadValue} actions={actions} disabled={index.n === 0} />
            <VerticalTimeline model={model} actions={actions} dataset={dataset} width={width} />
          </>
        ) : (
          <>
            <MainView model={model} actions={actions} dataset={dataset} width={width} measured={measured} />
            <Scrubber window={model.window} value={playheadValue} actions={actions} disabled={index.n === 0} />
            <Overview model={model} width={width} actions={actions} />
          </>
        )}
      </div>
      <TimelineLegend />
      {index.invalid.length > 0 && (
        <p className="tl-warning" role="alert">
          {index.invalid.length} event date(s) could not be read, e.g. event “{index.invalid[0]!.id}”, field “{index.invalid[0]!.field}”; shown at the nearest valid date.
        </p>
      )}
      <p className="tl-visually-hidden" role="status" aria-live="polite">
        {selectedEvent ? `Selected: ${eventLabel(selectedEvent)}` : ''}
      </p>
      {helpOpen && <KeyboardHelp onClose={() => setHelpOpen(false)} />}
    </section>
  );
}
