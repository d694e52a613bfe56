/**
 * The selected event as a non-modal `article` named after its title: date, type, actors
 * (chips that filter), countries, summary, origin, honest corroboration, date provenance,
 * conflicts and citations that open the source reader.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Source, TimelineEvent } from '../../lib/model/types';
import { useDateline, useDatelineStore } from '../../store/react';
import { formatEventDate } from '../../lib/format/formatEventDate';
import { countryName } from '../../lib/format/countryName';
import { originLabel, typeWithMode } from '../../lib/format/typeLabel';
import { CitationItem } from './CitationItem';
import { CorroborationBlock } from './CorroborationBlock';
import { DateProvenance } from './DateProvenance';
import { ConflictsBlock } from './ConflictsBlock';
import { EditEventDialog } from '../workspace/EditEventDialog';
import { hideEvent } from '../../lib/workspace/hideEvent';

/**
 * `onHidden` is told when the user hides this (parsed) event, so the panel can offer Undo once
 * the card is gone.
 */
export function EventCard({ event, onHidden }: { event: TimelineEvent; onHidden?: (title: string) => void }) {
  const dataset = useDateline((s) => s.dataset);
  const activeActors = useDateline((s) => s.filters.actors);
  const toggleFilter = useDateline((s) => s.toggleFilter);
  const select = useDateline((s) => s.select);
  const openReader = useDateline((s) => s.openReader);
  // A date the user changed in the workspace: the sources' readings no longer set the event's date.
  const datePatch = useDateline((s) => s.workspace.edits[event.id]?.patch);
  const dateEdited = datePatch !== undefined && (datePatch.start !== undefined || datePatch.end !== undefined || datePatch.precision !== undefined);
  const [copied, setCopied] = useState('');
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const articleRef = useRef<HTMLElement>(null);
  const store = useDatelineStore();
  // On narrow screens the card sits below the chart/list: bring it into view after a deliberate
  // selection (not while scrubbing or playing, which replace rather than push).
  useEffect(() => {
    if (store.getState().selectionHistory !== 'push' || typeof window.matchMedia !== 'function') return;
    if (window.matchMedia('(max-width: 1100px)').matches) articleRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [store]);
  const sources = useMemo(() => new Map<string, Source>((dataset?.sources ?? []).map((s) => [s.id, s])), [dataset]);
  const actors = useMemo(() => new Map((dataset?.actors ?? []).map((a) => [a.id, a])), [dataset]);

  return (
    <article className="event-card" aria-labelledby={headingId} ref={articleRef}>
      <header className="card-header">
        <h2 id={headingId} tabIndex={-1}>
          {event.title}
        </h2>
        <button type="button" className="icon-button" onClick={() => select(null)} aria-label="Close event">
          ×
        </button>
      </header>
      <p className="card-meta">
        <span className="card-date">{formatEventDate(event)}</span>
        {' · '}
        <span className="card-type">{typeWithMode(event.type, event.mode)}</span>
      </p>
      {event.actors.length > 0 && (
        <div className="card-section">
          <h3 className="visually-hidden">Actors</h3>
          <ul className="chips" aria-label="Actors">
            {event.actors.map((id) => {
              const name = actors.get(id)?.name ?? id;
              const on = activeActors.includes(id);
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="chip actor-chip"
                    aria-pressed={on}
                    title={on ? `Stop filtering by ${name}` : `Show only events with ${name}`}
                    onClick={() => toggleFilter('actors', id)}
                  >
                    {name}
                    {event.initiator === id && <span className="muted"> (initiator)</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {event.countries.length > 0 && (
        <p className="card-countries">
          <span className="muted">Countries: </span>
          {event.countries.map(countryName).join(', ')}
        </p>
      )}
      {event.summary && <p className="card-summary">{event.summary}</p>}
      <p className="card-origin">
        <span className="muted">Origin: </span>
        {originLabel(event.origin, event.confidence)}
        {event.edited && ' · edited'}
      </p>
      <div className="card-actions">
        <button type="button" onClick={() => setEditing(true)} aria-label={`Edit event “${event.title}”${event.edited ? ' (edited by you)' : ''}`}>
          Edit event{event.edited ? ' (edited by you)' : ''}
        </button>
        {event.origin === 'parsed' && (
          <button
            type="button"
            title="Not an event: hide it from the timeline. You can show it again from My reports."
            onClick={() => {
              store.getState().updateWorkspace((ws) => hideEvent(ws, event.id, new Date().toISOString()), `Hid “${event.title}”`);
              select(null);
              onHidden?.(event.title);
            }}
          >
            Hide this parsed event
          </button>
        )}
      </div>
      {editing && <EditEventDialog event={event} onClose={() => setEditing(false)} />}
      {dataset && <CorroborationBlock event={event} sources={dataset.sources} />}
      <ConflictsBlock event={event} sources={sources} />
      <DateProvenance event={event} sources={sources} dateEdited={dateEdited} />
      <section className="card-section" aria-label="Citations">
        <h3>Citations</h3>
        <ul className="citations">
          {event.citations.map((c, i) => (
            <CitationItem
              key={`${c.source}-${c.start}-${i}`}
              citation={c}
              source={sources.get(c.source)}
              onOpen={() => openReader({ source: c.source, start: c.start, end: c.end, eventId: event.id })}
              onCopied={(ok) => setCopied(ok ? 'Copied' : 'Could not copy: your browser blocked the clipboard')}
            />
          ))}
        </ul>
        <p role="status" className="copy-status" aria-live="polite">
          {copied}
        </p>
      </section>
    </article>
  );
}
