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
});
