import type { Dataset, TimelineEvent } from '../../lib/model/types';
import type { Workspace } from '../../lib/workspace/types';
import type { Filters, Viewport } from '../../store/store';
import { serializeWorkspace } from '../../lib/io/workspaceFile';
import { exportEventsCsv } from '../../lib/io/eventsCsv';
import { exportTimelineJs } from '../../lib/io/timelineJs';
import { exportPlover } from '../../lib/io/plover';
import { buildViewSvg } from '../../lib/io/viewSvg';
import { downloadBlob, downloadText, svgToPng } from './download';

const stamp = () => new Date().toISOString().slice(0, 10);

/** Downloads the whole workspace as `dateline-workspace-YYYY-MM-DD.json`. */
export function exportWorkspaceFile(ws: Workspace): void {
  downloadText(`dateline-workspace-${stamp()}.json`, serializeWorkspace(ws, new Date().toISOString()), 'application/json');
}

/** The active filters, one readable line per facet, for the exported picture. */
export function describeFilters(filters: Filters, dataset: Dataset): string[] {
  const actor = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const source = new Map(dataset.sources.map((s) => [s.id, s.outlet]));
  const out: string[] = [];
  if (filters.actors.length) out.push(`actors: ${filters.actors.map((a) => actor.get(a) ?? a).join(', ')}`);
  if (filters.countries.length) out.push(`countries: ${filters.countries.join(', ')}`);
  if (filters.types.length) out.push(`types: ${filters.types.join(', ')}`);
  if (filters.sources.length) out.push(`sources: ${filters.sources.map((s) => source.get(s) ?? s).join(', ')}`);
  if (filters.origins.length) out.push(`origins: ${filters.origins.join(', ')}`);
  if (filters.q) out.push(`search: “${filters.q}”`);
  return out;
}

/** The export formats of the filtered events and of the view. */
export type EventExportFormat = 'csv' | 'timelinejs' | 'plover' | 'svg' | 'png';

/** Downloads the filtered events (or the view) in one format. */
export async function exportEvents(format: EventExportFormat, events: readonly TimelineEvent[], dataset: Dataset, filters: Filters, viewport: Viewport | null): Promise<void> {
  if (format === 'csv') return downloadText(`dateline-events-${stamp()}.csv`, exportEventsCsv(events, dataset.sources), 'text/csv');
  if (format === 'timelinejs') return downloadText(`dateline-timelinejs-${stamp()}.json`, JSON.stringify(exportTimelineJs(events, dataset.sources), null, 2), 'application/json');
  if (format === 'plover') return downloadText(`dateline-plover-${stamp()}.json`, JSON.stringify(exportPlover(events, dataset.sources, dataset.actors), null, 2), 'application/json');
  const width = 1200;
  const svg = buildViewSvg({ events, viewport, filters: describeFilters(filters, dataset), width, title: 'Dateline' });
  if (format === 'svg') return downloadText(`dateline-view-${stamp()}.svg`, svg, 'image/svg+xml');
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 600);
  downloadBlob(`dateline-view-${stamp()}.png`, await svgToPng(svg, width, height));
}
