/**
 * The publishable image of the timeline view (SVG; the PNG is rendered from it): what the screen
 * shows — the same index (filtered events, lanes of the chosen grouping) and the same window —
 * with every drawn event titled (bars carry their title on their visible part), events stacked vis-timeline style (`stackRows`: a long bar never
 * hides a short event), a legend, a title line, the active filters and a source line.
 * Pure: returns a string. Article text (titles, outlets, lane names) is escaped, never markup.
 */
import { scaleUtc } from 'd3-scale';
import type { EventType, Source } from '../lib/model/types';
import { formatDateRange } from '../lib/format/formatEventDate';
import { typeLabel } from '../lib/format/typeLabel';
import { FLAG_PARSED, FLAG_UNCERTAIN, FLAG_USER, type TimelineIndex } from './buildTimelineIndex';
import { computeTicks, visibleTickLabels } from './computeTicks';
import { stackRows, type StackBox } from './stackRows';
import { eventsInWindow } from './verticalLayout';
import type { TimeWindow } from '../lib/model/calendar';

/** What the exported picture shows. */
export interface ExportImageInput {
  /** The screen's index: the filtered events and the lanes of the grouping on screen. */
  index: TimelineIndex;
  /** The visible window (the store's viewport). */
  window: TimeWindow;
  /** Active filters, one line each, e.g. `actors: United States, China`. Empty when none. */
  filters: readonly string[];
  /** The dataset's sources: the source line names the reports the drawn events cite. */
  sources: readonly Pick<Source, 'id' | 'outlet'>[];
  /** What the lanes group by, e.g. "country". */
  grouping?: string;
  title?: string;
  width?: number;
}

/** The picture and its size. */
export interface ExportImage {
  svg: string;
  width: number;
  height: number;
  /** Events drawn (each once, whatever its number of lanes). */
  drawn: number;
  /** Events in the window not drawn because their lane ran out of rows (said in the picture). */
  notDrawn: number;
}

/** Colours of event types (the legend names each one shown: colour is never the only carrier). */
export const TYPE_COLORS: Record<EventType, string> = {
  CONSULT: '#1f77b4', STATEMENT: '#6b6b6b', THREATEN: '#d62728', SANCTION: '#8c1c13', COOPERATE: '#2ca02c', AID: '#138d9c',
  REQUEST: '#8f8f1a', ACCUSE: '#e06c00', REJECT: '#9467bd', DEMAND: '#c2378f', PROTEST: '#8c564b', MOBILIZE: '#6b3d9a',
  ASSAULT: '#000000', COERCE: '#b15928', AGREE: '#33a02c', SUPPORT: '#5f9e1a', RETREAT: '#3b9c80', OTHER: '#8a8a8a',
};

/** Escapes text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Most rows a lane stacks into; events beyond are counted in the lane's "not drawn" note. */
export const EXPORT_MAX_ROWS = 40;
/** Longest title drawn whole; longer ones keep their first characters and "…". */
export const EXPORT_TITLE_CHARS = 90;

const FONT = 11;
/** Average advance of a character at 11 px (system-ui); text boxes are estimated from it. */
const CHAR_W = 6.3;
const ROW_H = 19;
const LANE_PAD = 6;
const LABEL_COL = 150;
const MARGIN = 14;

const textWidth = (s: string, size = FONT) => s.length * CHAR_W * (size / FONT);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const f1 = (n: number) => n.toFixed(1);

function clip(s: string, chars: number): string {
  return s.length <= chars ? s : `${s.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

/** Greedy word wrap to lines of at most `chars` characters. */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

interface Placed {
  event: number;
  x0: number;
  x1: number;
  point: boolean;
  label: string;
  /** Label start (anchor start) or end (anchor end). */
  labelX: number;
  anchor: 'start' | 'end';
  box: StackBox;
}

/** Builds the picture of `input.window` of `input.index`. */
export function buildExportImage(input: ExportImageInput): ExportImage {
  const { index, window: w } = input;
  const width = Math.max(480, input.width ?? 1200);
  const plotLeft = LABEL_COL;
  const plotRight = width - MARGIN;
  const span = Math.max(w.end - w.start, 1);
  const x = (t: number) => plotLeft + ((t - w.start) / span) * (plotRight - plotLeft);
  const clampX = (px: number) => Math.min(plotRight, Math.max(plotLeft, px));
  const order = eventsInWindow(index, w);

  // Each event in each of its lanes (the label in its first lane only), stacked per lane.
  const lanes = index.lanes.map(() => [] as Placed[]);
  for (const i of order) {
    const s = index.start[i] as number;
    const e = index.end[i] as number;
    const flags = index.flags[i] as number;
    const x0 = clampX(x(s));
    const x1 = clampX(x(e));
    const point = (flags & FLAG_UNCERTAIN) === 0;
    const title = index.events[i]?.title ?? '';
    const label = clip(title, EXPORT_TITLE_CHARS);
    const tw = textWidth(label);
    let placed: Omit<Placed, 'box'> & { left: number; right: number };
    if (point) {
      // A dot (or the day's width): the title to its right, or to its left near the right edge.
      const markL = Math.min(x0, (x0 + x1) / 2 - 4.5);
      const markR = Math.max(x1, (x0 + x1) / 2 + 4.5);
      const fitsRight = markR + 4 + tw <= plotRight;
      const room = fitsRight ? tw : Math.max(plotRight - markR - 4, markL - 4 - plotLeft);
      const text = fitsRight ? label : clip(label, Math.max(24, Math.floor(room / CHAR_W)));
      const w = textWidth(text);
      const right = plotRight - markR - 4 >= markL - 4 - plotLeft || fitsRight;
      placed = right
        ? { event: i, x0, x1, point, label: text, labelX: markR + 4, anchor: 'start', left: markL, right: markR + 4 + w }
        : { event: i, x0, x1, point, label: text, labelX: markL - 4, anchor: 'end', left: markL - 4 - w, right: markR };
    } else {
      // A bar: the title sits on its visible part (from its visible start), shifted left only
      // as far as needed to stay inside the plot.
      const labelX = Math.max(plotLeft, Math.min(x0 + 2, plotRight - tw));
      const text = labelX + tw <= plotRight ? label : clip(label, Math.max(24, Math.floor((plotRight - labelX) / CHAR_W)));
      placed = { event: i, x0, x1, point, label: text, labelX, anchor: 'start', left: Math.min(x0, labelX), right: Math.max(x1, labelX + textWidth(text)) };
    }
    // Each of its lanes draws it, titled (a lane is read on its own).
    for (let k = index.laneOffsets[i] as number; k < (index.laneOffsets[i + 1] as number); k++) {
      const { left, right, ...rest } = placed;
      lanes[index.laneIds[k] as number]?.push({ ...rest, box: { left, width: right - left } });
    }
  }
  const laneRows = lanes.map((items) => stackRows(items.map((p) => p.box), { margin: 6, maxRows: EXPORT_MAX_ROWS }));

  const out: string[] = [];
  const drawnEvents = new Set<number>();
  const missing = new Set<number>();

  // Header: title line, window and count, grouping, filters.
  const title = input.title ?? 'Dateline';
  const range = formatDateRange(iso(w.start), iso(Math.max(w.start, w.end - 1)), 'day');
  const filterLines = input.filters.length ? input.filters.map((f) => `Filter — ${f}`) : ['Filters: none (all events)'];
  let y = 28;
  const head: string[] = [];
  head.push(`<text x="${MARGIN}" y="${y}" font-size="18" font-weight="700">${escapeXml(title)}</text>`);
  y += 20;
  head.push(`<text x="${MARGIN}" y="${y}" fill="#333">${escapeXml(`${range} · ${order.length} ${order.length === 1 ? 'event' : 'events'} in view${input.grouping ? ` · lanes by ${input.grouping}` : ''}`)}</text>`);
  for (const f of filterLines) {
    y += 16;
    head.push(`<text x="${MARGIN}" y="${y}" fill="#333">${escapeXml(f)}</text>`);
  }
  y += 16;

  // Lanes.
  const bg: string[] = [];
  const body: string[] = [];
  const lanesTop = y;
  index.lanes.forEach((lane, li) => {
    const rows = laneRows[li] as Int32Array;
    const items = lanes[li] as Placed[];
    let used = 0;
    let notDrawn = 0;
    for (let k = 0; k < rows.length; k++) {
      if ((rows[k] as number) < 0) notDrawn++;
      else used = Math.max(used, (rows[k] as number) + 1);
    }
    const h = Math.max(1, used) * ROW_H + 2 * LANE_PAD + (notDrawn > 0 ? 14 : 0);
    if (li % 2 === 1) bg.push(`<rect x="0" y="${y}" width="${width}" height="${h}" fill="#f2f4f7"/>`);
    bg.push(`<text x="${MARGIN}" y="${y + LANE_PAD + 13}" font-weight="600" data-lane="${li}">${escapeXml(clip(lane.label, 20))} <tspan fill="#555" font-weight="400">${lane.count}</tspan></text>`);
    items.forEach((p, k) => {
      const row = rows[k] as number;
      if (row < 0) {
        missing.add(p.event);
        return;
      }
      drawnEvents.add(p.event);
      const cy = y + LANE_PAD + row * ROW_H + ROW_H / 2;
      const ev = index.events[p.event]!;
      const flags = index.flags[p.event] as number;
      const color = TYPE_COLORS[ev.type] ?? TYPE_COLORS.OTHER;
      const hollow = (flags & FLAG_PARSED) !== 0;
      const fill = hollow ? '#ffffff' : color;
      const id = escapeXml(ev.id);
      const date = escapeXml(formatDateRange(ev.start, ev.end, ev.precision));
      const tip = `<title>${escapeXml(ev.title)}, ${date}</title>`;
      if (p.point && (flags & FLAG_USER) !== 0) {
        body.push(`<rect data-event-id="${id}" data-row="${row}" x="${f1((p.x0 + p.x1) / 2 - 4.5)}" y="${f1(cy - 4.5)}" width="9" height="9" fill="${fill}" stroke="${color}" stroke-width="1.5">${tip}</rect>`);
      } else if (p.point && p.x1 - p.x0 < 9) {
        body.push(`<circle data-event-id="${id}" data-row="${row}" cx="${f1((p.x0 + p.x1) / 2)}" cy="${f1(cy)}" r="4.5" fill="${fill}" stroke="${color}" stroke-width="1.5">${tip}</circle>`);
      } else if (p.point) {
        // A day wide enough to see: the mark covers its day.
        body.push(`<rect data-event-id="${id}" data-row="${row}" x="${f1(p.x0)}" y="${f1(cy - 5)}" width="${f1(p.x1 - p.x0)}" height="10" rx="2" fill="${fill}" stroke="${color}" stroke-width="1.5">${tip}</rect>`);
      } else {
        // Not known to the day, or a range: a lighter, thinner bar that recedes behind day events.
        body.push(`<rect data-event-id="${id}" data-row="${row}" x="${f1(p.x0)}" y="${f1(cy + 3)}" width="${f1(Math.max(3, p.x1 - p.x0))}" height="5" rx="2.5" fill="${color}" fill-opacity="${hollow ? 0.12 : 0.35}" stroke="${color}" stroke-opacity="0.8" stroke-dasharray="${hollow ? '3 2' : 'none'}">${tip}</rect>`);
      }
      if (p.label) body.push(`<text data-label-for="${id}" x="${f1(p.labelX)}" y="${f1(p.point ? cy + 4 : cy + 1)}" text-anchor="${p.anchor}" fill="#1d2330">${escapeXml(p.label)}</text>`);
    });
    if (notDrawn > 0) body.push(`<text x="${plotLeft}" y="${y + h - 6}" fill="#555" font-style="italic">${notDrawn} more in this lane not drawn: zoom in to see them</text>`);
    bg.push(`<line x1="0" x2="${width}" y1="${y + h}" y2="${y + h}" stroke="#e3e7ec"/>`);
    y += h;
  });
  for (const i of drawnEvents) missing.delete(i);

  // Axis: the screen's ticks; a label that would be cut by the edge is not drawn.
  const scale = scaleUtc().domain([w.start, w.end]).range([plotLeft, plotRight]);
  const ticks = computeTicks(scale, plotRight - plotLeft);
  const shown = visibleTickLabels(ticks, ticks.map((t) => textWidth(t.label)), width - 4);
  const grid: string[] = [];
  const axisY = y;
  grid.push(`<line x1="${plotLeft}" x2="${plotRight}" y1="${axisY}" y2="${axisY}" stroke="#4a5563"/>`);
  ticks.forEach((t, k) => {
    if (t.x < plotLeft - 0.5 || t.x > plotRight + 0.5) return;
    grid.push(`<line x1="${f1(t.x)}" x2="${f1(t.x)}" y1="${lanesTop}" y2="${axisY + 5}" stroke="${t.major ? '#aab3bf' : '#e3e7ec'}"/>`);
    if (shown[k]) grid.push(`<text data-axis="tick" x="${f1(Math.round(t.x) + 3)}" y="${axisY + 17}" fill="#4a5563"${t.major ? ' font-weight="600"' : ''}>${escapeXml(t.label)}</text>`);
  });
  y = axisY + 36;

  // Legend: shapes, then the types drawn (each colour named).
  const legend: string[] = [`<text x="${MARGIN}" y="${y}" font-weight="700">Legend</text>`];
  const items: { svg: (lx: number, ly: number) => string; text: string }[] = [
    { text: 'Known day', svg: (lx, ly) => `<circle cx="${lx + 6}" cy="${ly - 4}" r="4.5" fill="#4a5563"/>` },
    { text: 'Approximate date or range (light bar)', svg: (lx, ly) => `<rect x="${lx}" y="${ly - 7}" width="22" height="6" rx="3" fill="#4a5563" fill-opacity="0.35" stroke="#4a5563"/>` },
    { text: 'Parsed, not curated (hollow)', svg: (lx, ly) => `<circle cx="${lx + 6}" cy="${ly - 4}" r="4.5" fill="#ffffff" stroke="#4a5563" stroke-width="1.5"/>` },
    { text: 'Added by you (square)', svg: (lx, ly) => `<rect x="${lx + 1.5}" y="${ly - 8.5}" width="9" height="9" fill="#4a5563"/>` },
  ];
  const types = [...new Set([...drawnEvents].map((i) => index.events[i]!.type))].sort();
  for (const type of types) items.push({ text: typeLabel(type), svg: (lx, ly) => `<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${TYPE_COLORS[type] ?? TYPE_COLORS.OTHER}"/>` });
  let lx = MARGIN;
  y += 20;
  for (const item of items) {
    const wItem = 30 + textWidth(item.text) + 18;
    if (lx + wItem > width - MARGIN && lx > MARGIN) {
      lx = MARGIN;
      y += 18;
    }
    legend.push(`<g data-legend="${escapeXml(item.text)}">${item.svg(lx, y)}<text x="${lx + 28}" y="${y}">${escapeXml(item.text)}</text></g>`);
    lx += wItem;
  }
  if (missing.size > 0) {
    y += 20;
    legend.push(`<text x="${MARGIN}" y="${y}" fill="#555" font-style="italic">${missing.size} of ${order.length} events in view are not drawn (their lanes are full); zoom in or filter to see them.</text>`);
  }

  // Source line: the reports the drawn events cite.
  const outlet = new Map(input.sources.map((s) => [s.id, s.outlet]));
  const reports: string[] = [];
  const seen = new Set<string>();
  for (const i of [...drawnEvents].sort((a, b) => a - b)) {
    for (const c of index.events[i]!.citations) {
      if (seen.has(c.source)) continue;
      seen.add(c.source);
      reports.push(outlet.get(c.source) ?? c.source);
    }
  }
  const sourceText = `Source: Dateline — ${reports.length ? reports.join('; ') : 'no report cited by the events shown'}`;
  const foot: string[] = [];
  y += 14;
  for (const line of wrap(sourceText, Math.floor((width - 2 * MARGIN) / CHAR_W))) {
    y += 16;
    foot.push(`<text x="${MARGIN}" y="${y}" fill="#333" data-source-line="">${escapeXml(line)}</text>`);
  }
  const height = Math.ceil(y + 16);

  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="${FONT}" fill="#1d2330">`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(...head, ...bg, ...grid, ...body, ...legend, ...foot, '</svg>');
  return { svg: out.join('\n'), width, height, drawn: drawnEvents.size, notDrawn: missing.size };
}
