/**
 * The user's workspace: their own reports and events, plus an overlay of edits over any event.
 * The effective dataset the UI shows is `applyWorkspace(base, workspace)`.
 */
import type { Actor, EventId, EventMode, EventType, IsoDate, Precision, ActorId, Source, TimelineEvent } from '../model/types';

/** The editable fields of an event. */
export interface EventPatch {
  title?: string;
  summary?: string;
  start?: IsoDate;
  end?: IsoDate;
  precision?: Precision;
  type?: EventType;
  mode?: EventMode | null;
  actors?: ActorId[];
  initiator?: ActorId | null;
  /** True: the user hid this event ("not an event"); it is left out of the effective dataset. */
  hidden?: boolean;
}

/** One overlay patch, keyed by the id of the event it changes (curated, parsed or user). */
export interface EventEdit {
  eventId: EventId;
  patch: EventPatch;
  /** ISO timestamp of the last change (for display only). */
  updatedAt?: string;
}

/** Everything the user added or changed. */
export interface Workspace {
  /** User sources, with their full `text`. */
  sources: Source[];
  /** User events (origin "user"); those matching an existing event are merged into it on apply. */
  events: TimelineEvent[];
  /** Overlay patches by event id. */
  edits: Record<EventId, EventEdit>;
  /** Actors the user added to the gazetteer. */
  actors: Actor[];
}

/** An empty workspace. */
export const EMPTY_WORKSPACE: Workspace = { sources: [], events: [], edits: {}, actors: [] };

/** True when the workspace holds nothing. */
export function isEmptyWorkspace(ws: Workspace): boolean {
  return ws.sources.length === 0 && ws.events.length === 0 && Object.keys(ws.edits).length === 0 && ws.actors.length === 0;
}
