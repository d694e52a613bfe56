/** Writes view state into a URL query string, keeping parameters it does not own (e.g. `data`). */
import { DAY_MS } from '../model/calendar';
import { FACET_NAMES } from '../filter/filterTypes';
import { DEFAULT_LANE_MODE, VIEW_PARAMS, type ViewState } from './viewState';


/** `2022-02-04` at midnight UTC, else ISO to the minute (`2022-02-04T12:30Z`). */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (ms % DAY_MS === 0) return iso.slice(0, 10);
  return iso.slice(0, 16) + 'Z';
}

/** Returns `currentSearch` with the view parameters replaced by `view` (leading `?`, or '' if empty). */
export function serializeView(view: ViewState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const name of Object.values(VIEW_PARAMS)) params.delete(name);
  for (const facet of FACET_NAMES) {
    const values = view.filters[facet];
    if (values.length) params.set(VIEW_PARAMS[facet], values.join(','));
  }
  if (view.filters.q) params.set(VIEW_PARAMS.q, view.filters.q);
  if (view.viewport) {
    params.set(VIEW_PARAMS.from, formatInstant(view.viewport.start));
    params.set(VIEW_PARAMS.to, formatInstant(view.viewport.end));
  }
  if (view.selectedId) params.set(VIEW_PARAMS.event, view.selectedId);
  if (view.reader) params.set(VIEW_PARAMS.passage, `${view.reader.source}:${view.reader.start}-${view.reader.end}`);
  if (view.laneMode !== DEFAULT_LANE_MODE) params.set(VIEW_PARAMS.laneMode, view.laneMode);
  // ':' and ',' are legal in a query; keep them readable (URLSearchParams decodes both forms).
  const s = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return s ? `?${s}` : '';
}
