/**
 * The main-view painter: draws one frame of the timeline on a 2D canvas from a precomputed
 * {@link FrameLayout}. Pure apart from the canvas it is given (no React, no DOM tree, no store).
 *
 * RENDERING STRATEGY (why canvas + a few buttons):
 * Dateline must stay fluid at 100,000 events. Retained DOM/SVG nodes per event (vis-timeline,
 * TimelineJS) cost layout, style and memory per node and stall in the low thousands, so the dense
 * layer is one <canvas> repainted by this pure function from a React effect (excalidraw style),
 * coalesced into one requestAnimationFrame. Per dataset we precompute sorted start/end times
 * (Float64Array), lane membership (CSR Int32Arrays) and mark flags once; each frame binary-searches
 * the visible slice and does O(visible) work into reusable typed arrays, with no per-event objects.
 * Where many events share a pixel column of a lane they are drawn as density bins with count
 * badges that open as you zoom; individual marks and labels are drawn only where they fit (greedy
 * non-overlapping placement). Accessibility and exact interaction come from a small interactive
 * layer of real focusable <button>s, only for the individual marks currently visible (capped), and
 * from a d3-quadtree over what was drawn for hover/click hit-testing. Keyboard scrubbing uses a
 * binary search on the sorted times, so it is O(log n) whatever the size.
 */
import type { FrameGeometry, FrameLayout } from './frameLayout';
import type { TimelineIndex } from './buildTimelineIndex';
import { FLAG_CONFLICT, FLAG_PARSED, FLAG_UNCERTAIN, FLAG_USER } from './buildTimelineIndex';
import { DAY_MS } from '../lib/model/calendar';
import { visibleTickLabels, type Tick } from './computeTicks';
import type { SelectionMark } from './selectionMark';
import { formatCompactCount } from '../lib/format/formatCount';

/** Resolved colours (the component reads them from CSS custom properties). */
export interface TimelineTheme {
  background: string;
  laneAlt: string;
  grid: string;
  gridMajor: string;
  axisText: string;
  text: string;
  mark: string;
  markUser: string;
  bin: string;
  badgeBackground: string;
  badgeText: string;
  highlight: string;
  playhead: string;
  conflict: string;
  font: string;
}

/** Light-theme fallbacks (used when a custom property is missing). */
export const FALLBACK_THEME: TimelineTheme = {
  background: '#ffffff',
  laneAlt: '#f3f5f8',
  grid: '#e2e6ec',
  gridMajor: '#b9c1cc',
  axisText: '#4a5563',
  text: '#1d2330',
  mark: '#1f5fbf',
  markUser: '#7a3db8',
  bin: '#1f5fbf',
  badgeBackground: '#1d2330',
  badgeText: '#ffffff',
  highlight: '#b3261e',
  playhead: '#b3261e',
  conflict: '#8a4b00',
  font: 'system-ui, sans-serif',
};

/** Everything one frame needs besides the layout. */
export interface PaintParams {
  width: number;
  height: number;
  /** Device pixel ratio. */
  dpr: number;
  /** Height of the axis band at the top. */
  axisHeight: number;
  ticks: readonly Tick[];
  theme: TimelineTheme;
  /** Selected event index or -1. */
  selected: number;
  /** Where the selected event is drawn (see selectionMark), or null. */
  selection?: SelectionMark | null;
  /** Event index under the pointer or -1. */
  hovered: number;
  /** Playhead x in px, or null. */
  playheadX: number | null;
  /** Label text of event i truncated to `maxWidth` px. */
  labelText: (i: number, maxWidth: number) => string;
}

/** Height of a range bar (a day event is a 10 px dot or block): ranges recede. */
export const BAR_HEIGHT = 6;
/** Ranges longer than this are drawn at half opacity. */
export const LONG_RANGE_MS = 14 * DAY_MS;

/** Paints one frame. Returns the numbers of individual marks and bins drawn. */
export function paintTimeline(ctx: CanvasRenderingContext2D, index: TimelineIndex, layout: FrameLayout, g: FrameGeometry, p: PaintParams): { marks: number; bins: number } {
  const { theme: th, width, height } = p;
  ctx.setTransform(p.dpr, 0, 0, p.dpr, 0, 0);
  currentFont.delete(ctx);
  ctx.fillStyle = th.background;
  ctx.fillRect(0, 0, width, height);

  // Lane bands.
  const nLanes = index.lanes.length;
  ctx.fillStyle = th.laneAlt;
  for (let l = 1; l < nLanes; l += 2) ctx.fillRect(0, layout.laneTop[l] as number, width, (layout.laneTop[l + 1] as number) - (layout.laneTop[l] as number));

  // Grid and axis.
  setFont(ctx, `11px ${th.font}`);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const t of p.ticks) {
    ctx.fillStyle = t.major ? th.gridMajor : th.grid;
    ctx.fillRect(Math.round(t.x), p.axisHeight - 6, 1, height - p.axisHeight + 6);
  }
  // Labels never overlap (majors win) and are not cut by the right edge (grid lines always drawn).
  // Minor labels, then major ones in bold (two font changes per frame, not one per tick).
  ctx.fillStyle = th.axisText;
  const labelWidths: number[] = [];
  for (const major of [false, true]) {
    setFont(ctx, major ? `bold 11px ${th.font}` : `11px ${th.font}`);
    p.ticks.forEach((t, i) => {
      if (t.major === major) labelWidths[i] = ctx.measureText(t.label).width;
    });
  }
  const shown = visibleTickLabels(p.ticks, labelWidths, width);
  for (const major of [false, true]) {
    setFont(ctx, major ? `bold 11px ${th.font}` : `11px ${th.font}`);
    p.ticks.forEach((t, i) => {
      if (t.major === major && shown[i]) ctx.fillText(t.label, Math.round(t.x) + 3, p.axisHeight / 2);
    });
  }
  ctx.fillStyle = th.gridMajor;
  ctx.fillRect(0, p.axisHeight - 1, width, 1);

  // Z-order: bins, bars, points, count badges, date-conflict markers, labels, the selection.
  paintBins(ctx, layout, g, th);
  paintMarks(ctx, index, layout, g, p, false);
  paintMarks(ctx, index, layout, g, p, true);
  paintBadges(ctx, layout, th);
  for (let m = 0; m < layout.marks; m++) {
    const ev = layout.markEvent[m] as number;
    if (((index.flags[ev] as number) & FLAG_CONFLICT) !== 0) paintConflict(ctx, index, layout, ev, layout.dotY[layout.markDot0[m] as number] as number, g, th);
  }

  // The selected event, when it sits in a bin, is drawn on top; an unlabelled selection gets a
  // callout label on an opaque box, and labels under that box are not drawn (no overlap).
  const sel = p.selection ?? null;
  if (sel && !sel.inLayout) paintSelectionMark(ctx, index, sel, g, p);
  let callout: { x: number; y: number; w: number; h: number; text: string } | null = null;
  if (sel && !sel.labelled) {
    setFont(ctx, `bold 11px ${th.font}`);
    const text = p.labelText(sel.event, g.maxLabelPx);
    const w = ctx.measureText(text).width + 8;
    const r = sel.x0 === sel.x1 ? g.pointRadius : 0;
    let x = sel.x1 + r + 4;
    if (x + w > width) x = Math.max(0, sel.x0 - r - 4 - w);
    callout = { x, y: (sel.ys[0] ?? g.top) - 8, w, h: 16, text };
  }

  // Labels.
  setFont(ctx, `11px ${th.font}`);
  ctx.textAlign = 'left';
  for (let l = 0; l < layout.labels; l++) {
    const m = layout.labelMark[l] as number;
    const ev = layout.markEvent[m] as number;
    if (callout) {
      const lx = layout.labelX[l] as number;
      const ly = (layout.labelY[l] as number) - g.labelHeight / 2;
      const lw = layout.labelW[l] as number;
      if (lx < callout.x + callout.w && callout.x < lx + lw && ly < callout.y + callout.h && callout.y < ly + g.labelHeight) continue;
    }
    setFont(ctx, ev === p.selected ? `bold 11px ${th.font}` : `11px ${th.font}`);
    const text = p.labelText(ev, layout.labelW[l] as number);
    const lx = layout.labelX[l] as number;
    const ly = layout.labelY[l] as number;
    // A label over its bar sits on a background-coloured plate, so the bar never crosses the text.
    if (((index.flags[ev] as number) & FLAG_UNCERTAIN) !== 0) {
      ctx.fillStyle = th.background;
      ctx.globalAlpha = 0.85;
      ctx.fillRect(lx - 2, ly - g.labelHeight / 2, Math.min(layout.labelW[l] as number, ctx.measureText(text).width) + 4, g.labelHeight);
      ctx.globalAlpha = 1;
    }
    ctx.fillStyle = ev === p.selected ? th.highlight : th.text;
    ctx.fillText(text, lx, ly);
  }

  if (callout) {
    ctx.fillStyle = th.background;
    ctx.globalAlpha = 0.92;
    roundRect(ctx, callout.x, callout.y, callout.w, callout.h, 3);
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = th.highlight;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.fillStyle = th.highlight;
    setFont(ctx, `bold 11px ${th.font}`);
    ctx.textAlign = 'left';
    ctx.fillText(callout.text, callout.x + 4, callout.y + callout.h / 2);
  }

  if (p.playheadX !== null && p.playheadX >= 0 && p.playheadX <= width) {
    const x = Math.round(p.playheadX);
    ctx.fillStyle = th.playhead;
    ctx.fillRect(x - 1, p.axisHeight, 2, height - p.axisHeight);
    ctx.beginPath();
    ctx.moveTo(x - 6, p.axisHeight);
    ctx.lineTo(x + 6, p.axisHeight);
    ctx.lineTo(x, p.axisHeight + 8);
    ctx.closePath();
    ctx.fill();
  }
  return { marks: layout.marks, bins: layout.bins };
}

function paintBins(ctx: CanvasRenderingContext2D, layout: FrameLayout, g: FrameGeometry, th: TimelineTheme): void {
  if (layout.bins === 0) return;
  const logMax = Math.log1p(layout.maxBin);
  ctx.fillStyle = th.bin;
  for (let b = 0; b < layout.bins; b++) {
    const c = layout.binCount[b] as number;
    const lane = layout.binLane[b] as number;
    const maxH = (layout.laneTop[lane + 1] as number) - (layout.laneTop[lane] as number) - g.laneHeader - 6;
    const h = Math.max(3, (Math.log1p(c) / logMax) * maxH);
    const bottom = (layout.laneTop[lane + 1] as number) - 3;
    ctx.globalAlpha = 0.35 + 0.45 * (Math.log1p(c) / logMax);
    ctx.fillRect(layout.binX0[b] as number, bottom - h, Math.max(1, (layout.binX1[b] as number) - (layout.binX0[b] as number) - 1), h);
  }
  ctx.globalAlpha = 1;
}

/** Count badges where clusterBadges found them a free box. */
function paintBadges(ctx: CanvasRenderingContext2D, layout: FrameLayout, th: TimelineTheme): void {
  setFont(ctx, `bold 10px ${th.font}`);
  ctx.textAlign = 'center';
  for (const badge of layout.badges) {
    if (!badge.drawn) continue;
    ctx.fillStyle = th.badgeBackground;
    roundRect(ctx, badge.x, badge.y, badge.w, badge.h, badge.h / 2);
    ctx.fill();
    ctx.fillStyle = th.badgeText;
    ctx.fillText(formatCompactCount(badge.count), badge.x + badge.w / 2, badge.y + badge.h / 2 + 0.5);
  }
  ctx.textAlign = 'left';
}

/** Draws the bars (`points` false) or the points (`points` true) of the layout. */
function paintMarks(ctx: CanvasRenderingContext2D, index: TimelineIndex, layout: FrameLayout, g: FrameGeometry, p: PaintParams, points: boolean): void {
  const th = p.theme;
  const r = g.pointRadius;
  const barH = BAR_HEIGHT;
  for (let m = 0; m < layout.marks; m++) {
    const ev = layout.markEvent[m] as number;
    const f = index.flags[ev] as number;
    const x0 = layout.markX0[m] as number;
    const x1 = layout.markX1[m] as number;
    const d0 = layout.markDot0[m] as number;
    const dn = layout.markDotN[m] as number;
    const isPoint = x0 === x1;
    if (isPoint !== points) continue;
    const colour = (f & FLAG_USER) !== 0 ? th.markUser : th.mark;
    const selected = ev === p.selected;
    const hovered = ev === p.hovered;
    const cx = isPoint ? x0 : x0 + Math.min(10, (x1 - x0) / 2);
    // One event across several lanes: a connector joins its dots (same mark, same highlight).
    if (dn > 1) {
      let top = Infinity;
      let bottom = -Infinity;
      for (let d = d0; d < d0 + dn; d++) {
        top = Math.min(top, layout.dotY[d] as number);
        bottom = Math.max(bottom, layout.dotY[d] as number);
      }
      ctx.fillStyle = selected ? th.highlight : colour;
      ctx.globalAlpha = selected || hovered ? 1 : 0.55;
      ctx.fillRect(cx - (selected ? 1.5 : 1), top, selected ? 3 : 2, bottom - top);
      ctx.globalAlpha = 1;
    }
    for (let d = d0; d < d0 + dn; d++) {
      const y = layout.dotY[d] as number;
      const hollow = (f & FLAG_PARSED) !== 0;
      if (isPoint) {
        ctx.beginPath();
        ctx.arc(x0, y, r, 0, Math.PI * 2);
        fillMark(ctx, hollow, colour, th.background);
      } else if ((f & FLAG_UNCERTAIN) === 0) {
        // A day event zoomed in: a block covering its day.
        roundRect(ctx, x0, y - r, x1 - x0, 2 * r, 3);
        fillMark(ctx, hollow, colour, th.background);
      } else {
        // Ranges are thinner than day events, and long ones lighter: they recede behind the days.
        const long = (index.end[ev] as number) - (index.start[ev] as number) > LONG_RANGE_MS;
        if (long) ctx.globalAlpha = 0.5;
        paintBar(ctx, x0, x1, y, barH, colour, hollow, th.background);
        ctx.globalAlpha = 1;
      }
      if (selected || hovered) {
        ctx.lineWidth = selected ? 2.5 : 1.5;
        ctx.strokeStyle = selected ? th.highlight : th.text;
        ctx.beginPath();
        if (isPoint) ctx.arc(x0, y, r + 3.5, 0, Math.PI * 2);
        else ctx.rect(x0 - 3, y - r - 2, x1 - x0 + 6, 2 * r + 4);
        ctx.stroke();
      }
    }
  }
}

/** The selected event drawn over the bins: a highlighted dot or bar in each lane, joined. */
function paintSelectionMark(ctx: CanvasRenderingContext2D, index: TimelineIndex, sel: SelectionMark, g: FrameGeometry, p: PaintParams): void {
  const th = p.theme;
  const f = index.flags[sel.event] as number;
  const colour = (f & FLAG_USER) !== 0 ? th.markUser : th.mark;
  const isPoint = sel.x0 === sel.x1;
  const cx = isPoint ? sel.x0 : sel.x0 + Math.min(10, (sel.x1 - sel.x0) / 2);
  if (sel.ys.length > 1) {
    ctx.fillStyle = th.highlight;
    ctx.fillRect(cx - 1.5, Math.min(...sel.ys), 3, Math.max(...sel.ys) - Math.min(...sel.ys));
  }
  for (const y of sel.ys) {
    ctx.fillStyle = th.background;
    ctx.beginPath();
    if (isPoint) ctx.arc(sel.x0, y, g.pointRadius + 3, 0, Math.PI * 2);
    else ctx.rect(sel.x0 - 3, y - 7, sel.x1 - sel.x0 + 6, 14);
    ctx.fill();
    if (isPoint) {
      ctx.beginPath();
      ctx.arc(sel.x0, y, g.pointRadius, 0, Math.PI * 2);
      ctx.fillStyle = colour;
      ctx.fill();
    } else {
      paintBar(ctx, sel.x0, sel.x1, y, 8, colour, (f & FLAG_PARSED) !== 0, th.background);
    }
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = th.highlight;
    ctx.beginPath();
    if (isPoint) ctx.arc(sel.x0, y, g.pointRadius + 3.5, 0, Math.PI * 2);
    else ctx.rect(sel.x0 - 3, y - 7, sel.x1 - sel.x0 + 6, 14);
    ctx.stroke();
  }
}

/** A bar whose ends fade in three steps: the extent is uncertain. Hollow bars are outlined. */
function paintBar(ctx: CanvasRenderingContext2D, x0: number, x1: number, y: number, h: number, colour: string, hollow: boolean, background: string): void {
  const w = x1 - x0;
  const fade = Math.min(9, w / 4);
  const step = fade / 3;
  const top = y - h / 2;
  ctx.fillStyle = colour;
  if (hollow) {
    ctx.fillStyle = background;
    ctx.fillRect(x0 + fade, top, w - 2 * fade, h);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2;
    ctx.strokeRect(x0 + fade + 1, top + 1, w - 2 * fade - 2, h - 2);
    ctx.fillStyle = colour;
  } else {
    ctx.fillRect(x0 + fade, top, w - 2 * fade, h);
  }
  const alphas = [0.6, 0.35, 0.15];
  for (let s = 0; s < 3; s++) {
    ctx.globalAlpha = alphas[s] as number;
    ctx.fillRect(x0 + fade - (s + 1) * step, top, step, h);
    ctx.fillRect(x1 - fade + s * step, top, step, h);
  }
  ctx.globalAlpha = 1;
}

/** Sources disagree on the date: ticks at each claim, a dashed bracket joining them, and "≠". */
function paintConflict(ctx: CanvasRenderingContext2D, index: TimelineIndex, layout: FrameLayout, ev: number, y: number, g: FrameGeometry, th: TimelineTheme): void {
  const c0 = index.claimOffsets[ev] as number;
  const c1 = index.claimOffsets[ev + 1] as number;
  if (c1 - c0 < 2) return;
  const pxPerMs = g.width / (layout.t1 - layout.t0);
  const by = y - g.rowHeight / 2 - 1;
  let lo = Infinity;
  let hi = -Infinity;
  ctx.strokeStyle = th.conflict;
  ctx.fillStyle = th.conflict;
  ctx.lineWidth = 1.5;
  for (let c = c0; c < c1; c++) {
    const x = (((index.claimStart[c] as number) + (index.claimEnd[c] as number)) / 2 - layout.t0) * pxPerMs;
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
    ctx.fillRect(x - 0.75, by, 1.5, 5);
  }
  ctx.setLineDash([3, 2]);
  ctx.beginPath();
  ctx.moveTo(lo, by);
  ctx.lineTo(hi, by);
  ctx.stroke();
  ctx.setLineDash([]);
  setFont(ctx, `bold 11px ${th.font}`);
  ctx.textAlign = 'left';
  ctx.fillText('≠', hi + 3, by + 1);
}

/**
 * Assigning `ctx.font` re-parses the font string (costly per label on every frame), so it is only
 * assigned when it changes within one paint (the cache is cleared at the start of each paint, since
 * resizing a canvas resets its state).
 */
const currentFont = new WeakMap<CanvasRenderingContext2D, string>();
function setFont(ctx: CanvasRenderingContext2D, font: string): void {
  if (currentFont.get(ctx) === font) return;
  ctx.font = font;
  currentFont.set(ctx, font);
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

/** Fills the current path as a mark: curated solid, parsed hollow (a ring in the mark's colour). */
function fillMark(ctx: CanvasRenderingContext2D, hollow: boolean, colour: string, background: string): void {
  if (hollow) {
    ctx.fillStyle = background;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = colour;
    ctx.stroke();
  } else {
    ctx.fillStyle = colour;
    ctx.fill();
  }
}
