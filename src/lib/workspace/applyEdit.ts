import type { TimelineEvent } from '../model/types';
import type { EventPatch } from './types';

/** Applies an overlay patch to an event and marks it `edited`. `null` clears mode/initiator. */
export function applyEdit(event: TimelineEvent, patch: EventPatch): TimelineEvent {
  const out: TimelineEvent = { ...event, edited: true };
  if (patch.title !== undefined) out.title = patch.title;
  if (patch.summary !== undefined) out.summary = patch.summary;
  if (patch.start !== undefined) out.start = patch.start;
  if (patch.end !== undefined) out.end = patch.end;
  if (patch.precision !== undefined) out.precision = patch.precision;
  if (patch.type !== undefined) out.type = patch.type;
  if (patch.actors !== undefined) out.actors = [...patch.actors];
  if (patch.mode === null) delete out.mode;
  else if (patch.mode !== undefined) out.mode = patch.mode;
  if (patch.initiator === null) delete out.initiator;
  else if (patch.initiator !== undefined) out.initiator = patch.initiator;
  if (out.end < out.start) out.end = out.start;
  return out;
}
