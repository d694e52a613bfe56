/**
 * The list view: a `list` named "Events" of the filtered events in date order. Virtualized:
 * only the rows in view (plus a margin) are in the DOM, each with aria-setsize/aria-posinset.
 * Clicking a row selects its event (a history push).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useDateline, useFilteredEvents } from '../../store/react';
import { formatEventDate } from '../../lib/format/formatEventDate';
import { typeLabel } from '../../lib/format/typeLabel';

/** Row height in px (fixed, so positions are arithmetic). */
export const ROW_HEIGHT = 56;
const OVERSCAN = 8;
/** Used before layout (and in jsdom, which has no layout). */
const FALLBACK_HEIGHT = 800;

export function EventList() {
  const events = useFilteredEvents();
  const selectedId = useDateline((s) => s.selectedId);
  const select = useDateline((s) => s.select);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || FALLBACK_HEIGHT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Keep the selected event in view when it changes (e.g. keyboard scrubbing elsewhere).
  useEffect(() => {
    const el = scroller.current;
    if (!el || !selectedId) return;
    const i = events.findIndex((e) => e.id === selectedId);
    if (i < 0) return;
    const top = i * ROW_HEIGHT;
    if (top < el.scrollTop || top + ROW_HEIGHT > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 2);
      setScrollTop(el.scrollTop);
    }
  }, [selectedId, events]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(events.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const rows = [];
  for (let i = first; i < last; i++) {
    const e = events[i]!;
    const selected = e.id === selectedId;
    rows.push(
      <li
        key={e.id}
        className={selected ? 'event-row is-selected' : 'event-row'}
        aria-setsize={events.length}
        aria-posinset={i + 1}
        style={{ top: i * ROW_HEIGHT, height: ROW_HEIGHT }}
      >
        <button type="button" className="event-row-button" aria-current={selected ? 'true' : undefined} onClick={() => select(e.id, 'push')}>
          <span className="row-title">{e.title}</span>
          <span className="row-meta">
            {formatEventDate(e)} · {typeLabel(e.type)}
            {e.origin !== 'curated' && e.confidence !== undefined && ` · ${Math.round(e.confidence * 100)}% confidence`}
          </span>
        </button>
      </li>,
    );
  }

  return (
    <div className="event-list-scroller" ref={scroller} onScroll={(ev) => setScrollTop(ev.currentTarget.scrollTop)}>
      <ul className="event-list" aria-label="Events" style={{ height: events.length * ROW_HEIGHT }}>
        {rows}
      </ul>
    </div>
  );
}
