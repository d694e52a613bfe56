/**
 * The overview painter: a histogram of the whole dataset (and the filtered subset on top) on a
 * canvas. Pure apart from the canvas it is given.
 */

/** Colours of the overview. */
export interface OverviewTheme {
  background: string;
  all: string;
  filtered: string;
}

/** Paints `all` (the whole dataset) faintly and `filtered` on top, bars scaled to the tallest bin. */
export function paintOverview(ctx: CanvasRenderingContext2D, width: number, height: number, dpr: number, all: Uint32Array, filtered: Uint32Array, theme: OverviewTheme): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, width, height);
  let max = 1;
  for (let i = 0; i < all.length; i++) max = Math.max(max, all[i] as number);
  const bw = width / Math.max(1, all.length);
  const scale = (v: number) => (v === 0 ? 0 : Math.max(1.5, (Math.sqrt(v) / Math.sqrt(max)) * (height - 4)));
  ctx.fillStyle = theme.all;
  for (let i = 0; i < all.length; i++) {
    const h = scale(all[i] as number);
    if (h > 0) ctx.fillRect(i * bw, height - h, Math.max(1, bw - 0.5), h);
  }
  ctx.fillStyle = theme.filtered;
  for (let i = 0; i < filtered.length; i++) {
    const h = scale(filtered[i] as number);
    if (h > 0) ctx.fillRect(i * bw, height - h, Math.max(1, bw - 0.5), h);
  }
}
