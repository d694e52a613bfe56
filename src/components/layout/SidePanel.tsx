/** The right-hand panel: the source reader when a passage is open, else the selected event's card. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDateline } from '../../store/react';
import { EventCard } from '../card/EventCard';
import { SourceReader } from '../reader/SourceReader';

export function SidePanel() {
  const dataset = useDateline((s) => s.dataset);
  const selectedId = useDateline((s) => s.selectedId);
  const reader = useDateline((s) => s.reader);
  // Built only once something is selected (not at load: 100k entries), in one pass without tuples.
  const hasSelection = selectedId !== null;
  const byId = useMemo(() => {
    if (!dataset || !hasSelection) return null;
    const m = new Map<string, (typeof dataset.events)[number]>();
    for (const e of dataset.events) m.set(e.id, e);
    return m;
  }, [dataset, hasSelection]);
  const event = selectedId ? byId?.get(selectedId) : undefined;
  const root = useRef<HTMLDivElement>(null);
  const undo = useDateline((s) => s.undo);
  const undoLast = useDateline((s) => s.undoLast);
  // After "Hide this parsed event" the card is gone: say so here, with Undo while it is possible.
  const [hidden, setHidden] = useState<string | null>(null);
  const hideNote = hidden ? `Hid “${hidden}”` : null;
  useEffect(() => {
    if (selectedId) setHidden(null);
  }, [selectedId]);
  const wasReading = useRef(false);
  // Closing the reader returns focus to the card's heading, so keyboard users are not dropped at the top.
  useEffect(() => {
    if (wasReading.current && !reader) root.current?.querySelector<HTMLElement>('.event-card h2')?.focus();
    wasReading.current = reader !== null;
  }, [reader]);
  const content = reader ? (
    <SourceReader reader={reader} />
  ) : event ? (
    <EventCard key={event.id} event={event} onHidden={setHidden} />
  ) : (
    <div className="side-hint">
      {hideNote && (
        <p role="status">
          {hideNote}. You can show it again from My reports.{' '}
          {undo?.label === hideNote && (
            <button
              type="button"
              onClick={() => {
                undoLast();
                setHidden(null);
              }}
            >
              Undo
            </button>
          )}
        </p>
      )}
      <p>Select an event on the timeline or in the list to see its sources, dates and citations.</p>
    </div>
  );
  return (
    <div ref={root} className="side-panel">
      {content}
    </div>
  );
}
