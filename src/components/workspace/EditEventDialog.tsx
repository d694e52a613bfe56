import { useId, useState } from 'react';
import type { Actor, EventType, Precision, TimelineEvent } from '../../lib/model/types';
import type { EventPatch } from '../../lib/workspace/types';
import { editEvent, resetEdit } from '../../lib/workspace/workspaceOps';
import { useDateline, useDatelineStore } from '../../store/react';
import { ActorPicker } from './ActorPicker';
import { isIsoDay } from '../../lib/model/calendar';
import { ModalDialog } from './ModalDialog';
import { PrecisionOptions, TypeOptions } from './VocabularyOptions';

const NO_ACTORS: readonly Actor[] = [];

/** Edits any event (curated included) as an overlay; "Reset to original" drops the overlay. */
export function EditEventDialog({ event, onClose }: { event: TimelineEvent; onClose: () => void }) {
  const store = useDatelineStore();
  const actors = useDateline((s) => s.dataset?.actors ?? NO_ACTORS);
  const hasEdit = useDateline((s) => !!s.workspace.edits[event.id]);
  const [title, setTitle] = useState(event.title);
  const [start, setStart] = useState(event.start);
  const [end, setEnd] = useState(event.end);
  const [precision, setPrecision] = useState<Precision>(event.precision);
  const [type, setType] = useState<EventType>(event.type);
  const [actorIds, setActorIds] = useState(event.actors);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();

  const save = () => {
    if (!title.trim()) return setError('The title is empty.');
    if (!isIsoDay(start) || !isIsoDay(end)) return setError('Start and end must be valid dates.');
    if (end < start) return setError('The end date is before the start date.');
    const patch: EventPatch = {};
    if (title.trim() !== event.title) patch.title = title.trim();
    if (start !== event.start) patch.start = start;
    if (end !== event.end) patch.end = end;
    if (precision !== event.precision) patch.precision = precision;
    if (type !== event.type) patch.type = type;
    if (actorIds.join() !== event.actors.join()) patch.actors = actorIds;
    if (Object.keys(patch).length) store.getState().updateWorkspace((ws) => editEvent(ws, event.id, patch, new Date().toISOString()));
    onClose();
  };

  return (
    <ModalDialog labelledBy={titleId} className="ws-dialog ws-narrow" onEscape={onClose}>
      <header className="ws-dialog-head">
        <h2 id={titleId}>Edit event</h2>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </header>
      <p className="ws-muted">
        Changes are kept as your overlay on the {event.origin} event; the original stays and can be restored.
      </p>
      {error && (
        <p className="ws-error" role="alert">
          {error}
        </p>
      )}
      <div className="ws-form">
        <label className="ws-field">
          Event title
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="ws-row">
          <label className="ws-field">
            Start
            <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
          </label>
          <label className="ws-field">
            End
            <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
          </label>
          <label className="ws-field">
            Precision
            <select value={precision} onChange={(e) => setPrecision(e.target.value as Precision)}>
              <PrecisionOptions />
            </select>
          </label>
          <label className="ws-field">
            Type
            <select value={type} onChange={(e) => setType(e.target.value as EventType)}>
              <TypeOptions />
            </select>
          </label>
        </div>
        <ActorPicker label="Actors" value={actorIds} actors={actors} onChange={setActorIds} />
      </div>
      <div className="ws-actions">
        <button type="button" className="ws-primary" onClick={save}>
          Save changes
        </button>
        {hasEdit && (
          <button
            type="button"
            onClick={() => {
              store.getState().updateWorkspace((ws) => resetEdit(ws, event.id));
              onClose();
            }}
          >
            Reset to original
          </button>
        )}
      </div>
    </ModalDialog>
  );
}
