import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * A `readSource` callback for the compiler: reads a repository-relative path under `root` as UTF-8
 * (exactly, BOM and all). Refuses paths that leave `root`.
 */
export function sourceReader(root: string): (file: string) => string {
  return (file) => {
    const full = resolve(root, file);
    const rel = relative(root, full);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`path leaves the repository root`);
    return readFileSync(full, 'utf8');
  };
}
