import { describe, expect, it } from 'vitest';
import { formatTable, summarizeSize, targetVerdicts, type RunNumbers } from '../../scripts/bench/report';

const run = (readyMs: number | null, p95: number, filterMs: number | null, keyMs: number | null): RunNumbers => ({
  readyMs,
  frames: { p50: 16.7, p95, max: p95 * 2 },
  filterMs,
  keyMs,
  heapMB: 40,
  atLoad: { marks: 120, bins: 800 },
});

describe('summarizeSize(events, fileMB, runs)', () => {
  it('takes medians over runs, skipping runs without a value', () => {
    const s = summarizeSize(10000, 5.4, [run(400, 16, 30, 5), run(600, 18, null, 7), run(500, 17, 50, null)]);
    expect(s).toMatchObject({ events: 10000, runs: 3, readyMs: 500, p95FrameMs: 17, filterMs: 40, keyMs: 6, marks: 120, bins: 800 });
  });
});

describe('targetVerdicts(summary)', () => {
  it('compares with the issue targets for 10,000 and 100,000 events', () => {
    const s = summarizeSize(100000, 54, [run(1400, 40, 90, null)]);
    expect(targetVerdicts(s)).toEqual([
      '100,000 first render: 1400.0 ms (target ≤ 1500) PASS',
      '100,000 p95 frame: 40.0 ms (target ≤ 33) FAIL',
      '100,000 filter change: 90.0 ms (target ≤ 100) PASS',
      '100,000 next-event key: n/a ms (target ≤ 17) NOT MEASURED',
    ]);
    expect(targetVerdicts(summarizeSize(1000, 0.5, [run(100, 16, 5, 5)]))).toEqual([]);
  });
});

describe('formatTable(rows)', () => {
  it('prints one Markdown row per size, with dashes for missing values', () => {
    const table = formatTable([summarizeSize(1000, 0.54, [run(123.4, 16.71, null, 4)])]).split('\n');
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/^\| events \| data MB \| runs \| first render ms/);
    expect(table[2]).toBe('| 1,000 | 0.5 | 1 | 123 | 16.7 | 16.7 | 33.4 | – | 4.0 | 40.0 | 120 | 800 |');
  });
});
