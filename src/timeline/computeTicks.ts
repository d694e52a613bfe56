/**
 * Axis ticks from a time scale, formatted with date-fns (like visx's useAxis: D3 does the math,
 * the caller renders). Pure.
 */
import { format } from 'date-fns';
import { utcAsLocal } from '../lib/model/calendar';

/** A UTC time scale as d3-scale's `scaleUtc` provides it. */
export interface TimeScaleLike {
  (t: Date | number): number;
  ticks(count: number): Date[];
  domain(): Date[];
}

/** One axis tick: screen x, label, and whether it starts a larger unit (drawn bolder). */
export interface Tick {
  x: number;
  t: number;
  label: string;
  major: boolean;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Ticks about every `spacing` px across `width`. Labels adapt to the tick step: years ("2022"),
 * months ("Feb" — "Feb 2022" on January or the first tick), days ("24 Feb"), hours ("06:00").
 */
export function computeTicks(scale: TimeScaleLike, width: number, spacing = 90): Tick[] {
  const count = Math.max(2, Math.floor(width / spacing));
  const ticks = scale.ticks(count);
  if (ticks.length === 0) return [];
  const step = ticks.length > 1 ? (ticks[1] as Date).getTime() - (ticks[0] as Date).getTime() : DAY;
  return ticks.map((d, i) => {
    const t = d.getTime();
    const local = utcAsLocal(t);
    const first = i === 0;
    let label: string;
    let major = false;
    if (step >= 300 * DAY) {
      label = format(local, 'yyyy');
      major = true;
    } else if (step >= 28 * DAY) {
      major = local.getMonth() === 0;
      label = major || first ? format(local, 'MMM yyyy') : format(local, 'MMM');
    } else if (step >= DAY) {
      major = local.getDate() === 1;
      label = major || first ? format(local, 'd MMM yyyy') : format(local, 'd MMM');
    } else {
      major = local.getHours() === 0;
      label = major || first ? format(local, 'd MMM HH:mm') : format(local, 'HH:mm');
    }
    return { x: scale(d), t, label, major };
  });
}

/**
 * Which tick labels to draw so that none overlap: a label starts at `x + 3` and is `widths[i]` px
 * wide; majors are placed first, then minors where they fit, each at least `gap` px from the
 * labels already placed; a label cut by the right edge (`width`) is not drawn.
 */
export function visibleTickLabels(ticks: readonly Tick[], widths: readonly number[], width: number, gap = 8): boolean[] {
  const show = ticks.map(() => false);
  const placed: [number, number][] = [];
  for (const major of [true, false]) {
    ticks.forEach((t, i) => {
      if (t.major !== major) return;
      const left = Math.round(t.x) + 3;
      const right = left + (widths[i] ?? 0);
      if (right > width) return;
      if (placed.some(([l, r]) => left < r + gap && right + gap > l)) return;
      placed.push([left, right]);
      show[i] = true;
    });
  }
  return show;
}
