import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { E2ETest } from './types';

/** A spec file and its tests. */
export interface Spec {
  /** File name, e.g. `foundation.e2e.ts`. */
  file: string;
  tests: E2ETest[];
}

/** The `*.e2e.ts` files directly in `dir`, in name order. */
export function specFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.e2e.ts'))
    .sort();
}

/** Imports a spec file and checks that it exports `tests: E2ETest[]`; throws a clear Error otherwise. */
export async function loadSpec(dir: string, file: string): Promise<Spec> {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { tests?: unknown };
  if (!Array.isArray(mod.tests)) throw new Error(`${file}: must export "tests", an array of { name, run }`);
  mod.tests.forEach((t: unknown, i) => {
    const ok = typeof t === 'object' && t !== null && typeof (t as E2ETest).name === 'string' && typeof (t as E2ETest).run === 'function';
    if (!ok) throw new Error(`${file}: tests[${i}] must be { name: string, run: async (ctx) => {...} }`);
  });
  return { file, tests: mod.tests as E2ETest[] };
}
