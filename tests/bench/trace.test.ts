import { describe, expect, it } from 'vitest';
import { mainThreadSelfTime, type TraceEvent } from '../../scripts/bench/trace';

const meta = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name } });
const x = (name: string, ts: number, dur: number, tid = 1): TraceEvent => ({ name, ph: 'X', ts, dur, pid: 7, tid });

describe('mainThreadSelfTime(events, top)', () => {
  it('subtracts nested children from their parent and ignores other threads', () => {
    const events = [
      meta(7, 1, 'CrRendererMain'),
      meta(7, 2, 'Compositor'),
      x('FireAnimationFrame', 0, 10_000),
      x('FunctionCall', 1_000, 6_000),
      x('Layout', 2_000, 2_000),
      x('Paint', 12_000, 3_000),
      x('RasterTask', 0, 50_000, 2),
    ];
    const r = mainThreadSelfTime(events);
    expect(r.totalMs).toBe(13);
    expect(r.slices).toEqual([
      { name: 'FireAnimationFrame', selfMs: 4, count: 1 },
      { name: 'FunctionCall', selfMs: 4, count: 1 },
      { name: 'Paint', selfMs: 3, count: 1 },
      { name: 'Layout', selfMs: 2, count: 1 },
    ]);
  });
});
