/**
 * Hiding an event ("not an event") as part of the user's overlay: the base event stays; the
 * overlay patch says `hidden`, and `applyWorkspace` leaves it out. Showing it again removes only
 * that flag (other edits of the same event are kept). Pure.
 */
import type { Workspace } from './types';
import { editEvent } from './workspaceOps';

/** The workspace with event `eventId` hidden. */
export function hideEvent(ws: Workspace, eventId: string, updatedAt?: string): Workspace {
  return editEvent(ws, eventId, { hidden: true }, updatedAt);
}

/** The workspace with event `eventId` shown again; an edit left empty is dropped. */
export function unhideEvent(ws: Workspace, eventId: string): Workspace {
  const edit = ws.edits[eventId];
  if (!edit?.patch.hidden) return ws;
  const patch = { ...edit.patch };
  delete patch.hidden;
  const edits = { ...ws.edits };
  if (Object.keys(patch).length === 0) delete edits[eventId];
  else edits[eventId] = { ...edit, patch };
  return { ...ws, edits };
}

/** Ids of the events the user hid, in the order they were first edited. */
export function hiddenEventIds(ws: Workspace): string[] {
  return Object.values(ws.edits)
    .filter((e) => e.patch.hidden)
    .map((e) => e.eventId);
}
