/**
 * d3-zoom on the chart surface (wheel, pinch, drag). User gestures write the visible window into
 * the store, at most once per animation frame (the gesture's last window is written exactly when
 * it ends); the store's window (buttons, keyboard, overview, URL) drives the d3 transform.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { useDatelineStore } from '../../store/react';
import { transformFromWindow, windowFromTransform, zoomScaleExtent } from '../../timeline/viewportMath';
import type { TimeWindow } from '../../lib/model/calendar';

function requestFrame(fn: () => void): number {
  if (typeof requestAnimationFrame === 'function') return requestAnimationFrame(fn);
  return setTimeout(fn, 16) as unknown as number;
}
function cancelFrame(id: number): void {
  if (!id) return;
  if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(id);
  else clearTimeout(id);
}

/**
 * `onGesture(true)` when a user gesture (wheel, drag, pinch) starts and `onGesture(false)` when it
 * ends, so the caller can skip work that only matters at rest (the focusable mark buttons).
 */
export function useD3Zoom(surfaceRef: RefObject<HTMLDivElement | null>, vp: TimeWindow, base: TimeWindow, width: number, onGesture?: (active: boolean) => void): void {
  const store = useDatelineStore();
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const gestureRef = useRef(onGesture);
  /** The last window a gesture wrote to the store: the store is then following d3, not driving it. */
  const writtenRef = useRef<TimeWindow | null>(null);
  useEffect(() => {
    gestureRef.current = onGesture;
  }, [onGesture]);

  // d3-zoom: user gestures write the window into the store.
  useEffect(() => {
    const el = surfaceRef.current;
    if (!el) return;
    // Wheel and mousemove events can come several times per frame: keep the latest window and
    // write it to the store once per animation frame.
    let pending: TimeWindow | null = null;
    let frame = 0;
    const flush = () => {
      frame = 0;
      const w = pending;
      pending = null;
      if (!w) return;
      writtenRef.current = w;
      store.getState().setViewport(w);
    };
    const zb = d3zoom<HTMLDivElement, unknown>()
      .scaleExtent(zoomScaleExtent(base))
      .filter((event: Event) => {
        const t = event.target as Element | null;
        // Presses on a mark button are clicks, not gestures (touch included: a gesture hides the buttons).
        if ((event.type === 'mousedown' || event.type === 'touchstart') && t?.closest?.('button')) return false;
        const me = event as MouseEvent;
        return (!me.ctrlKey || event.type === 'wheel') && !me.button;
      })
      .on('start', (event: { sourceEvent: unknown }) => {
        if (event.sourceEvent) gestureRef.current?.(true);
      })
      .on('end', (event: { sourceEvent: unknown }) => {
        if (!event.sourceEvent) return;
        // The final window, exactly, before the gesture is declared over.
        cancelFrame(frame);
        flush();
        gestureRef.current?.(false);
      })
      .on('zoom', (event: { transform: { k: number; x: number }; sourceEvent: unknown }) => {
        if (!event.sourceEvent) return; // programmatic: already in the store
        pending = windowFromTransform(event.transform, base, width);
        if (!frame) frame = requestFrame(flush);
      });
    zoomRef.current = zb;
    const sel = select(el);
    sel.call(zb).on('dblclick.zoom', null);
    return () => {
      sel.on('.zoom', null);
      cancelFrame(frame);
      flush();
      zoomRef.current = null;
    };
  }, [surfaceRef, base, width, store]);

  // The store's window drives the d3 transform (buttons, keyboard, overview, URL).
  useEffect(() => {
    const el = surfaceRef.current;
    const zb = zoomRef.current;
    // The window a gesture just wrote: d3 may already be a wheel step further; do not pull it back.
    if (!el || !zb || vp === writtenRef.current) return;
    const t = transformFromWindow(vp, base, width);
    const cur = (el as unknown as { __zoom?: { k: number; x: number } }).__zoom;
    if (cur && Math.abs(cur.k - t.k) < 1e-9 * t.k && Math.abs(cur.x - t.x) < 1e-6) return;
    zb.transform(select(el), zoomIdentity.translate(t.x, 0).scale(t.k));
  }, [surfaceRef, vp, base, width]);
}
