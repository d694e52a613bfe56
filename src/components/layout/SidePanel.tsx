/** The right-hand panel: the source reader when a passage is open, else the selected event's card. */
import { useMemo } from 'react';
import { useDateline } from '../../store/react';
import { EventCard } from '../card/EventCard';
import { SourceReader } from '../reader/SourceReader';

export function SidePanel() {
  const dataset = useDateline((s) => s.dataset);
  const selectedId = useDateline((s) => s.selectedId);
  const reader = useDateline((s) => s.reader);
  const byId = useMemo(() => new Map((dataset?.events ?? []).map((e) => [e.id, e])), [dataset]);
  const event = selectedId ? byId.get(selectedId) : undefined;
  if (reader) return <SourceReader reader={reader} />;
  if (event) return <EventCard key={event.id} event={event} />;
  return (
    <div className="side-hint">
      <p>Select an event on the timeline or in the list to see its sources, dates and citations.</p>
    </div>
  );
}
