/** No module of src/ imports itself through others (e.g. store.ts ↔ workspaceSlice.ts), type-only imports included. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Cycles inside folders being reworked by other branches, to be removed there (reported to the lead). */
const KNOWN = new Set(['src/timeline/layoutFrame.ts → src/timeline/clusterBadges.ts → src/timeline/layoutFrame.ts']);

describe('import graph of src/', () => {
  it('has no cycles', () => {
    const files = sourceFiles(resolve('src'));
    const edges = new Map<string, string[]>();
    for (const f of files) {
      const specs = [...readFileSync(f, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)].map((m) => m[1]!);
      edges.set(f, specs.map((s) => resolveImport(f, s)).filter((x): x is string => x !== null));
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const g of edges.get(f) ?? []) {
        if (state.get(g) === 'open') cycles.push([...stack.slice(stack.indexOf(g)), g].map((x) => relative(process.cwd(), x)).join(' → '));
        else if (!state.has(g)) visit(g);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles.filter((c) => !KNOWN.has(c))).toEqual([]);
  });
});
