import { ImportError } from '../../lib/io/ImportError';
import { parseCsv } from '../../lib/io/csv';
import { isEventsCsvHeader, parseEventsCsv } from '../../lib/io/eventsCsv';
import type { ImportedEvents } from '../../lib/io/importPlan';
import { decodeReportBytes } from '../../lib/io/reportFile';
import { parseWorkspaceFile, WORKSPACE_FORMAT } from '../../lib/io/workspaceFile';
import { parseTimelineJsCsv, parseTimelineJsJson } from '../../lib/io/timelineJs';
import type { Dataset } from '../../lib/model/types';
import type { Workspace } from '../../lib/workspace/types';

/** The largest import file accepted (50 MB is refused). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A parsed import, before the user confirms it. */
export type PendingImport = { kind: 'workspace'; file: string; workspace: Workspace } | { kind: 'events'; file: string; imported: ImportedEvents };

/**
 * Reads and validates an import file: a workspace JSON, a TimelineJS JSON, the TimelineJS CSV
 * template or the events CSV (our own export; its citations are looked up in `known`). Throws `ImportError`.
 */
export async function readImportFile(file: File, known: Pick<Dataset, 'sources' | 'actors'>): Promise<PendingImport> {
  const ext = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (ext !== 'json' && ext !== 'csv') throw new ImportError('only .json (Dateline workspace or TimelineJS) and .csv (Dateline events or the TimelineJS template) files can be imported', { file: file.name });
  if (file.size > MAX_IMPORT_BYTES) throw new ImportError(`the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; imports are limited to 20 MB`, { file: file.name });
  const text = decodeReportBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  if (ext === 'csv') {
    const header = parseCsv(text)[0]?.map((h) => h.trim()) ?? [];
    if (isEventsCsvHeader(header)) return { kind: 'events', file: file.name, imported: parseEventsCsv(text, file.name, known) };
    return { kind: 'events', file: file.name, imported: parseTimelineJsCsv(text, file.name) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError(`not valid JSON (${(e as Error).message})`, { file: file.name });
  }
  if (json && typeof json === 'object' && 'format' in json && (json as { format: unknown }).format === WORKSPACE_FORMAT)
    return { kind: 'workspace', file: file.name, workspace: parseWorkspaceFile(text, file.name) };
  if (json && typeof json === 'object' && 'schemaVersion' in json) return { kind: 'workspace', file: file.name, workspace: parseWorkspaceFile(text, file.name) };
  return { kind: 'events', file: file.name, imported: parseTimelineJsJson(text, file.name) };
}
