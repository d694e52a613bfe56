import type { Dataset } from '../model/types';
import type { Workspace } from '../workspace/types';

/** Ids of incoming records that are new, changed, or already there unchanged. */
export interface RecordDiff {
  added: string[];
  changed: string[];
  unchanged: string[];
}

/** What an import would add and change, per kind of record. */
export interface ImportPreview {
  sources: RecordDiff;
  events: RecordDiff;
  actors: RecordDiff;
  edits: RecordDiff;
}

/** Deep equality of two JSON records, whatever the order of their keys (a file read back through a schema reorders them). */
function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function diff<T>(cur: ReadonlyMap<string, T>, inc: ReadonlyMap<string, T>): RecordDiff {
  const out: RecordDiff = { added: [], changed: [], unchanged: [] };
  for (const [id, v] of inc) {
    const c = cur.get(id);
    if (c === undefined) out.added.push(id);
    else if (!sameRecord(c, v)) out.changed.push(id);
    else out.unchanged.push(id);
  }
  return out;
}

const byId = <T extends { id: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x]));

/** Compares an incoming workspace with the current one (for the import preview). */
export function previewImport(current: Workspace, incoming: Workspace): ImportPreview {
  return {
    sources: diff(byId(current.sources), byId(incoming.sources)),
    events: diff(byId(current.events), byId(incoming.events)),
    actors: diff(byId(current.actors), byId(incoming.actors)),
    edits: diff(new Map(Object.entries(current.edits)), new Map(Object.entries(incoming.edits))),
  };
}

/** Merges an incoming workspace into the current one; incoming records win for the same id. */
export function mergeWorkspaces(current: Workspace, incoming: Workspace): Workspace {
  const merge = <T extends { id: string }>(a: readonly T[], b: readonly T[]) => {
    const ids = new Set(b.map((x) => x.id));
    return [...a.filter((x) => !ids.has(x.id)), ...b];
  };
  return {
    sources: merge(current.sources, incoming.sources),
    events: merge(current.events, incoming.events),
    actors: merge(current.actors, incoming.actors),
    edits: { ...current.edits, ...incoming.edits },
  };
}

/**
 * What an import would bring that cannot be shown, so the preview can say so instead of dropping it:
 * events citing sources found neither in the import nor in the dataset, and user events reusing a built-in event id.
 */
export function importWarnings(incoming: Workspace, base: Pick<Dataset, 'sources' | 'events'> | null): string[] {
  const sources = new Set([...(base?.sources ?? []).map((s) => s.id), ...incoming.sources.map((s) => s.id)]);
  const builtin = new Set((base?.events ?? []).map((e) => e.id));
  const out: string[] = [];
  for (const e of incoming.events) {
    const missing = [...new Set(e.citations.map((c) => c.source).filter((s) => !sources.has(s)))];
    if (missing.length) out.push(`Event "${e.id}" cites ${missing.map((m) => `"${m}"`).join(', ')}, which is in neither the file nor this dataset; those citations will not be shown.`);
    if (builtin.has(e.id)) out.push(`Event "${e.id}" has the id of a built-in event; it will not be shown (edit the built-in event instead).`);
  }
  return out;
}
