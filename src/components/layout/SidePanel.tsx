/** The right-hand panel: the source reader when a passage is open, else the selected event's card. */
import { useEffect, useMemo, useRef } from 'react';
import { useDateline } from '../../store/react';
import { EventCard } from '../card/EventCard';
import { SourceReader } from '../reader/SourceReader';

export function SidePanel() {
  const dataset = useDateline((s) => s.dataset);
  const selectedId = useDateline((s) => s.selectedId);
  const reader = useDateline((s) => s.reader);
  const byId = useMemo(() => new Map((dataset?.events ?? []).map((e) => [e.id, e])), [dataset]);
  const event = selectedId ? byId.get(selectedId) : undefined;
  const root = useRef<HTMLDivElement>(null);
  const wasReading = useRef(false);
  // Closing the reader returns focus to the card's heading, so keyboard users are not dropped at the top.
  useEffect(() => {
    if (wasReading.current && !reader) root.current?.querySelector<HTMLElement>('.event-card h2')?.focus();
    wasReading.current = reader !== null;
  }, [reader]);
  const content = reader ? (
    <SourceReader reader={reader} />
  ) : event ? (
    <EventCard key={event.id} event={event} />
  ) : (
    <div className="side-hint">
      <p>Select an event on the timeline or in the list to see its sources, dates and citations.</p>
    </div>
  );
  return (
    <div ref={root} className="side-panel">
      {content}
    </div>
  );
}
