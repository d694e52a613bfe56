/**
 * Reads view state from a URL query and checks it against the dataset. Invalid parameters
 * (unknown actor, bad date, unknown event…) are dropped and reported as notices; never thrown.
 */
import { EVENT_TYPES, type Dataset } from '../model/types';
import { FACET_NAMES, type FacetName } from '../filter/filterTypes';
import { DEFAULT_LANE_MODE, EMPTY_VIEW, LANE_MODES, VIEW_PARAMS, type PassageRef, type ViewLaneMode, type ViewState } from './viewState';

/** The view read from a URL, plus a notice for each ignored parameter. */
export interface ParsedView {
  view: ViewState;
  notices: string[];
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z?)?$/;

/** Parses `2022-02-04` or `2022-02-04T12:30Z` (UTC) to epoch ms, or null. */
export function parseInstant(s: string): number | null {
  const m = INSTANT.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  const check = new Date(ms);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return ms;
}

const FACET_LABEL: Record<FacetName, string> = {
  actors: 'actor',
  countries: 'country',
  types: 'event type',
  sources: 'source',
  origins: 'origin',
};

function knownValues(dataset: Dataset): Record<FacetName, ReadonlySet<string>> {
  const countries = new Set<string>();
  for (const a of dataset.actors) if (a.country) countries.add(a.country);
  for (const e of dataset.events) for (const c of e.countries) countries.add(c);
  return {
    actors: new Set(dataset.actors.map((a) => a.id)),
    countries,
    types: new Set<string>(EVENT_TYPES),
    sources: new Set(dataset.sources.map((s) => s.id)),
    origins: new Set(['curated', 'parsed', 'user']),
  };
}

const PASSAGE = /^(.+):(\d+)-(\d+)$/;

/** Reads the view from `search` (e.g. `location.search`), validated against `dataset`. */
export function parseView(search: string, dataset: Dataset): ParsedView {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const known = knownValues(dataset);
  const filters = { ...EMPTY_VIEW.filters };
  for (const facet of FACET_NAMES) {
    const raw = params.get(VIEW_PARAMS[facet]);
    if (raw === null || raw === '') continue;
    const values: string[] = [];
    for (const v of raw.split(',')) {
      if (!v) continue;
      if (known[facet].has(v)) {
        if (!values.includes(v)) values.push(v);
      } else notices.push(`Ignored unknown ${FACET_LABEL[facet]} "${v}" in the link.`);
    }
    filters[facet] = values;
  }
  filters.q = params.get(VIEW_PARAMS.q) ?? '';

  let viewport: ViewState['viewport'] = null;
  const from = params.get(VIEW_PARAMS.from);
  const to = params.get(VIEW_PARAMS.to);
  if (from !== null || to !== null) {
    const a = from === null ? null : parseInstant(from);
    const b = to === null ? null : parseInstant(to);
    if (a === null || b === null) notices.push(`Ignored the time window in the link: "${from ?? ''}" to "${to ?? ''}" is not a valid pair of dates.`);
    else if (b <= a) notices.push(`Ignored the time window in the link: "${to}" is not after "${from}".`);
    else viewport = { start: a, end: b };
  }

  let selectedId: string | null = params.get(VIEW_PARAMS.event);
  if (selectedId !== null && !dataset.events.some((e) => e.id === selectedId)) {
    notices.push(`Ignored unknown event "${selectedId}" in the link.`);
    selectedId = null;
  }

  let reader: PassageRef | null = null;
  const passage = params.get(VIEW_PARAMS.passage);
  if (passage !== null) {
    const m = PASSAGE.exec(passage);
    const src = m ? dataset.sources.find((s) => s.id === m[1]) : undefined;
    const start = m ? Number(m[2]) : NaN;
    const end = m ? Number(m[3]) : NaN;
    if (!m) notices.push(`Ignored the passage "${passage}" in the link: expected source:start-end.`);
    else if (!src) notices.push(`Ignored the passage in the link: unknown source "${m[1]}".`);
    else if (!(end > start) || end > src.text.length) notices.push(`Ignored the passage in the link: ${start}-${end} is outside the report.`);
    else reader = selectedId ? { source: src.id, start, end, eventId: selectedId } : { source: src.id, start, end };
  }
  let laneMode: ViewLaneMode = DEFAULT_LANE_MODE;
  const group = params.get(VIEW_PARAMS.laneMode);
  if (group !== null) {
    if ((LANE_MODES as readonly string[]).includes(group)) laneMode = group as ViewLaneMode;
    else notices.push(`Ignored "group=${group}" in the link: lanes can be grouped by ${LANE_MODES.join(', ')}.`);
  }
  return { view: { filters, viewport, selectedId, reader, laneMode }, notices };
}
