/**
 * Keeps the URL query and the store in step. The URL holds filters, visible window, selected
 * event, open passage and lane grouping. A deliberate selection or opening/closing the reader pushes a history
 * entry; scrubbing, playback, filter and viewport changes replace it (debounced). Back/Forward
 * (popstate) restore the view. Invalid parameters become notices, never errors.
 */
import { parseView } from '../lib/url/parseView';
import { serializeView } from '../lib/url/serializeView';
import type { ViewState } from '../lib/url/viewState';
import type { DatelineState, DatelineStore, ReaderState } from './store';

/** The part of `window` the sync needs (injectable in tests). */
export type UrlWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/** The shareable view of the store state. */
export function viewFromState(s: DatelineState): ViewState {
  return { filters: s.filters, viewport: s.viewport, selectedId: s.selectedId, reader: s.reader, laneMode: s.laneMode };
}

/** Puts a view into the store (filters, window, selection, reader, lanes) without touching history. */
export function applyView(store: DatelineStore, view: ViewState): void {
  const reader: ReaderState | null = view.reader
    ? view.reader.eventId
      ? { source: view.reader.source, start: view.reader.start, end: view.reader.end, eventId: view.reader.eventId }
      : { source: view.reader.source, start: view.reader.start, end: view.reader.end }
    : null;
  store.setState({
    filters: { ...view.filters, actors: [...view.filters.actors], countries: [...view.filters.countries], types: [...view.filters.types], sources: [...view.filters.sources], origins: [...view.filters.origins] },
    ...(view.viewport ? { viewport: view.viewport } : {}),
    selectedId: view.selectedId,
    selectionHistory: 'replace',
    reader,
    laneMode: view.laneMode,
  });
}

function readUrl(store: DatelineStore, win: UrlWindow): void {
  const dataset = store.getState().dataset;
  if (!dataset) return;
  const { view, notices } = parseView(win.location.search, dataset);
  applyView(store, view);
  for (const n of notices) store.getState().addNotice(n);
}

function urlFor(win: UrlWindow, s: DatelineState): string {
  const search = serializeView(viewFromState(s), win.location.search);
  return `${win.location.pathname}${search}${win.location.hash}`;
}

/** Delay before a replaced URL is written, so zoom and scrub don't flood history.replaceState. */
export const REPLACE_DELAY_MS = 250;

/**
 * Reads the URL into the store (validated against the loaded dataset; call once a dataset is
 * there), then mirrors store changes into the URL. Later dataset changes (e.g. the user's own
 * events applied on top) keep the current view. Returns a function that stops syncing.
 */
export function startUrlSync(store: DatelineStore, win: UrlWindow = window): () => void {
  readUrl(store, win);
  win.history.replaceState(null, '', urlFor(win, store.getState()));

  let applying = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flushReplace = () => {
    timer = null;
    win.history.replaceState(null, '', urlFor(win, store.getState()));
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying || !s.dataset) return;
    const selectionChanged = s.selectedId !== prev.selectedId;
    const readerChanged = s.reader !== prev.reader;
    const viewChanged = selectionChanged || readerChanged || s.filters !== prev.filters || s.viewport !== prev.viewport || s.laneMode !== prev.laneMode;
    if (!viewChanged) return;
    const push = readerChanged || (selectionChanged && s.selectionHistory === 'push');
    if (push) {
      if (timer) clearTimeout(timer);
      timer = null;
      const url = urlFor(win, s);
      if (url !== `${win.location.pathname}${win.location.search}${win.location.hash}`) win.history.pushState(null, '', url);
    } else if (!timer) timer = setTimeout(flushReplace, REPLACE_DELAY_MS);
  });

  const onPop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    applying = true;
    try {
      readUrl(store, win);
    } finally {
      applying = false;
    }
  };
  win.addEventListener('popstate', onPop);

  return () => {
    unsubscribe();
    if (timer) {
      clearTimeout(timer);
      flushReplace();
    }
    win.removeEventListener('popstate', onPop);
  };
}
