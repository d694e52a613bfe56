/**
 * Idempotent import of events from another format (TimelineJS, the events CSV): each incoming event
 * is matched with an event already shown, by id or else by content (same title, start and end), and
 * is then new, changed (the fields its format carries differ) or already there. Importing the same
 * file twice, or one's own export, adds nothing.
 */
import type { Source, TimelineEvent } from '../model/types';
import type { EventPatch, Workspace } from '../workspace/types';
import { editEvent } from '../workspace/workspaceOps';

/** The event fields an import compares and may update (those its format carries faithfully). */
export type ImportedField = 'title' | 'start' | 'end' | 'precision' | 'type' | 'mode' | 'actors' | 'summary';

/** Events read from another format, with user sources for the text they cite that no known source holds. */
export interface ImportedEvents {
  sources: Source[];
  events: TimelineEvent[];
  /** Records that were not imported or were imported only in part, and why (never dropped silently). */
  skipped: string[];
  /** The fields this format carries faithfully. */
  fields: readonly ImportedField[];
}

/** What an import of events would do. */
export interface EventImportPlan {
  /** Ids of incoming events that match nothing shown now. */
  added: string[];
  /** Existing events whose carried fields differ: the id of the existing event and the incoming values. */
  changed: { id: string; patch: EventPatch }[];
  /** Ids of existing events the file holds unchanged. */
  unchanged: string[];
}

const titleKey = (title: string) => title.trim().replace(/\s+/g, ' ').toLowerCase();
const contentKey = (e: Pick<TimelineEvent, 'title' | 'start' | 'end'>) => `${titleKey(e.title)}\u0000${e.start}\u0000${e.end}`;

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return (a ?? '') === (b ?? '');
}

/** The carried fields on which `incoming` differs from `existing`, as an edit patch. */
function difference(existing: TimelineEvent, incoming: TimelineEvent, fields: readonly ImportedField[]): EventPatch {
  const patch: EventPatch = {};
  for (const f of fields) {
    if (sameValue(existing[f], incoming[f])) continue;
    if (f === 'mode') patch.mode = incoming.mode ?? null;
    else if (f === 'summary') patch.summary = incoming.summary ?? '';
    else Object.assign(patch, { [f]: incoming[f] });
  }
  return patch;
}

/** Matches incoming events with the events shown now (`existing`: the built-in dataset with the workspace applied). */
export function planEventImport(imported: ImportedEvents, existing: readonly TimelineEvent[]): EventImportPlan {
  const byId = new Map(existing.map((e) => [e.id, e]));
  const byContent = new Map<string, TimelineEvent>();
  for (const e of existing) if (!byContent.has(contentKey(e))) byContent.set(contentKey(e), e);
  const plan: EventImportPlan = { added: [], changed: [], unchanged: [] };
  const seen = new Set<string>();
  for (const inc of imported.events) {
    const match = byId.get(inc.id) ?? byContent.get(contentKey(inc));
    if (!match) {
      plan.added.push(inc.id);
      continue;
    }
    if (seen.has(match.id)) continue;
    seen.add(match.id);
    const patch = difference(match, inc, imported.fields);
    if (Object.keys(patch).length) plan.changed.push({ id: match.id, patch });
    else plan.unchanged.push(match.id);
  }
  return plan;
}

/** Applies a plan: new events join the workspace with the sources they cite; changes become edits of the existing events. */
export function applyEventImport(ws: Workspace, imported: ImportedEvents, plan: EventImportPlan, updatedAt?: string): Workspace {
  const added = new Set(plan.added);
  const events = imported.events.filter((e) => added.has(e.id));
  const cited = new Set(events.flatMap((e) => e.citations.map((c) => c.source)));
  const sources = imported.sources.filter((s) => cited.has(s.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  let next: Workspace = {
    ...ws,
    sources: [...ws.sources.filter((s) => !sourceIds.has(s.id)), ...sources],
    events: [...ws.events.filter((e) => !added.has(e.id)), ...events],
  };
  for (const c of plan.changed) next = editEvent(next, c.id, c.patch, updatedAt);
  return next;
}
