/**
 * Summary of a Chromium trace (Playwright `browser.startTracing` JSON): self time per trace event
 * name on the renderer's main thread, e.g. how much of a zoom goes to style, layout, paint or script.
 */

/** The fields of a trace event used here (Trace Event Format, "X" complete events, µs). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** One event name's self time on the main thread. */
export interface TraceSlice {
  name: string;
  selfMs: number;
  count: number;
}

/**
 * Self time (duration minus nested children) per event name on the `CrRendererMain` thread(s),
 * largest first; `totalMs` sums the top-level events (the busy time of the thread).
 */
export function mainThreadSelfTime(events: readonly TraceEvent[], top = 15): { totalMs: number; slices: TraceSlice[] } {
  const main = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') main.add(`${e.pid}:${e.tid}`);
  const complete = events
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number' && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, { us: number; count: number }>();
  const stack: { end: number; name: string }[] = [];
  let totalUs = 0;
  const add = (name: string, us: number, count: number): void => {
    const cur = self.get(name) ?? { us: 0, count: 0 };
    cur.us += us;
    cur.count += count;
    self.set(name, cur);
  };
  for (const e of complete) {
    const dur = e.dur ?? 0;
    while (stack.length > 0 && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) add(parent.name, -Math.min(dur, parent.end - e.ts), 0);
    else totalUs += dur;
    add(e.name, dur, 1);
    stack.push({ end: e.ts + dur, name: e.name });
  }
  const slices = [...self.entries()]
    .map(([name, v]) => ({ name, selfMs: v.us / 1000, count: v.count }))
    .sort((a, b) => b.selfMs - a.selfMs || a.name.localeCompare(b.name))
    .slice(0, top);
  return { totalMs: totalUs / 1000, slices };
}
