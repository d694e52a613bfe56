/**
 * The phone timeline (≤ 600 px): time runs downwards, one row per event (or per group where a
 * stretch cannot fit), laid out by the pure `verticalLayout` from the store's visible window.
 * Rows are real buttons; only the rows near the scroll position are rendered once the list is
 * long, so a window holding 100k events stays fast. The container carries the timeline's
 * `data-marks` / `data-bins` / `data-labels` contract in place of the canvas.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useDateline } from '../../store/react';
import type { TimelineModel } from './useTimelineModel';
import type { TimelineActions } from './useTimelineActions';
import { revealRow, rowOfEvent, rowsInRange, verticalLayout, type GroupRow, type VerticalRow } from '../../timeline/verticalLayout';
import { FLAG_PARSED, FLAG_UNCERTAIN, FLAG_USER, type TimelineIndex } from '../../timeline/buildTimelineIndex';
import { lowerBound } from '../../timeline/search';
import { dateClaimsDiffer, formatDateRange, formatEventDate } from '../../lib/format/formatEventDate';
import { typeWithMode } from '../../lib/format/typeLabel';
import type { Dataset } from '../../lib/model/types';
import { eventLabel } from './eventLabel';
import { clusterLabel, clusterWindow } from './MainView';
import { DAY_MS } from '../../lib/model/calendar';
import './verticalTimeline.css';

/** Lists up to this many rows whole; longer lists render only the rows near the scroll position. */
export const RENDER_ALL_ROWS = 150;
/** Pixels rendered above and below the scroll viewport of a long list. */
const OVERSCAN_PX = 800;
/** A group of more members than this, spread over several days, zooms to them instead of opening. */
export const MAX_OPEN_GROUP = 60;
/** Space beside a title: the rail, padding and the scrollbar. */
const ROW_CHROME_X = 64;

const readyMarked = new WeakSet<object>();

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "12 events, 4 Feb 2022" (a group's span as days). */
function groupText(g: Pick<GroupRow, 'count' | 't0' | 't1'>): string {
  return `${g.count} events, ${formatDateRange(iso(g.t0), iso(Math.max(g.t0, g.t1 - DAY_MS)), 'day')}`;
}

/** Whether a group opens in place (same day, or few members) rather than zooming to them. */
function opensInPlace(g: GroupRow): boolean {
  return g.level === 'day' || g.count <= MAX_OPEN_GROUP;
}

function periodText(row: Extract<VerticalRow, { kind: 'period' }>): string {
  return formatDateRange(iso(row.t), iso(row.t), row.unit === 'month' ? 'month' : 'year');
}

function gapText(row: Extract<VerticalRow, { kind: 'period' }>): string {
  const n = row.skipped;
  if (row.unit === 'year') return `${n} ${n === 1 ? 'year' : 'years'} with no events`;
  if (n >= 24) return `${Math.round(n / 12)} years with no events`;
  return `${n} ${n === 1 ? 'month' : 'months'} with no events`;
}

interface Props {
  model: TimelineModel;
  actions: TimelineActions;
  dataset: Dataset | null;
  width: number;
}

export function VerticalTimeline({ model, actions, dataset, width }: Props) {
  const { index, window: vp } = model;
  const selectedId = useDateline((s) => s.selectedId);
  const selected = selectedId === null ? -1 : (index.byId.get(selectedId) ?? -1);
  const listRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [scroll, setScroll] = useState({ top: 0, height: 900 });

  const actorName = useMemo(() => new Map((dataset?.actors ?? []).map((a) => [a.id, a.name])), [dataset]);
  const metrics = useMemo(() => ({ textWidth: Math.max(120, width - ROW_CHROME_X) }), [width]);
  const layout = useMemo(() => verticalLayout(index, vp, { open, metrics }), [index, vp, open, metrics]);

  // Events outside the window, for the "earlier" / "later" buttons.
  const edges = useMemo(() => edgeEvents(index, vp), [index, vp]);

  // A new window starts at its top (when the list's top had scrolled away), unless the
  // selection is in it (the effect below scrolls there).
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const top = el.getBoundingClientRect().top;
    if (top < 0) scrollerOf(el).scrollBy(0, top);
  }, [vp.start, vp.end, index]);

  // The part of the list inside the screen, for windowed rendering: the page (or whichever
  // ancestor scrolls) moves the list, so any scroll or resize is read, coalesced per frame.
  const frame = useRef(0);
  useEffect(() => {
    const read = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => {
        const el = listRef.current;
        if (!el) return;
        const top = Math.round(-el.getBoundingClientRect().top);
        const height = window.innerHeight;
        setScroll((s) => (Math.abs(s.top - top) < 100 && s.height === height ? s : { top, height }));
      });
    };
    read();
    window.addEventListener('scroll', read, { capture: true, passive: true });
    window.addEventListener('resize', read, { passive: true });
    return () => {
      cancelAnimationFrame(frame.current);
      window.removeEventListener('scroll', read, { capture: true });
      window.removeEventListener('resize', read);
    };
  }, []);

  // The selected event's row comes into view once per selection (a collapsed group holding it opens).
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    scrolledTo.current = null;
  }, [selectedId, vp.start, vp.end]);
  useLayoutEffect(() => {
    if (selected < 0 || scrolledTo.current === selectedId) return;
    const r = rowOfEvent(layout, selected);
    if (r < 0) return;
    const row = layout.rows[r]!;
    if (row.kind === 'group' && !row.open && opensInPlace(row)) {
      setOpen((o) => new Set(o).add(row.key));
      return;
    }
    const el = listRef.current;
    if (!el) return;
    const button = el.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(row.key)}"]`);
    if (button) {
      scrolledTo.current = selectedId;
      button.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    // Not rendered yet (a long list): scroll to its estimated place; it renders, then is aligned.
    const rect = el.getBoundingClientRect();
    scrollerOf(el).scrollBy(0, rect.top + row.y - 80);
  }, [layout, selected, selectedId, scroll]);

  useEffect(() => {
    if (dataset && index.n > 0 && !readyMarked.has(dataset)) {
      readyMarked.add(dataset);
      requestAnimationFrame(() => performance.mark('timeline-ready'));
    }
  }, [dataset, index]);

  const rows = layout.rows;
  const [first, last] = rows.length <= RENDER_ALL_ROWS ? [0, rows.length] : rowsInRange(rows, scroll.top - OVERSCAN_PX, scroll.top + scroll.height + OVERSCAN_PX);
  const padTop = first < rows.length ? rows[first]!.y : 0;
  const lastRow = rows[last - 1];
  const padBottom = lastRow ? layout.height - (lastRow.y + lastRow.h) : 0;
  // One tab stop among the rows: the selected event's, else the first rendered row.
  let tabKey = rows.slice(first, last).find((r) => r.kind !== 'period')?.key;
  for (let r = first; r < last; r++) {
    const row = rows[r]!;
    if (row.kind === 'event' && row.event === selected) tabKey = row.key;
  }

  const toggle = (g: GroupRow) => {
    if (!opensInPlace(g)) {
      actions.zoomTo(clusterWindow(g));
      return;
    }
    setOpen((o) => {
      const next = new Set(o);
      if (next.has(g.key)) next.delete(g.key);
      else next.add(g.key);
      return next;
    });
  };

  const renderRow = (row: VerticalRow) => {
    if (row.kind === 'period') {
      return (
        <div key={row.key} className="tl-vperiod" data-row-key={row.key} role="presentation">
          {row.skipped > 0 && <span className="tl-vgap">⋮ {gapText(row)}</span>}
          <span className="tl-vperiod-label">{periodText(row)}</span>
        </div>
      );
    }
    if (row.kind === 'group') {
      const inPlace = opensInPlace(row);
      const firstTitle = index.events[layout.order[row.from]!]?.title ?? '';
      return (
        <button
          key={row.key}
          type="button"
          className="tl-vgroup"
          data-row-key={row.key}
          aria-label={inPlace ? groupText(row) : clusterLabel(row)}
          aria-expanded={inPlace ? row.open : undefined}
          tabIndex={row.key === tabKey ? 0 : -1}
          onClick={() => toggle(row)}
        >
          <span className="tl-vrail" aria-hidden="true">
            <span className="tl-vgroup-count">{row.count}</span>
          </span>
          <span className="tl-vbody">
            <span className="tl-vdate">{groupText(row)}</span>
            <span className="tl-vgroup-hint">
              {firstTitle} and {row.count - 1} more · {inPlace ? (row.open ? 'tap to close' : 'tap to list them') : 'tap to zoom in'}
            </span>
          </span>
        </button>
      );
    }
    const i = row.event;
    const ev = index.events[i]!;
    const flags = index.flags[i]!;
    const actors = ev.actors.map((a) => actorName.get(a) ?? a);
    const shown = actors.slice(0, 3).join(', ') + (actors.length > 3 ? ` +${actors.length - 3}` : '');
    const origin = flags & FLAG_USER ? 'Added by you' : flags & FLAG_PARSED ? 'Parsed' : null;
    const glyph = flags & FLAG_USER ? 'user' : flags & FLAG_PARSED ? 'parsed' : 'curated';
    return (
      <button
        key={row.key}
        type="button"
        className={`tl-mark tl-vrow${row.group ? ' tl-vrow-member' : ''}`}
        data-event-id={ev.id}
        data-row-key={row.key}
        aria-label={eventLabel(ev)}
        aria-current={i === selected ? 'true' : undefined}
        tabIndex={row.key === tabKey ? 0 : -1}
        onClick={() => actions.jumpTo(i, 'push')}
      >
        <span className="tl-vrail" aria-hidden="true">
          <span className={`tl-vglyph tl-vglyph-${glyph}${flags & FLAG_UNCERTAIN ? ' tl-vglyph-range' : ''}`} />
        </span>
        <span className="tl-vbody">
          <span className="tl-vdate">
            {formatEventDate(ev)}
            {dateClaimsDiffer(ev) ? <span className="tl-vconflict"> ≠</span> : null}
          </span>
          <span className="tl-vtitle">{ev.title}</span>
          <span className="tl-vmeta">
            {typeWithMode(ev.type, ev.mode)}
            {shown && ` · ${shown}`}
            {origin && <span className="tl-vorigin"> · {origin}</span>}
          </span>
        </span>
      </button>
    );
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const list = listRef.current;
    const buttons = list ? Array.from(list.querySelectorAll<HTMLButtonElement>('.tl-vlist-rows > button')) : [];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[at + (e.key === 'ArrowDown' ? 1 : -1)];
    if (at < 0 || !next) return;
    e.preventDefault();
    next.focus();
  };

  return (
    <div className="tl-vertical">
      {edges.before >= 0 && (
        <button type="button" className="tl-vedge" onClick={() => actions.zoomTo(revealRow(index, edges.before, vp))}>
          ↑ Earlier: {edges.beforeCount} {edges.beforeCount === 1 ? 'event' : 'events'} before {formatDateRange(iso(vp.start), iso(vp.start), 'day')}
        </button>
      )}
      <div
        ref={listRef}
        className="tl-vlist"
        data-marks={layout.marks}
        data-bins={layout.bins}
        data-labels={layout.labels}
        data-visible={layout.order.length}
        onKeyDown={onKeyDown}
      >
        {rows.length === 0 && <p className="tl-vempty">No events in this window.</p>}
        <div className="tl-vlist-rows" style={{ paddingTop: padTop, paddingBottom: padBottom }}>
          {rows.slice(first, last).map(renderRow)}
        </div>
      </div>
      {edges.after >= 0 && (
        <button type="button" className="tl-vedge" onClick={() => actions.zoomTo(revealRow(index, edges.after, vp))}>
          ↓ Later: {edges.afterCount} {edges.afterCount === 1 ? 'event' : 'events'} after {formatDateRange(iso(vp.end - 1), iso(vp.end - 1), 'day')}
        </button>
      )}
    </div>
  );
}

/** The nearest ancestor that scrolls vertically, else the document's scroller. */
function scrollerOf(el: HTMLElement): Element {
  for (let n = el.parentElement; n; n = n.parentElement) {
    const oy = getComputedStyle(n).overflowY;
    if ((oy === 'auto' || oy === 'scroll') && n.scrollHeight > n.clientHeight) return n;
  }
  return document.scrollingElement ?? document.documentElement;
}

/** The nearest event before / after the window (index, or -1) and how many lie there. */
function edgeEvents(index: TimelineIndex, vp: { start: number; end: number }): { before: number; beforeCount: number; after: number; afterCount: number } {
  const lo = lowerBound(index.start, vp.start, index.n);
  const hi = lowerBound(index.start, vp.end, index.n);
  // Before: events that ended by the window's start (those still running have rows).
  let before = -1;
  let beforeCount = 0;
  for (let i = lo - 1; i >= 0; i--) {
    if (index.end[i]! > vp.start) continue;
    beforeCount++;
    if (before < 0) before = i;
  }
  return { before, beforeCount, after: hi < index.n ? hi : -1, afterCount: index.n - hi };
}
