import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A `readSource` callback for the compiler: reads a repository-relative path under `root` as UTF-8
 * (exactly, BOM and all). Refuses paths that leave `root` and files that are not valid UTF-8
 * (silently replacing bytes would shift what citations point at).
 */
export function sourceReader(root: string): (file: string) => string {
  return (file) => {
    const full = resolve(root, file);
    const rel = relative(root, full);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`path leaves the repository root`);
    const bytes = readFileSync(full);
    try {
      return utf8.decode(bytes);
    } catch {
      throw new Error('not valid UTF-8');
    }
  };
}
