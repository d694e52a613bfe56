/**
 * The shareable part of the app state: what the URL query holds.
 *
 *   actor=xi,putin  country=RU,CN  type=STATEMENT  source=scmp  origin=parsed   (comma lists; OR within, AND across)
 *   q=joint statement                       free-text search
 *   from=2022-01-01&to=2022-03-01T12:30Z    visible window (UTC day, or to the minute)
 *   event=<event id>                        selected event (card open)
 *   passage=<source id>:<start>-<end>       open passage in the source reader
 *   group=actor | type                      what the timeline lanes group by (country, the default, is not written)
 *   data=<same-origin url>                  dataset to load instead of the built-in one (read by the loader, kept as is)
 *
 * Unknown values are dropped with a notice (see parseView); nothing here ever throws.
 */
import { EMPTY_FILTERS, type FilterSpec } from '../filter/filterTypes';
import type { TimeWindow } from '../model/calendar';

/** An open passage in the source reader. */
export interface PassageRef {
  source: string;
  start: number;
  end: number;
  eventId?: string;
}

/** What the timeline's lanes group by ("Group by"). */
export const LANE_MODES = ['country', 'actor', 'type'] as const;
/** One of LANE_MODES (mirrors the store's `LaneMode`). */
export type ViewLaneMode = (typeof LANE_MODES)[number];
/** The lane mode used when the URL names none. */
export const DEFAULT_LANE_MODE: ViewLaneMode = 'country';

/** Filters, visible window, selected event, open passage and lane grouping. */
export interface ViewState {
  filters: FilterSpec;
  /** Visible window in epoch ms (UTC), or null for "fit all". */
  viewport: TimeWindow | null;
  selectedId: string | null;
  reader: PassageRef | null;
  /** What the lanes group by. */
  laneMode: ViewLaneMode;
}

/** Query parameter names, one per piece of view state. */
export const VIEW_PARAMS = {
  actors: 'actor',
  countries: 'country',
  types: 'type',
  sources: 'source',
  origins: 'origin',
  q: 'q',
  from: 'from',
  to: 'to',
  event: 'event',
  passage: 'passage',
  laneMode: 'group',
} as const;

/** The empty view: no filters, whole dataset, nothing selected. */
export const EMPTY_VIEW: ViewState = {
  filters: EMPTY_FILTERS,
  viewport: null,
  selectedId: null,
  reader: null,
  laneMode: DEFAULT_LANE_MODE,
};
