/**
 * JS size of a vite build, gzipped: the initial load (entry scripts of index.html, their
 * modulepreloads and, transitively, their static imports) and, listed apart, every other
 * (lazy) chunk such as the extractor or workers. Data files are not counted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One JS file of the build. */
export interface JsFile {
  /** Path relative to the dist directory, with `/` separators. */
  file: string;
  bytes: number;
  gzip: number;
}

/** Initial and lazy JS of a build. */
export interface JsSizeReport {
  initial: JsFile[];
  lazy: JsFile[];
  initialGzip: number;
  initialBytes: number;
  lazyGzip: number;
}

/** Script and modulepreload URLs referenced by an HTML page (local ones only). */
export function htmlScriptRefs(html: string): string[] {
  const refs: string[] = [];
  const tag = /<(script|link)\b[^>]*>/gi;
  for (const m of html.matchAll(tag)) {
    const t = m[0];
    const isScript = m[1]!.toLowerCase() === 'script';
    const isPreload = /rel\s*=\s*["']?modulepreload/i.test(t);
    if (!isScript && !isPreload) continue;
    const url = /(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(t)?.[1];
    if (url && !/^[a-z]+:|^\/\//i.test(url) && url.endsWith('.js')) refs.push(url);
  }
  return refs;
}

/** Static import specifiers of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`); dynamic `import()` excluded. */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) out.add(m[1]!);
  return [...out];
}

function listJs(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'bench-data' && name !== 'data') out.push(...listJs(p, base));
    } else if (name.endsWith('.js') || name.endsWith('.mjs')) out.push(relative(base, p).split('\\').join('/'));
  }
  return out.sort();
}

function sizeOf(dist: string, file: string): JsFile {
  const buf = readFileSync(join(dist, file));
  return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** Measures the build in `dist` (needs `dist/index.html`). */
export function measureJsSize(dist: string): JsSizeReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set<string>();
  const queue = htmlScriptRefs(html).map((u) => posix.normalize(u.replace(/^\.?\//, '')));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (initial.has(file)) continue;
    initial.add(file);
    let code: string;
    try {
      code = readFileSync(join(dist, file), 'utf8');
    } catch {
      throw new Error(`bench: ${join(dist, 'index.html')} references ${file}, which is not in the build`);
    }
    for (const spec of staticImports(code)) {
      if (spec.startsWith('.')) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
    }
  }
  const all = listJs(dist);
  const init = [...initial].sort().map((f) => sizeOf(dist, f));
  const lazy = all.filter((f) => !initial.has(f)).map((f) => sizeOf(dist, f));
  const sum = (xs: JsFile[], k: 'bytes' | 'gzip'): number => xs.reduce((s, x) => s + x[k], 0);
  return { initial: init, lazy, initialGzip: sum(init, 'gzip'), initialBytes: sum(init, 'bytes'), lazyGzip: sum(lazy, 'gzip') };
}
