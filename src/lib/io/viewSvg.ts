import type { EventType, TimelineEvent } from '../model/types';

/** What the exported picture shows. */
export interface ViewSvgInput {
  events: readonly TimelineEvent[];
  /** Visible window in epoch ms; null fits all events. */
  viewport: { start: number; end: number } | null;
  /** Active filters, one line each, e.g. `actors: United States, China`. Empty when none. */
  filters: readonly string[];
  width?: number;
  title?: string;
}

/** Colours of event types in exports. */
export const TYPE_COLORS: Record<EventType, string> = {
  CONSULT: '#1f77b4', STATEMENT: '#7f7f7f', THREATEN: '#d62728', SANCTION: '#8c1c13', COOPERATE: '#2ca02c', AID: '#17becf',
  REQUEST: '#bcbd22', ACCUSE: '#ff7f0e', REJECT: '#9467bd', DEMAND: '#e377c2', PROTEST: '#8c564b', MOBILIZE: '#6b3d9a',
  ASSAULT: '#000000', COERCE: '#b15928', AGREE: '#33a02c', SUPPORT: '#a6d854', RETREAT: '#66c2a5', OTHER: '#999999',
};

/** Escapes text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * Builds a standalone SVG of the timeline view: one lane per event type, a time axis, a legend of
 * the types shown and the active filters written at the top. Article text is escaped, never markup.
 */
export function buildViewSvg(input: ViewSvgInput): string {
  const width = input.width ?? 1200;
  const margin = { left: 130, right: 20 };
  const events = input.events;
  let t0 = input.viewport?.start ?? Math.min(...events.map((e) => ms(e.start)));
  let t1 = input.viewport?.end ?? Math.max(...events.map((e) => ms(e.end) + DAY));
  if (!Number.isFinite(t0) || !Number.isFinite(t1) || t1 <= t0) {
    t0 = 0;
    t1 = DAY;
  }
  const visible = events.filter((e) => ms(e.end) + DAY >= t0 && ms(e.start) <= t1);
  const types = [...new Set(visible.map((e) => e.type))].sort();
  const filterLines = input.filters.length ? input.filters.map((f) => `Filter — ${f}`) : ['Filters: none (all events)'];
  const headerH = 40 + filterLines.length * 18;
  const laneH = 28;
  const axisY = headerH + types.length * laneH + 10;
  const legendY = axisY + 40;
  const legendRows = Math.ceil(types.length / 4);
  const height = legendY + legendRows * 20 + 20;
  const x = (t: number) => margin.left + ((t - t0) / (t1 - t0)) * (width - margin.left - margin.right);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="10" y="22" font-size="16" font-weight="bold">${escapeXml(input.title ?? 'Dateline')}</text>`);
  out.push(`<text x="${width - 10}" y="22" text-anchor="end">${escapeXml(`${new Date(t0).toISOString().slice(0, 10)} – ${new Date(t1).toISOString().slice(0, 10)} · ${visible.length} events`)}</text>`);
  filterLines.forEach((f, i) => out.push(`<text x="10" y="${44 + i * 18}" fill="#333">${escapeXml(f)}</text>`));
  types.forEach((type, lane) => {
    const y = headerH + lane * laneH;
    out.push(`<text x="10" y="${y + 18}" fill="#333">${type}</text>`);
    out.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${y + laneH}" y2="${y + laneH}" stroke="#eee"/>`);
    for (const e of visible.filter((v) => v.type === type)) {
      const xs = Math.max(margin.left, x(ms(e.start)));
      const xe = Math.min(width - margin.right, x(ms(e.end) + DAY));
      const w = Math.max(6, xe - xs);
      out.push(`<rect x="${xs.toFixed(1)}" y="${y + 6}" width="${w.toFixed(1)}" height="${laneH - 12}" rx="3" fill="${TYPE_COLORS[type]}" fill-opacity="0.85"><title>${escapeXml(`${e.start}${e.end !== e.start ? ` – ${e.end}` : ''}: ${e.title}`)}</title></rect>`);
    }
  });
  out.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${axisY}" y2="${axisY}" stroke="#333"/>`);
  const ticks = 6;
  for (let i = 0; i <= ticks; i++) {
    const t = t0 + ((t1 - t0) * i) / ticks;
    const xx = x(t);
    out.push(`<line x1="${xx.toFixed(1)}" x2="${xx.toFixed(1)}" y1="${axisY}" y2="${axisY + 5}" stroke="#333"/>`);
    out.push(`<text x="${xx.toFixed(1)}" y="${axisY + 18}" text-anchor="middle">${new Date(t).toISOString().slice(0, 10)}</text>`);
  }
  out.push(`<text x="10" y="${legendY - 6}" font-weight="bold">Legend</text>`);
  types.forEach((type, i) => {
    const lx = 10 + (i % 4) * 180;
    const ly = legendY + Math.floor(i / 4) * 20;
    out.push(`<rect x="${lx}" y="${ly}" width="12" height="12" fill="${TYPE_COLORS[type]}"/><text x="${lx + 18}" y="${ly + 11}">${type}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}
