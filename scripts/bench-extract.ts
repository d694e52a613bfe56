/**
 * `npm run bench:extract [-- --runs N]`: extractor throughput in KB of text per second.
 * Median of N (default 7, at least 5) runs over (1) the seed corpus, one report at a time, and
 * (2) a ~1 MB synthetic concatenation of the corpus reports. Also prints KB per CPU second, which is
 * steadier than wall time on a shared machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract } from '../src/extractor/index';
import type { Actor } from '../src/lib/model/types';

const root = process.cwd();
const runsArg = process.argv.indexOf('--runs');
const runs = Math.max(5, runsArg > 0 ? Number(process.argv[runsArg + 1]) || 7 : 7);
const sources = JSON.parse(readFileSync(join(root, 'data/sources.json'), 'utf8')) as { id: string; file: string; published: string }[];
const actors: Actor[] = existsSync(join(root, 'data/actors.json')) ? JSON.parse(readFileSync(join(root, 'data/actors.json'), 'utf8')) : [];
const texts = sources.map((s) => ({ ...s, text: readFileSync(join(root, s.file), 'utf8') }));

const bytes = (s: string) => new TextEncoder().encode(s).length;
const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function bench(name: string, size: number, fn: () => void): void {
  fn(); // warm-up
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    fn();
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    rates.push(size / 1024 / (ms / 1000));
    cpuRates.push(size / 1024 / ((c.user + c.system) / 1e6));
  }
  console.log(
    `${name.padEnd(36)} ${(size / 1024).toFixed(1).padStart(8)} KB   median ${median(rates).toFixed(0).padStart(6)} KB/s wall` +
      `   (min ${Math.min(...rates).toFixed(0)}, max ${Math.max(...rates).toFixed(0)}, ${runs} runs; ${median(cpuRates).toFixed(0)} KB/s per CPU second)`,
  );
}

const corpusSize = texts.reduce((n, t) => n + bytes(t.text), 0);
bench('seed corpus (5 reports)', corpusSize, () => {
  for (const t of texts) extract(t.text, { published: t.published, actors, sourceId: t.id });
});

const parts: string[] = [];
let size = 0;
for (let i = 0; size < 1_000_000; i++) {
  const t = texts[i % texts.length] as { text: string };
  parts.push(t.text);
  size += bytes(t.text) + 2;
}
const big = parts.join('\n\n');
bench('synthetic concatenation (~1 MB)', bytes(big), () => {
  extract(big, { published: '2022-03-20', actors });
});
