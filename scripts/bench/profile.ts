/**
 * Summary of a Chromium CPU profile (CDP `Profiler.stop` result): self time per function.
 */

/** The parts of a CDP `Profiler.Profile` used here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** One function's self time. */
export interface SelfTime {
  /** `name (file:line:col)`; anonymous functions are `(anonymous)`. */
  fn: string;
  selfMs: number;
  /** Share of the non-idle profiled time, 0–100. */
  percent: number;
}

/** Names a call frame from its script URL and 0-based position (e.g. through a source map); null = default naming. */
export type FrameNamer = (functionName: string, url: string, line: number, column: number) => string | null;

/** The `top` functions by self time, idle excluded; `totalMs` is the non-idle time. */
export function topSelfTime(profile: CpuProfile, top = 15, namer?: FrameNamer): { totalMs: number; idleMs: number; functions: SelfTime[] } {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const selfUs = new Map<string, number>();
  const keys = new Map<number, string>();
  let idleUs = 0;
  let totalUs = 0;
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time since the previous sample; attribute the interval ending at i+1 to sample i
    const dt = deltas[i + 1] ?? 0;
    const node = byNode.get(samples[i]!);
    if (!node) continue;
    const cf = node.callFrame;
    if (cf.functionName === '(idle)') {
      idleUs += dt;
      continue;
    }
    let key = keys.get(node.id);
    if (key === undefined) {
      const file = cf.url ? cf.url.split('/').pop() : '';
      const named = cf.url ? namer?.(cf.functionName, cf.url, cf.lineNumber, cf.columnNumber) : null;
      key = named ? named : file ? `${cf.functionName || '(anonymous)'} (${file}:${cf.lineNumber + 1}:${cf.columnNumber + 1})` : cf.functionName || '(anonymous)';
      keys.set(node.id, key);
    }
    selfUs.set(key, (selfUs.get(key) ?? 0) + dt);
    totalUs += dt;
  }
  const functions = [...selfUs.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([fn, us]) => ({ fn, selfMs: us / 1000, percent: totalUs ? (100 * us) / totalUs : 0 }));
  return { totalMs: totalUs / 1000, idleMs: idleUs / 1000, functions };
}
