/**
 * The list view: a `list` named "Events" of the filtered events in date order. Above
 * VIRTUALIZE_ABOVE rows it is virtualized: only the rows in view (plus a margin) are in the DOM,
 * each with aria-setsize/aria-posinset.
 * Clicking a row selects its event (a history push). ↑/↓/Home/End/PageUp/PageDown move focus
 * between rows, scrolling rows into the DOM as needed.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useDateline, useFilteredEvents } from '../../store/react';
import { formatEventDate } from '../../lib/format/formatEventDate';
import { typeLabel } from '../../lib/format/typeLabel';

/** Row height in px (fixed, so positions are arithmetic). */
export const ROW_HEIGHT = 56;
const OVERSCAN = 8;
/** Lists up to this long render every row (no scroll-position lag); longer ones are virtualized. */
export const VIRTUALIZE_ABOVE = 1000;
/** Used before layout (and in jsdom, which has no layout). */
const FALLBACK_HEIGHT = 800;

export function EventList() {
  const events = useFilteredEvents();
  const selectedId = useDateline((s) => s.selectedId);
  const select = useDateline((s) => s.select);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

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

  // After a keyboard move, focus the target row once it is rendered.
  useEffect(() => {
    if (focusIndex === null) return;
    scroller.current?.querySelector<HTMLButtonElement>(`[data-index="${focusIndex}"] button`)?.focus();
  }, [focusIndex, scrollTop]);

  const onKeyDown = (ev: KeyboardEvent<HTMLUListElement>) => {
    const el = scroller.current;
    const current = Number((ev.target as HTMLElement).closest('li')?.dataset.index ?? -1);
    if (!el || current < 0 || events.length === 0) return;
    const page = Math.max(1, Math.floor((el.clientHeight || FALLBACK_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + page, PageUp: current - page, Home: 0, End: events.length - 1 };
    const target = moves[ev.key];
    if (target === undefined) return;
    ev.preventDefault();
    const next = Math.max(0, Math.min(events.length - 1, target));
    const top = next * ROW_HEIGHT;
    const view = el.clientHeight || FALLBACK_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + view) el.scrollTop = top + ROW_HEIGHT - view;
    setScrollTop(el.scrollTop);
    setFocusIndex(next);
  };

  const virtual = events.length > VIRTUALIZE_ABOVE;
  const first = virtual ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : 0;
  const last = virtual ? Math.min(events.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN) : events.length;
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
        data-index={i}
        style={{ top: i * ROW_HEIGHT, height: ROW_HEIGHT }}
      >
        <button type="button" className="event-row-button" aria-current={selected ? 'true' : undefined} onClick={() => select(e.id, 'push')}>
          <span className="row-title">{e.title}</span>{' '}
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
      <ul className="event-list" aria-label="Events" style={{ height: events.length * ROW_HEIGHT }} onKeyDown={onKeyDown}>
        {rows}
      </ul>
    </div>
  );
}
