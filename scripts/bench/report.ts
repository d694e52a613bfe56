/**
 * Aggregation of benchmark runs into medians, the comparison with the targets, and the
 * printed table.
 */
import { median } from './stats';

/** The medians reported for one dataset size. */
export interface SizeSummary {
  events: number;
  fileMB: number;
  runs: number;
  readyMs: number;
  p50FrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
  filterMs: number;
  keyMs: number;
  heapMB: number;
  marks: number;
  bins: number;
}

/** The per-run numbers `summarizeSize` needs (a subset of RunResult). */
export interface RunNumbers {
  readyMs: number | null;
  frames: { p50: number; p95: number; max: number };
  filterMs: number | null;
  keyMs: number | null;
  heapMB: number | null;
  atLoad: { marks: number | null; bins: number | null } | null;
}

/** Medians over the runs of one size; NaN where no run produced a value. */
export function summarizeSize(events: number, fileMB: number, runs: readonly RunNumbers[]): SizeSummary {
  return {
    events,
    fileMB,
    runs: runs.length,
    readyMs: median(runs.map((r) => r.readyMs)),
    p50FrameMs: median(runs.map((r) => r.frames.p50)),
    p95FrameMs: median(runs.map((r) => r.frames.p95)),
    maxFrameMs: median(runs.map((r) => r.frames.max)),
    filterMs: median(runs.map((r) => r.filterMs)),
    keyMs: median(runs.map((r) => r.keyMs)),
    heapMB: median(runs.map((r) => r.heapMB)),
    marks: median(runs.map((r) => r.atLoad?.marks)),
    bins: median(runs.map((r) => r.atLoad?.bins)),
  };
}

/** Targets from the issue, per size. */
export const TARGETS: Readonly<Record<number, { readyMs: number; p95FrameMs: number; filterMs: number; keyMs: number }>> = {
  10000: { readyMs: 500, p95FrameMs: 17, filterMs: 50, keyMs: 17 },
  100000: { readyMs: 1500, p95FrameMs: 33, filterMs: 100, keyMs: 17 },
};
/** Initial JS budget, gzipped bytes. */
export const INITIAL_JS_BUDGET = 200 * 1024;

/** Lines comparing a summary with its targets (empty when the size has none). */
export function targetVerdicts(s: SizeSummary): string[] {
  const t = TARGETS[s.events];
  if (!t) return [];
  const check = (label: string, v: number, max: number): string =>
    `${s.events.toLocaleString('en-US')} ${label}: ${Number.isFinite(v) ? v.toFixed(1) : 'n/a'} ms (target ≤ ${max}) ${Number.isFinite(v) ? (v <= max ? 'PASS' : 'FAIL') : 'NOT MEASURED'}`;
  return [
    check('first render', s.readyMs, t.readyMs),
    check('p95 frame', s.p95FrameMs, t.p95FrameMs),
    check('filter change', s.filterMs, t.filterMs),
    check('next-event key', s.keyMs, t.keyMs),
  ];
}

const fmt = (v: number, digits = 0): string => (Number.isFinite(v) ? v.toFixed(digits) : '–');

/** A Markdown table of the summaries (also readable in a terminal). */
export function formatTable(rows: readonly SizeSummary[]): string {
  const head = ['events', 'data MB', 'runs', 'first render ms', 'frame p50 ms', 'frame p95 ms', 'frame max ms', 'filter ms', 'key ms', 'heap MB', 'marks', 'bins'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---:').join('|')}|`];
  for (const r of rows) {
    lines.push(
      `| ${[
        r.events.toLocaleString('en-US'),
        fmt(r.fileMB, 1),
        String(r.runs),
        fmt(r.readyMs),
        fmt(r.p50FrameMs, 1),
        fmt(r.p95FrameMs, 1),
        fmt(r.maxFrameMs, 1),
        fmt(r.filterMs, 1),
        fmt(r.keyMs, 1),
        fmt(r.heapMB, 1),
        fmt(r.marks),
        fmt(r.bins),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}
