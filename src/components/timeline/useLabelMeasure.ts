/**
 * Label widths and truncated label texts for the painter, cached per index (canvas measureText;
 * an approximation where canvas is unavailable, e.g. jsdom).
 */
import { useMemo } from 'react';
import type { TimelineIndex } from '../../timeline/buildTimelineIndex';
import { MIN_LABEL_CHARS } from '../../timeline/layoutFrame';

/**
 * Text measurement with a per-index cache; approximates where canvas is unavailable (jsdom).
 * `ctx` (the main canvas context, or null) only signals that canvas text measurement works.
 */
export function useLabelMeasure(index: TimelineIndex, ctx: CanvasRenderingContext2D | null, font: string) {
  return useMemo(() => {
    const widths = new Float32Array(index.n).fill(-1);
    const truncated = new Map<number, string>();
    // Its own context: the painter changes the main context's font while drawing.
    let mctx: CanvasRenderingContext2D | null = null;
    if (ctx) {
      try {
        mctx = document.createElement('canvas').getContext('2d');
      } catch {
        mctx = null;
      }
    }
    if (mctx) mctx.font = `11px ${font}`;
    const measureText = (s: string) => (mctx ? mctx.measureText(s).width : s.length * 6.2);
    const measure = (i: number) => {
      let w = widths[i]!;
      if (w < 0) {
        w = measureText(index.events[i]!.title);
        widths[i] = w;
      }
      return w;
    };
    // Width of the first MIN_LABEL_CHARS characters and an ellipsis (the least a label shows).
    const minWidths = new Float32Array(index.n).fill(-1);
    const measureMin = (i: number) => {
      let w = minWidths[i]!;
      if (w < 0) {
        const title = index.events[i]!.title;
        w = title.length <= MIN_LABEL_CHARS ? measure(i) : measureText(`${title.slice(0, MIN_LABEL_CHARS).trimEnd()}…`);
        minWidths[i] = w;
      }
      return w;
    };
    const labelText = (i: number, maxWidth: number) => {
      const title = index.events[i]!.title;
      if (measure(i) <= maxWidth + 0.5) return title;
      const key = i * 1024 + Math.round(maxWidth);
      let t = truncated.get(key);
      if (t === undefined) {
        let lo = 0;
        let hi = title.length;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (measureText(`${title.slice(0, mid)}…`) <= maxWidth + 0.5) lo = mid;
          else hi = mid - 1;
        }
        t = `${title.slice(0, lo).trimEnd()}…`;
        truncated.set(key, t);
      }
      return t;
    };
    return { measure, measureMin, labelText };
  }, [index, ctx, font]);
}

