import type { Dataset, TimelineEvent } from '../../lib/model/types';
import type { Workspace } from '../../lib/workspace/types';
import type { Filters, LaneMode, Viewport } from '../../store/store';
import { serializeWorkspace } from '../../lib/io/workspaceFile';
import { exportEventsCsv } from '../../lib/io/eventsCsv';
import { exportTimelineJs } from '../../lib/io/timelineJs';
import { exportPlover } from '../../lib/io/plover';
import { buildExportImage } from '../../timeline/exportImage';
import { buildTimelineIndex } from '../../timeline/buildTimelineIndex';
import { paddedExtent } from '../../timeline/viewportMath';
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

/** What the lanes are called in the picture. */
const GROUPING_NAME: Record<LaneMode, string> = { country: 'country', actor: 'actor', type: 'event type' };

/** The lanes on the desktop chart (the picture is the desktop chart's layout, at any screen width). */
const EXPORT_LANES = 12;

/**
 * Downloads the filtered events (or the view) in one format. The picture (svg, png) is what the
 * chart shows: the same filtered events, lane grouping and window.
 */
export async function exportEvents(format: EventExportFormat, events: readonly TimelineEvent[], dataset: Dataset, filters: Filters, viewport: Viewport | null, laneMode: LaneMode = 'country'): Promise<void> {
  if (format === 'csv') return downloadText(`dateline-events-${stamp()}.csv`, exportEventsCsv(events, dataset.sources), 'text/csv');
  if (format === 'timelinejs') return downloadText(`dateline-timelinejs-${stamp()}.json`, JSON.stringify(exportTimelineJs(events, dataset.sources), null, 2), 'application/json');
  if (format === 'plover') return downloadText(`dateline-plover-${stamp()}.json`, JSON.stringify(exportPlover(events, dataset.sources, dataset.actors), null, 2), 'application/json');
  const index = buildTimelineIndex(events, laneMode, dataset.actors, EXPORT_LANES);
  const window = viewport && viewport.end > viewport.start ? viewport : paddedExtent(index.extent ?? { start: 0, end: 1 });
  const image = buildExportImage({ index, window, filters: describeFilters(filters, dataset), sources: dataset.sources, grouping: GROUPING_NAME[laneMode], title: 'Dateline', width: 1200 });
  if (format === 'svg') return downloadText(`dateline-view-${stamp()}.svg`, image.svg, 'image/svg+xml');
  downloadBlob(`dateline-view-${stamp()}.png`, await svgToPng(image.svg, image.width, image.height));
}
