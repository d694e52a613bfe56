/**
 * The overview's minimum-width marker: when the visible window maps to fewer than `minPx` pixels
 * of the overview, a marker `minPx` wide is centred on it (clamped to the strip) so the user
 * still sees where they are. Pure.
 */

/** A horizontal span in overview pixels. */
export interface MarkerSpan {
  x: number;
  w: number;
}

/** Minimum visible width of the overview window, in px. */
export const MIN_MARKER_PX = 6;

/**
 * The marker for the window `[x0, x1]` (overview px, may lie outside `[0, width]`), or null when
 * the window itself is wide enough to see, or lies entirely outside the strip.
 */
export function overviewMarker(x0: number, x1: number, width: number, minPx = MIN_MARKER_PX): MarkerSpan | null {
  if (!(width > 0) || x1 < 0 || x0 > width) return null;
  const a = Math.max(0, x0);
  const b = Math.min(width, x1);
  if (b - a >= minPx) return null;
  const w = Math.min(minPx, width);
  const x = Math.min(width - w, Math.max(0, (a + b) / 2 - w / 2));
  return { x, w };
}
