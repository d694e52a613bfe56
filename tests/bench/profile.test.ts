import { describe, expect, it } from 'vitest';
import { topSelfTime, type CpuProfile } from '../../scripts/bench/profile';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 4 });

describe('topSelfTime(profile, top)', () => {
  it('sums sample intervals per function, excluding idle, sorted by self time', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)') },
        { id: 2, callFrame: frame('(idle)') },
        { id: 3, callFrame: frame('drawBins', 'http://127.0.0.1:1/assets/index-abc.js', 9) },
        { id: 4, callFrame: frame('', 'http://127.0.0.1:1/assets/index-abc.js', 99) },
      ],
      // sample i lasts until sample i+1: timeDeltas[i+1]
      samples: [3, 3, 4, 2, 3],
      timeDeltas: [0, 1000, 2000, 500, 4000],
    };
    const r = topSelfTime(profile, 10);
    expect(r.idleMs).toBe(4);
    expect(r.totalMs).toBe(3.5);
    expect(r.functions).toEqual([
      { fn: 'drawBins (index-abc.js:10:5)', selfMs: 3, percent: (100 * 3) / 3.5 },
      { fn: '(anonymous) (index-abc.js:100:5)', selfMs: 0.5, percent: (100 * 0.5) / 3.5 },
    ]);
    expect(topSelfTime(profile, 1).functions).toHaveLength(1);
  });

  it('names frames through the namer (e.g. a source map), falling back when it returns null', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('xO', 'http://h/assets/i.js', 0) },
        { id: 2, callFrame: frame('yQ', 'http://h/assets/i.js', 5) },
      ],
      samples: [1, 2, 1],
      timeDeltas: [0, 1000, 1000],
    };
    const r = topSelfTime(profile, 5, (fn, _url, line) => (line === 0 ? `layoutFrame (src/timeline/layoutFrame.ts:12) [${fn}]` : null));
    expect(r.functions.map((f) => f.fn)).toEqual(['layoutFrame (src/timeline/layoutFrame.ts:12) [xO]', 'yQ (i.js:6:5)']);
  });
});
