import type * as z from 'zod/mini';
import type { EventEdit, Workspace } from '../workspace/types';
import { ImportError } from './ImportError';
import { actorSchema, editSchema, eventSchema, firstProblem, sourceSchema } from '../model/schema';

/** The `format` marker of a workspace file. */
export const WORKSPACE_FORMAT = 'dateline-workspace';
/** The workspace file schema this build writes and the newest it reads. */
export const WORKSPACE_SCHEMA_VERSION = 1;

/** The JSON shape of an exported workspace. */
export interface WorkspaceFile {
  format: typeof WORKSPACE_FORMAT;
  schemaVersion: number;
  exportedAt?: string;
  sources: Workspace['sources'];
  events: Workspace['events'];
  edits: EventEdit[];
  actors: Workspace['actors'];
}

/** Serializes the whole workspace (sources with their text, events, edits, actors) as JSON. */
export function serializeWorkspace(ws: Workspace, exportedAt?: string): string {
  const file: WorkspaceFile = {
    format: WORKSPACE_FORMAT,
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    ...(exportedAt ? { exportedAt } : {}),
    sources: ws.sources,
    events: ws.events,
    edits: Object.values(ws.edits),
    actors: ws.actors,
  };
  return JSON.stringify(file, null, 2);
}

const TOP_KEYS = new Set(['format', 'schemaVersion', 'exportedAt', 'sources', 'events', 'edits', 'actors']);

function records<T>(file: string, obj: Record<string, unknown>, key: string, schema: z.ZodMiniType<T>, idOf: (r: T) => string): T[] {
  const arr = obj[key];
  if (!Array.isArray(arr)) throw new ImportError(arr === undefined ? 'missing (expected array)' : 'expected a list', { file, field: key });
  return arr.map((raw, i) => {
    const r = schema.safeParse(raw);
    const rawId = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : raw && typeof raw === 'object' && 'eventId' in raw ? String((raw as { eventId: unknown }).eventId) : null;
    const record = `${key}[${i}]${rawId ? ` (id "${rawId}")` : ''}`;
    if (!r.success) {
      const { field, message } = firstProblem(r.error, raw);
      throw new ImportError(message, { file, record, field });
    }
    idOf(r.data);
    return r.data;
  });
}

/**
 * Parses and validates a workspace file. Throws an `ImportError` naming the file, record and field
 * for anything unexpected: not JSON, another format, a newer schema version, an extra or missing
 * field, a citation whose quote does not match its source text, a duplicate id.
 */
export function parseWorkspaceFile(text: string, file: string): Workspace {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError(`not valid JSON (${(e as Error).message})`, { file });
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new ImportError('expected a JSON object', { file });
  const obj = json as Record<string, unknown>;
  if (obj.format !== WORKSPACE_FORMAT) throw new ImportError(`not a Dateline workspace (format is ${JSON.stringify(obj.format)}, expected "${WORKSPACE_FORMAT}")`, { file, field: 'format' });
  const v = obj.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new ImportError('expected a whole number ≥ 1', { file, field: 'schemaVersion' });
  if (v > WORKSPACE_SCHEMA_VERSION)
    throw new ImportError(`this file uses workspace schema version ${v}, newer than this version of Dateline reads (${WORKSPACE_SCHEMA_VERSION}); update Dateline to import it`, { file, field: 'schemaVersion' });
  for (const k of Object.keys(obj)) if (!TOP_KEYS.has(k)) throw new ImportError(`unknown field "${k}"`, { file, field: k });
  const sources = records(file, obj, 'sources', sourceSchema, (s) => s.id);
  const actors = records(file, obj, 'actors', actorSchema, (a) => a.id);
  const events = records(file, obj, 'events', eventSchema, (e) => e.id);
  const editList = records(file, obj, 'edits', editSchema, (e) => e.eventId);
  for (const [key, list] of [['sources', sources], ['actors', actors], ['events', events]] as const) {
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (seen.has(r.id)) throw new ImportError(`duplicate id "${r.id}"`, { file, record: `${key}[${i}]`, field: 'id' });
      seen.add(r.id);
    });
  }
  const byId = new Map(sources.map((s) => [s.id, s]));
  events.forEach((e, i) => {
    e.citations.forEach((c, j) => {
      const src = byId.get(c.source);
      if (src && src.text.slice(c.start, c.end) !== c.quote)
        throw new ImportError(`the quote does not match the text of source "${c.source}" at ${c.start}–${c.end}`, { file, record: `events[${i}] (id "${e.id}")`, field: `citations.${j}.quote` });
    });
  });
  const edits: Workspace['edits'] = {};
  for (const e of editList) edits[e.eventId] = e as EventEdit;
  return { sources: sources as Workspace['sources'], actors: actors as Workspace['actors'], events: events as Workspace['events'], edits };
}
