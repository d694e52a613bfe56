/**
 * The one Dateline store, built from typed slices (zustand vanilla core; no React here).
 * Slices: data, filters, viewport, selection, reader. Derived data (filtered events, facet counts,
 * layout) is computed by pure functions in src/lib, never stored twice.
 */
import { createStore } from 'zustand/vanilla';
import type { Dataset, EventId, SourceId } from '../lib/model/types';
import type { TimeWindow } from '../lib/model/calendar';
import { EMPTY_FILTERS, type FacetName, type FilterSpec } from '../lib/filter/filterTypes';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspaceSlice';

/** How a state change should reach browser history: a deliberate step pushes, scrubbing replaces. */
export type HistoryMode = 'push' | 'replace';

export type { LoadStatus } from './loadStatus';
import type { LoadStatus } from './loadStatus';

/** A user-facing error: which file, which record, which field, and what is wrong. */
export interface AppError {
  title: string;
  message: string;
  file?: string;
  record?: string;
  field?: string;
}

export interface DataSlice {
  dataset: Dataset | null;
  status: LoadStatus;
  /** 0..1 while loading, null when unknown. */
  progress: number | null;
  error: AppError | null;
  /** Non-fatal notices (ignored URL parameters…), shown until dismissed. */
  notices: string[];
  setLoading: (progress?: number | null) => void;
  setDataset: (dataset: Dataset) => void;
  setError: (error: AppError) => void;
  addNotice: (notice: string) => void;
  dismissNotice: (index: number) => void;
}

/** A facet the user filters on (the lib's `FacetName`). */
export type Facet = FacetName;
/** The active filters (the lib's `FilterSpec`). */
export type Filters = FilterSpec;
export { EMPTY_FILTERS };

export interface FiltersSlice {
  filters: Filters;
  toggleFilter: (facet: Facet, value: string) => void;
  setFacet: (facet: Facet, values: string[]) => void;
  setQuery: (q: string) => void;
  clearFilters: () => void;
}

export type LaneMode = 'country' | 'actor' | 'type';

/** The visible time window in epoch milliseconds (UTC); null in the slice until the first fit. */
export type Viewport = TimeWindow;

export interface ViewportSlice {
  viewport: Viewport | null;
  laneMode: LaneMode;
  setViewport: (viewport: Viewport) => void;
  setLaneMode: (mode: LaneMode) => void;
}

export interface SelectionSlice {
  selectedId: EventId | null;
  /** How the last selection change should be written to history. */
  selectionHistory: HistoryMode;
  /** Playhead position in epoch ms, or null. */
  playhead: number | null;
  playing: boolean;
  select: (id: EventId | null, history?: HistoryMode) => void;
  setPlayhead: (t: number | null) => void;
  setPlaying: (playing: boolean) => void;
}

/** The open passage in the source reader. */
export interface ReaderState {
  source: SourceId;
  start: number;
  end: number;
  eventId?: EventId;
}

export interface ReaderSlice {
  reader: ReaderState | null;
  openReader: (reader: ReaderState) => void;
  closeReader: () => void;
}

export type DatelineState = DataSlice & FiltersSlice & ViewportSlice & SelectionSlice & ReaderSlice & WorkspaceSlice;

type SliceCreator<T> = (
  set: (partial: Partial<DatelineState> | ((s: DatelineState) => Partial<DatelineState>)) => void,
  get: () => DatelineState,
) => T;

const createDataSlice: SliceCreator<DataSlice> = (set) => ({
  dataset: null,
  status: 'idle',
  progress: null,
  error: null,
  notices: [],
  setLoading: (progress = null) => set({ status: 'loading', progress, error: null }),
  setDataset: (dataset) => set({ dataset, status: 'ready', progress: null, error: null }),
  setError: (error) => set({ status: 'error', error, progress: null }),
  addNotice: (notice) => set((s) => ({ notices: [...s.notices, notice] })),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
});

const createFiltersSlice: SliceCreator<FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  toggleFilter: (facet, value) =>
    set((s) => {
      const cur = s.filters[facet];
      const next = cur.includes(value) ? cur.filter((v) => v !== value) : [...cur, value];
      return { filters: { ...s.filters, [facet]: next } };
    }),
  setFacet: (facet, values) => set((s) => ({ filters: { ...s.filters, [facet]: values } })),
  setQuery: (q) => set((s) => ({ filters: { ...s.filters, q } })),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
});

const createViewportSlice: SliceCreator<ViewportSlice> = (set) => ({
  viewport: null,
  laneMode: 'country',
  setViewport: (viewport) => set({ viewport }),
  setLaneMode: (laneMode) => set({ laneMode }),
});

const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selectedId: null,
  selectionHistory: 'push',
  playhead: null,
  playing: false,
  select: (selectedId, selectionHistory = 'push') => set({ selectedId, selectionHistory }),
  setPlayhead: (playhead) => set({ playhead }),
  setPlaying: (playing) => set({ playing }),
});

const createReaderSlice: SliceCreator<ReaderSlice> = (set) => ({
  reader: null,
  openReader: (reader) => set({ reader }),
  closeReader: () => set({ reader: null }),
});

/** Creates a fresh store (tests create one each; the app uses `appStore`). */
export function createDatelineStore() {
  return createStore<DatelineState>()((set, get) => ({
    ...createDataSlice(set, get),
    ...createFiltersSlice(set, get),
    ...createViewportSlice(set, get),
    ...createSelectionSlice(set, get),
    ...createReaderSlice(set, get),
    ...createWorkspaceSlice(set, get),
  }));
}

export type DatelineStore = ReturnType<typeof createDatelineStore>;
