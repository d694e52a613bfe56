/**
 * `npm run bench [-- --sizes 1000,10000,100000 --runs 3 --json FILE --smoke --profile]`
 * Builds the app, generates synthetic datasets into dist/bench-data/, serves dist/ on 127.0.0.1,
 * and measures the built app in headless chromium (see README, "Performance").
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseBenchArgs, type BenchArgs } from './bench/args';
import { launchChromium } from '../tests/e2e/lib/launchChromium';
import { measureJsSize, type JsSizeReport } from './bench/jsSize';
import { runOnce, type RunResult } from './bench/measure';
import { topSelfTime, type FrameNamer } from './bench/profile';
import { parseSourceMap } from './bench/sourceMap';
import { mainThreadSelfTime, type TraceEvent } from './bench/trace';
import { INITIAL_JS_BUDGET, formatTable, summarizeSize, targetVerdicts, type SizeSummary } from './bench/report';
import { serveStatic } from '../tests/e2e/lib/staticServer';
import { median } from './bench/stats';
import { writeSyntheticFile } from './gen-synthetic';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench-results');
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

function log(msg: string): void {
  console.log(`[bench] ${msg}`);
}

function build(dist: string): void {
  const extra = dist === join(ROOT, 'dist') ? [] : ['--', '--outDir', dist, '--emptyOutDir'];
  log(`npm run build ${extra.join(' ')}`);
  const r = spawnSync('npm', ['run', 'build', ...extra], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status ?? r.signal})`);
}

function printJs(js: JsSizeReport): void {
  log(`initial JS (entry + static imports): ${kb(js.initialGzip)} gzip, ${kb(js.initialBytes)} raw — budget ${kb(INITIAL_JS_BUDGET)} ${js.initialGzip <= INITIAL_JS_BUDGET ? 'PASS' : 'FAIL'}`);
  for (const f of js.initial) log(`  initial ${f.file}: ${kb(f.gzip)} gzip`);
  for (const f of js.lazy) log(`  lazy    ${f.file}: ${kb(f.gzip)} gzip`);
}

/** Names profile frames of the built bundle by their source-mapped file, line and name. */
function sourceMapNamer(dist: string): FrameNamer {
  const maps = new Map<string, ReturnType<typeof parseSourceMap> | null>();
  return (fn, url, line, column) => {
    let path: string;
    try {
      path = join(dist, decodeURIComponent(new URL(url).pathname));
    } catch {
      return null;
    }
    if (!maps.has(path)) {
      try {
        maps.set(path, parseSourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))));
      } catch {
        maps.set(path, null);
      }
    }
    const pos = maps.get(path)?.lookup(line, column);
    if (!pos) return null;
    const source = pos.source.replace(/^.*?\b(src|node_modules)\//, '$1/');
    return `${pos.name ?? (fn || '(anonymous)')} (${source}:${pos.line + 1})`;
  };
}

async function main(args: BenchArgs): Promise<void> {
  const DIST = resolve(ROOT, args.dist);
  if (args.build) build(DIST);
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${join(DIST, 'index.html')} is missing: run without --no-build`);
  const js = measureJsSize(DIST);
  printJs(js);
  mkdirSync(RESULTS, { recursive: true });

  const files = new Map<number, number>();
  for (const n of args.sizes) {
    const out = join(DIST, 'bench-data', `${n}.json`);
    const bytes = writeSyntheticFile(n, args.seed, out);
    files.set(n, bytes / 1e6);
    log(`generated ${n} events (seed ${args.seed}): ${(bytes / 1e6).toFixed(1)} MB`);
  }

  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  const chromiumVersion = browser.version();
  log(`serving ${DIST} at ${server.url}; chromium ${chromiumVersion}`);
  const perSize: { events: number; runs: RunResult[]; summary: SizeSummary }[] = [];
  const profiles: Record<string, ReturnType<typeof topSelfTime>> = {};
  let traceSummary: ReturnType<typeof mainThreadSelfTime> | null = null;
  try {
    for (const n of args.sizes) {
      const runs: RunResult[] = [];
      for (let i = 0; i < args.runs; i++) {
        const r = await runOnce(browser, {
          url: `${server.url}/?data=bench-data/${n}.json`,
          screenshot: i === 0 ? join(RESULTS, `bench-${n}.png`) : null,
          profile: false,
          steps: 60,
          readyTimeoutMs: 180_000,
        });
        runs.push(r);
        log(
          `${n} run ${i + 1}: DOMContentLoaded ${r.milestones.domContentLoaded?.toFixed(0) ?? '–'} ms, data fetched ${r.milestones.dataFetched?.toFixed(0) ?? '–'} ms, ready ${r.readyMs?.toFixed(0) ?? '–'} ms` +
            (Object.keys(r.measures).length ? ` (${Object.entries(r.measures).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')})` : '') +
            `, frames p95 ${r.frames.p95.toFixed(1)} ms (${r.frames.frames} frames), ` +
            `filter ${r.filterMs?.toFixed(1) ?? '–'} ms, key ${r.keyMs?.toFixed(1) ?? '–'} ms, heap ${r.heapMB?.toFixed(1) ?? '–'} MB, ` +
            `marks/bins ${r.atLoad?.marks ?? '–'}/${r.atLoad?.bins ?? '–'}` +
            (r.notes.length ? ` — ${r.notes.join('; ')}` : '') +
            (r.consoleErrors.length ? ` — ${r.consoleErrors.length} console errors: ${r.consoleErrors[0]}` : ''),
        );
      }
      perSize.push({ events: n, runs, summary: summarizeSize(n, files.get(n)!, runs) });
    }
    if (args.profile) {
      const n = Math.max(...args.sizes);
      log(`profiling load, zoom/pan and filter at ${n} events`);
      const r = await runOnce(browser, { url: `${server.url}/?data=bench-data/${n}.json`, screenshot: null, profile: true, steps: 60, readyTimeoutMs: 180_000 });
      const t = await runOnce(browser, { url: `${server.url}/?data=bench-data/${n}.json`, screenshot: null, profile: false, trace: true, steps: 60, readyTimeoutMs: 180_000 });
      if (t.zoomTrace) {
        const file = join(RESULTS, `zoom-${n}.trace.json`);
        writeFileSync(file, t.zoomTrace);
        const parsed = JSON.parse(t.zoomTrace) as { traceEvents?: TraceEvent[] } | TraceEvent[];
        const summary = mainThreadSelfTime(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []), 20);
        traceSummary = summary;
        log(`zoom/pan trace at ${n} events written to ${file} (open in https://ui.perfetto.dev): main thread busy ${summary.totalMs.toFixed(0)} ms; self time by event:`);
        for (const sl of summary.slices) log(`  ${sl.selfMs.toFixed(1).padStart(8)} ms  ${sl.name} ×${sl.count}`);
      }
      if (!r.profiles?.zoom) log(`no profile recorded: ${r.notes.join('; ')}`);
      const namer = sourceMapNamer(DIST);
      for (const [phase, profile] of Object.entries(r.profiles ?? {})) {
        if (!profile) continue;
        const file = join(RESULTS, `${phase}-${n}.cpuprofile`);
        writeFileSync(file, JSON.stringify(profile));
        const summary = topSelfTime(profile, 20, namer);
        profiles[phase] = summary;
        log(`${phase} profile at ${n} events written to ${file}: ${summary.totalMs.toFixed(0)} ms busy, ${summary.idleMs.toFixed(0)} ms idle; top self time:`);
        for (const f of summary.functions) log(`  ${f.selfMs.toFixed(1).padStart(8)} ms ${f.percent.toFixed(1).padStart(5)}%  ${f.fn}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const rows = perSize.map((p) => p.summary);
  console.log(`\nMedians over ${args.runs} run(s), ${new Date().toISOString().slice(0, 10)}, chromium ${chromiumVersion}, ${cpus().length} cores, Node ${process.versions.node}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  console.log(formatTable(rows));
  console.log(`\ninitial JS ${kb(js.initialGzip)} gzip (budget ${kb(INITIAL_JS_BUDGET)}), lazy chunks ${kb(js.lazyGzip)} gzip`);
  for (const line of rows.flatMap(targetVerdicts)) console.log(line);

  if (args.json) {
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, loadavg: loadavg(), cpuModel: cpus()[0]?.model ?? null, memGB: totalmem() / 2 ** 30, node: process.versions.node, chromium: chromiumVersion },
      options: { sizes: args.sizes, runs: args.runs, seed: args.seed, smoke: args.smoke },
      js,
      sizes: perSize.map((p) => ({
        ...p.summary,
        measuresMedian: Object.fromEntries(
          [...new Set(p.runs.flatMap((r) => Object.keys(r.measures)))].map((k) => [k, median(p.runs.map((r) => r.measures[k]))]),
        ),
        perRun: p.runs,
      })),
      profiles,
      zoomTrace: traceSummary,
    };
    mkdirSync(resolve(args.json, '..'), { recursive: true });
    writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${args.json} (${(statSync(args.json).size / 1024).toFixed(0)} KB)`);
  }
  const broken = perSize.filter((p) => p.runs.some((r) => r.readyMs === null));
  if (broken.length > 0) {
    throw new Error(`the app never marked 'timeline-ready' for ${broken.map((b) => b.events).join(', ')} events (see notes above)`);
  }
}

try {
  await main(parseBenchArgs(process.argv.slice(2)));
} catch (e) {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
