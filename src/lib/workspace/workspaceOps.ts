import type { Actor, Source, SourceId, TimelineEvent } from '../model/types';
import type { EventPatch, Workspace } from './types';

/**
 * Adds a user source and its events. Adding a source id that is already there (the same text from
 * the same outlet) replaces the earlier copy and its events.
 */
export function addReport(ws: Workspace, source: Source, events: readonly TimelineEvent[]): Workspace {
  const base = ws.sources.some((s) => s.id === source.id) ? removeSource(ws, source.id) : ws;
  const ids = new Set(events.map((e) => e.id));
  return {
    ...base,
    sources: [...base.sources, source],
    events: [...base.events.filter((e) => !ids.has(e.id)), ...events],
  };
}

/** Removes a user source and the user events that cite only it; citations of it are removed from other user events. */
export function removeSource(ws: Workspace, sourceId: SourceId): Workspace {
  const events: TimelineEvent[] = [];
  for (const e of ws.events) {
    const citations = e.citations.filter((c) => c.source !== sourceId);
    if (citations.length === 0) continue;
    events.push(citations.length === e.citations.length ? e : { ...e, citations });
  }
  return { ...ws, sources: ws.sources.filter((s) => s.id !== sourceId), events };
}

/** Adds actors to the user's gazetteer (replacing same ids). */
export function addActors(ws: Workspace, actors: readonly Actor[]): Workspace {
  const ids = new Set(actors.map((a) => a.id));
  return { ...ws, actors: [...ws.actors.filter((a) => !ids.has(a.id)), ...actors] };
}

/** Records an overlay edit of any event. */
export function editEvent(ws: Workspace, eventId: string, patch: EventPatch, updatedAt?: string): Workspace {
  const prev = ws.edits[eventId]?.patch ?? {};
  const edit = { eventId, patch: { ...prev, ...patch }, ...(updatedAt ? { updatedAt } : {}) };
  return { ...ws, edits: { ...ws.edits, [eventId]: edit } };
}

/** Drops the overlay edit of an event (back to the original). */
export function resetEdit(ws: Workspace, eventId: string): Workspace {
  const edits = { ...ws.edits };
  delete edits[eventId];
  return { ...ws, edits };
}
