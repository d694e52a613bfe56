/**
 * The overview strip: a histogram of the whole dataset (filtered events on top) over the story's
 * span (model.overview: no background facts or far-off outliers), with a d3-brush window kept in
 * sync with the main view both ways. Matching events outside that span are counted by an
 * "earlier" / "later" stub under the strip, a button that leads to them.
 */
import { useEffect, useMemo, useRef } from 'react';
import { select } from 'd3-selection';
import { brushX, type BrushBehavior } from 'd3-brush';
import { useDatelineStore } from '../../store/react';
import type { TimelineModel } from './useTimelineModel';
import type { TimelineActions } from './useTimelineActions';
import { outliersOutside, type OutlierSide } from '../../timeline/storySpan';
import { densityHistogram } from '../../timeline/densityHistogram';
import { paintOverview } from '../../timeline/paintOverview';
import { overviewTheme } from './readTheme';
import { DAY_MS } from '../../lib/model/calendar';
import { overviewMarker } from '../../timeline/overviewMarker';

const HEIGHT = 44;

/** "1 earlier event (2014)", "3 later events (2023–2024)". */
export function stubLabel(group: OutlierSide, start: ArrayLike<number>, side: 'earlier' | 'later'): string {
  const y0 = new Date(start[group.from] as number).getUTCFullYear();
  const y1 = new Date(start[group.to] as number).getUTCFullYear();
  const years = y0 === y1 ? `${y0}` : `${y0}–${y1}`;
  return `${group.count} ${side} event${group.count === 1 ? '' : 's'} (${years})`;
}

export function Overview({ model, width, actions }: { model: TimelineModel; width: number; actions: TimelineActions }) {
  const store = useDatelineStore();
  const { overview: base, index, window: vp, allStarts } = model;
  const outside = useMemo(() => outliersOutside(index.start, index.end, index.n, base), [index, base]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const gRef = useRef<SVGGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const bins = Math.max(10, Math.floor(width / 3));
  const all = useMemo(() => densityHistogram(allStarts, allStarts.length, base.start, base.end, bins), [allStarts, base, bins]);
  const filtered = useMemo(() => densityHistogram(index.start, index.n, base.start, base.end, bins), [index, base, bins]);
  const toX = (t: number) => ((t - base.start) / (base.end - base.start)) * width;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let ctx: CanvasRenderingContext2D | null = null;
    try {
      ctx = canvas.getContext('2d');
    } catch {
      ctx = null;
    }
    if (!ctx) return;
    const dpr = typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(HEIGHT * dpr);
    paintOverview(ctx, width, HEIGHT, dpr, all, filtered, overviewTheme(canvas));
  }, [all, filtered, width]);

  useEffect(() => {
    const g = gRef.current;
    if (!g) return;
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, HEIGHT],
      ])
      .on('brush end', (event: { selection: [number, number] | null; sourceEvent: unknown }) => {
        if (!event.sourceEvent || !event.selection) return;
        const [x0, x1] = event.selection;
        let start = base.start + (x0 / width) * (base.end - base.start);
        let end = base.start + (x1 / width) * (base.end - base.start);
        if (end - start < DAY_MS) {
          const mid = (start + end) / 2;
          start = mid - DAY_MS / 2;
          end = mid + DAY_MS / 2;
        }
        store.getState().setViewport({ start, end });
      });
    brushRef.current = brush;
    const sel = select(g);
    sel.call(brush);
    return () => {
      sel.on('.brush', null);
      brushRef.current = null;
    };
  }, [width, base, store]);

  // Main view → brush.
  useEffect(() => {
    const g = gRef.current;
    const brush = brushRef.current;
    if (!g || !brush) return;
    const x0 = Math.max(0, Math.min(width, toX(vp.start)));
    const x1 = Math.max(0, Math.min(width, toX(vp.end)));
    try {
      // Showing (nearly) everything: no window is drawn, so a drag anywhere starts a new one
      // (a full-width brush could only be moved, not redrawn).
      if (x0 <= 1 && x1 >= width - 1) brush.move(select(g), null);
      else brush.move(select(g), x1 - x0 >= 1 ? [x0, x1] : [x0, Math.min(width, x0 + 1)]);
    } catch {
      // jsdom lacks parts of SVG; the brush is cosmetic there.
    }
    // toX depends only on base and width.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [vp.start, vp.end, base, width]);

  // A window too narrow to see gets a marker of minimum width (drawn over the brush).
  const marker = overviewMarker(toX(vp.start), toX(vp.end), width);

  const stub = (group: OutlierSide | null, side: 'earlier' | 'later') => {
    if (!group) return null;
    const label = stubLabel(group, index.start, side);
    return (
      <button type="button" className={`tl-overview-stub is-${side}`} aria-label={`${label}, show`} onClick={() => actions.showOutliers(group)}>
        {side === 'earlier' && <span aria-hidden="true">◂ </span>}
        {label}
        {side === 'later' && <span aria-hidden="true"> ▸</span>}
      </button>
    );
  };

  return (
    <>
      <div className="tl-overview" style={{ height: HEIGHT }}>
        <canvas ref={canvasRef} className="tl-overview-canvas" style={{ width, height: HEIGHT }} aria-hidden="true" />
        <svg className="tl-overview-brush" width={width} height={HEIGHT} aria-label={`Overview: density of all ${allStarts.length} events, with the visible window`} role="img">
          <g ref={gRef} />
          {marker && <rect className="tl-overview-marker" data-testid="overview-marker" x={marker.x} y={2} width={marker.w} height={HEIGHT - 4} rx={2} />}
        </svg>
      </div>
      {(outside.earlier || outside.later) && (
        <div className="tl-overview-stubs">
          {stub(outside.earlier, 'earlier')}
          {stub(outside.later, 'later')}
        </div>
      )}
    </>
  );
}
