/**
 * The main view: a canvas painted by the pure painter (dense layer), d3-zoom for wheel/pinch/drag,
 * lane labels, and an interactive layer of focusable buttons for the individual marks on screen.
 * The visible window lives in the store; the d3 transform is derived from it.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { scaleUtc } from 'd3-scale';
import { useDateline } from '../../store/react';
import type { TimelineModel } from './useTimelineModel';
import type { TimelineActions } from './useTimelineActions';
import { AXIS_HEIGHT, createFrameLayout, layoutFrame, mainGeometry, type FrameGeometry } from '../../timeline/layoutFrame';
import { computeTicks } from '../../timeline/computeTicks';
import { paintTimeline, type TimelineTheme } from '../../timeline/paintTimeline';
import { buildHitIndex, hitTest, type HitIndex } from '../../timeline/hitTest';
import { readTheme } from './readTheme';
import { eventLabel } from './eventLabel';
import { useLabelMeasure } from './useLabelMeasure';
import { useD3Zoom } from './useD3Zoom';
import { selectionMark } from '../../timeline/selectionMark';
import type { Dataset } from '../../lib/model/types';
import { badgeOfBin, type ClusterBadge } from '../../timeline/clusterBadges';
import { badgeOpening, clusterWindow, type BadgeOpening } from '../../timeline/badgeOpening';
import { formatDateRange } from '../../lib/format/formatEventDate';
import { DAY_MS } from '../../lib/model/calendar';
import { BadgePopover } from './BadgePopover';
import { useBadgeFocus } from './useBadgeFocus';

export { AXIS_HEIGHT, mainGeometry, clusterWindow };
/** Most focusable mark buttons rendered at once. */
export const MAX_MARK_BUTTONS = 300;
/** Most cluster-badge buttons rendered at once. */
export const MAX_BADGE_BUTTONS = 120;

/** Accessible name of a cluster badge: "12 events, 1–20 Feb 2022, zoom to them" (not "zoom in": that is the toolbar button's name). */
export function clusterLabel(badge: Pick<ClusterBadge, 't0' | 't1' | 'count'>): string {
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const last = Math.max(badge.t0, badge.t1 - DAY_MS);
  const range = formatDateRange(iso(badge.t0), iso(last), 'day');
  return `${badge.count} ${badge.count === 1 ? 'event' : 'events'}, ${range}, ${badge.count === 1 ? 'zoom to it' : 'zoom to them'}`;
}

function badgeRange(badge: Pick<ClusterBadge, 't0' | 't1'>): string {
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return formatDateRange(iso(badge.t0), iso(Math.max(badge.t0, badge.t1 - DAY_MS)), 'day');
}

/** Accessible name of a badge that lists its members: "7 events, 4 Feb 2022, list them". */
export function listingLabel(badge: Pick<ClusterBadge, 't0' | 't1' | 'count'>): string {
  return `${badge.count} events, ${badgeRange(badge)}, list them`;
}

/** Name of the list a badge opens: "7 events on 4 Feb 2022" (one shared day) or "7 events, 1–3 Feb 2022". */
export function popoverLabel(badge: Pick<ClusterBadge, 't0' | 't1' | 'count'>, sameDay: boolean): string {
  return sameDay ? `${badge.count} events on ${badgeRange(badge)}` : `${badge.count} events, ${badgeRange(badge)}`;
}

const readyMarked = new WeakSet<object>();

function raf(fn: () => void): number {
  if (typeof requestAnimationFrame === 'function') return requestAnimationFrame(fn);
  return setTimeout(fn, 16) as unknown as number;
}
function cancelRaf(id: number): void {
  if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(id);
  else clearTimeout(id);
}

interface MainViewProps {
  model: TimelineModel;
  actions: TimelineActions;
  dataset: Dataset | null;
  width: number;
  /**
   * False on the mount render, before the real width is read (a layout effect re-renders before
   * any paint): the marks are not laid out for a width that is never shown.
   */
  measured?: boolean;
}

export function MainView({ model, actions, dataset, width, measured = true }: MainViewProps) {
  const { index, window: vp, base } = model;
  const selectedId = useDateline((s) => s.selectedId);
  const playhead = useDateline((s) => s.playhead);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const layoutRef = useRef(createFrameLayout());
  const hitRef = useRef<HitIndex | null>(null);
  const themeRef = useRef<TimelineTheme | null>(null);
  const [ctx, setCtx] = useState<CanvasRenderingContext2D | null>(null);
  const [hovered, setHovered] = useState<{ i: number; x: number; y: number } | null>(null);
  const [hoveredBin, setHoveredBin] = useState<{ count: number; x: number; y: number; list?: boolean } | null>(null);

  const nLanes = Math.max(1, index.lanes.length);
  const geometry: FrameGeometry = useMemo(() => mainGeometry(width, nLanes), [width, nLanes]);
  const selected = selectedId === null ? -1 : (index.byId.get(selectedId) ?? -1);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    let c: CanvasRenderingContext2D | null = null;
    try {
      c = canvas?.getContext('2d') ?? null;
    } catch {
      c = null; // jsdom without canvas support
    }
    setCtx(c);
    if (canvas) themeRef.current = readTheme(canvas);
  }, []);

  // Re-read colours when the colour scheme or the app's theme attribute changes.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const refresh = () => {
      themeRef.current = readTheme(canvas);
      setHovered((h) => (h ? { ...h } : h));
    };
    const mq = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    mq?.addEventListener?.('change', refresh);
    const mo = typeof MutationObserver === 'function' ? new MutationObserver(refresh) : null;
    mo?.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
    return () => {
      mq?.removeEventListener?.('change', refresh);
      mo?.disconnect();
    };
  }, []);

  const font = themeRef.current?.font ?? 'system-ui, sans-serif';
  const { measure, measureMin, labelText } = useLabelMeasure(index, ctx, font);

  // Level of detail for this window (pure; reuses the layout's typed arrays).
  const layout = useMemo(() => {
    // Independent of the selection: scrubbing never recomputes the layout.
    if (!measured) return { l: layoutRef.current, version: {} }; // still empty (no marks)
    const l = layoutFrame(layoutRef.current, index, vp.start, vp.end, geometry, { measure, measureMin });
    hitRef.current = null;
    return { l, version: {} };
  }, [index, vp.start, vp.end, geometry, measure, measureMin, measured]);
  const height = Math.max(layout.l.height, AXIS_HEIGHT + nLanes * (geometry.laneHeader + geometry.rowHeight + 4) + 4);
  const selection = useMemo(() => selectionMark(index, layout.l, selected, geometry), [index, layout, selected, geometry]);

  const ticks = useMemo(() => {
    const scale = scaleUtc().domain([vp.start, vp.end]).range([0, width]);
    return computeTicks(scale, width);
  }, [vp.start, vp.end, width]);

  const playheadX = playhead === null ? null : ((playhead - vp.start) / (vp.end - vp.start)) * width;
  const hoveredIndex = hovered?.i ?? -1;

  // Paint in one coalesced animation frame per change.
  const frameRef = useRef(0);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const dpr = typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1;
    cancelRaf(frameRef.current);
    frameRef.current = raf(() => {
      const l = layout.l;
      if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
      }
      if (ctx) {
        paintTimeline(ctx, index, l, geometry, {
          width,
          height,
          dpr,
          axisHeight: AXIS_HEIGHT,
          ticks,
          theme: themeRef.current ?? readTheme(canvas),
          selected,
          selection,
          hovered: hoveredIndex,
          playheadX,
          labelText,
        });
      }
      canvas.dataset.marks = String(l.marks);
      canvas.dataset.bins = String(l.bins);
      canvas.dataset.visible = String(l.visible);
      canvas.dataset.labels = String(l.labels);
      if (dataset && !readyMarked.has(dataset)) {
        readyMarked.add(dataset);
        raf(() => performance.mark('timeline-ready'));
      }
    });
    return () => cancelRaf(frameRef.current);
  }, [layout, ctx, index, geometry, width, height, ticks, selected, selection, hoveredIndex, playheadX, labelText, dataset]);

  // While a gesture runs, only the selected mark keeps its button (less DOM work per frame).
  const [gesturing, setGesturing] = useState(false);
  useD3Zoom(surfaceRef, vp, base, width, setGesturing);

  const openingsRef = useRef<((b: ClusterBadge) => BadgeOpening) | null>(null);
  const hitAt = useCallback(
    (clientX: number, clientY: number) => {
      const el = surfaceRef.current;
      if (!el) return null;
      const rect = el.getBoundingClientRect();
      hitRef.current ??= buildHitIndex(layout.l, geometry);
      return { hit: hitTest(hitRef.current, clientX - rect.left, clientY - rect.top), x: clientX - rect.left, y: clientY - rect.top };
    },
    [layout, geometry],
  );

  const onPointerMove = (e: React.PointerEvent) => {
    if (e.pointerType === 'touch' || e.buttons) return;
    const r = hitAt(e.clientX, e.clientY);
    const i = r?.hit?.kind === 'mark' ? r.hit.event : -1;
    if (i !== hoveredIndex) setHovered(i >= 0 && r ? { i, x: r.x, y: r.y } : null);
    // A bin's tooltip counts its whole badge (the number drawn), not the single bin.
    const badge = r?.hit?.kind === 'bin' ? badgeOfBin(layout.l.badges, r.hit.bin) : undefined;
    const count = badge?.count;
    if (count !== hoveredBin?.count || (count !== undefined && hoveredBin && Math.abs(hoveredBin.x - r!.x) > 24)) setHoveredBin(badge && r ? { count: badge.count, x: r.x, y: r.y, list: openingsRef.current?.(badge).kind === 'list' } : null);
    (e.currentTarget as HTMLElement).style.cursor = r?.hit ? 'pointer' : '';
  };

  // What each badge does when opened (zoom, or list its members): decided once per layout.
  const openings = useMemo(() => {
    const cache = new Map<ClusterBadge, BadgeOpening>();
    return (b: ClusterBadge) => {
      let o = cache.get(b);
      if (!o) {
        o = badgeOpening(index, layout.l, b, geometry, { measure, measureMin });
        cache.set(b, o);
      }
      return o;
    };
  }, [index, layout, geometry, measure, measureMin]);
  openingsRef.current = openings;
  const [popover, setPopover] = useState<{ badge: ClusterBadge; members: number[]; sameDay: boolean } | null>(null);
  useEffect(() => setPopover(null), [layout]);
  const openBadge = (b: ClusterBadge) => {
    const o = openings(b);
    if (o.kind === 'zoom') actions.zoomTo(o.window);
    else setPopover((p) => (p?.badge === b ? null : { badge: b, members: o.members, sameDay: o.sameDay }));
  };

  const onClick = (e: React.MouseEvent) => {
    if ((e.target as Element).closest('button')) return;
    const r = hitAt(e.clientX, e.clientY);
    if (!r?.hit) return;
    if (r.hit.kind === 'mark') actions.jumpTo(r.hit.event, 'push');
    else {
      const badge = badgeOfBin(layout.l.badges, r.hit.bin);
      if (badge) openBadge(badge);
    }
  };

  // Focusable buttons for the individual marks on screen (capped; the selection always has one).
  const buttons = useMemo(() => {
    const l = layout.l;
    const out: { i: number; left: number; top: number; w: number }[] = [];
    const push = (i: number, x0: number, x1: number, y: number) => {
      const point = x0 === x1;
      const left = point ? x0 - 9 : Math.max(-4, x0 - 3);
      const right = point ? x0 + 9 : Math.min(width + 4, x1 + 3);
      out.push({ i, left, top: y - 9, w: Math.max(18, right - left) });
    };
    const cap = gesturing ? 0 : selection ? MAX_MARK_BUTTONS - 1 : MAX_MARK_BUTTONS;
    for (let m = 0; m < l.marks && out.length < cap; m++) {
      const i = l.markEvent[m]!;
      if (i === selection?.event) continue;
      push(i, l.markX0[m]!, l.markX1[m]!, l.dotY[l.markDot0[m]!]!);
    }
    if (selection) {
      push(selection.event, selection.x0, selection.x1, selection.ys[0] ?? geometry.top);
      out.sort((a, b) => a.i - b.i);
    }
    return out;
  }, [layout, selection, width, geometry, gesturing]);

  // Cluster badges are buttons too (keyboard and screen readers can open them).
  // One tab stop for all of them (roving focus): ← → ↑ ↓ move between badges, Enter opens one.
  const badgeButtons = useMemo(() => (gesturing ? [] : layout.l.badges.slice(0, MAX_BADGE_BUTTONS)), [layout, gesturing]);
  const badgeFocus = useBadgeFocus(surfaceRef, badgeButtons.length);

  const tabStop = buttons.some((b) => b.i === selected) ? selected : (buttons[0]?.i ?? -1);
  const hoveredEvent = hovered ? index.events[hovered.i] : undefined;

  return (
    <div className="tl-main" style={{ height }}>
      <canvas ref={canvasRef} className="tl-canvas" style={{ width, height }} aria-hidden="true" data-marks="0" data-bins="0" />
      <div ref={surfaceRef} className="tl-surface" onPointerMove={onPointerMove} onPointerLeave={() => {
          setHovered(null);
          setHoveredBin(null);
        }} onClick={onClick}>
        {index.lanes.map((lane, li) => (
          <div key={lane.key} className="tl-lane-label" style={{ top: layout.l.laneTop[li] ?? AXIS_HEIGHT }}>
            {lane.label} <span className="tl-lane-count">{lane.count}</span>
          </div>
        ))}
        {buttons.map((b) => {
          const ev = index.events[b.i]!;
          return (
            <button
              key={ev.id}
              type="button"
              className="tl-mark"
              data-event-id={ev.id}
              aria-label={eventLabel(ev)}
              aria-current={b.i === selected ? 'true' : undefined}
              tabIndex={b.i === tabStop ? 0 : -1}
              style={{ left: b.left, top: b.top, width: b.w }}
              onClick={() => actions.jumpTo(b.i, 'push')}
              onFocus={() => setHovered({ i: b.i, x: b.left + b.w, y: b.top })}
              onBlur={() => setHovered(null)}
            />
          );
        })}
        {badgeButtons.map((b, k) => (
          <button
            key={`${b.lane}-${b.bin0}`}
            type="button"
            className="tl-badge"
            aria-label={openings(b).kind === 'list' ? listingLabel(b) : clusterLabel(b)}
            aria-haspopup={openings(b).kind === 'list' ? 'dialog' : undefined}
            aria-expanded={openings(b).kind === 'list' ? popover?.badge === b : undefined}
            data-badge-key={`${b.lane}-${b.bin0}`}
            tabIndex={k === badgeFocus.tabStop ? 0 : -1}
            onKeyDown={(e) => badgeFocus.onKeyDown(e, k)}
            style={{ left: b.x, top: b.y, width: b.w, height: b.h }}
            onClick={() => openBadge(b)}
            onFocus={() => {
              badgeFocus.onFocus(k);
              setHoveredBin({ count: b.count, x: b.x + b.w, y: b.y, list: openings(b).kind === 'list' });
            }}
            onBlur={() => setHoveredBin(null)}
          />
        ))}
      </div>
      {popover && (
        <BadgePopover
          label={popoverLabel(popover.badge, popover.sameDay)}
          events={popover.members
            .map((i) => ({ i, ev: index.events[i]! }))
            // Date order, then titles as a reader sorts them ("round 2" before "round 11").
            .sort((a, b) => (index.start[a.i] as number) - (index.start[b.i] as number) || a.ev.title.localeCompare(b.ev.title, undefined, { numeric: true }))}
          left={Math.max(0, Math.min(popover.badge.x, width - 324))}
          top={popover.badge.y + popover.badge.h + 4}
          anchor={surfaceRef.current?.querySelector<HTMLElement>(`button.tl-badge[data-badge-key="${popover.badge.lane}-${popover.badge.bin0}"]`) ?? null}
          onPick={(i) => {
            setPopover(null);
            actions.jumpTo(i, 'push');
          }}
          onClose={() => setPopover(null)}
        />
      )}
      {hoveredBin && !hoveredEvent && !popover && (
        <div className="tl-tooltip" role="presentation" style={{ left: Math.min(hoveredBin.x + 12, Math.max(0, width - 240)), top: hoveredBin.y + 12 }}>
          {hoveredBin.count} {hoveredBin.count === 1 ? 'event' : 'events'} · {hoveredBin.list ? 'click to list them' : 'click to zoom in'}
        </div>
      )}
      {hoveredEvent && hovered && (
        <div className="tl-tooltip" role="presentation" style={{ left: Math.min(hovered.x + 12, Math.max(0, width - 240)), top: hovered.y + 12 }}>
          {eventLabel(hoveredEvent)}
        </div>
      )}
    </div>
  );
}
