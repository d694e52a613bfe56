/**
 * `npm run gen:synthetic -- --events N --seed S --out FILE`
 * Writes a valid, deterministic synthetic dataset (compiled contract, version 1), streaming it to disk.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { syntheticDatasetJson } from '../src/lib/synthetic/generate';

const USAGE = 'usage: npm run gen:synthetic -- --events N --seed S --out FILE';

function parseArgs(argv: string[]): { events: number; seed: string; out: string } {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}"\n${USAGE}`);
    const [key, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${key} needs a value\n${USAGE}`);
    args.set(key, value);
  }
  for (const key of args.keys()) {
    if (!['events', 'seed', 'out'].includes(key)) throw new Error(`unknown option --${key}\n${USAGE}`);
  }
  const events = Number(args.get('events'));
  if (!args.has('events') || !Number.isInteger(events) || events < 0) {
    throw new Error(`--events must be a non-negative integer\n${USAGE}`);
  }
  const out = args.get('out');
  if (!out) throw new Error(`--out FILE is required\n${USAGE}`);
  return { events, seed: args.get('seed') ?? '1', out };
}

/** Writes the dataset for `events`/`seed` to `out`; returns the number of bytes written. */
export function writeSyntheticFile(events: number, seed: string, out: string): number {
  mkdirSync(dirname(out), { recursive: true });
  const fd = openSync(out, 'w');
  let bytes = 0;
  try {
    for (const chunk of syntheticDatasetJson({ events, seed })) bytes += writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) {
  try {
    const { events, seed, out } = parseArgs(process.argv.slice(2));
    const t0 = performance.now();
    const bytes = writeSyntheticFile(events, seed, out);
    const ms = performance.now() - t0;
    console.log(`wrote ${out}: ${events} events, seed ${seed}, ${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(`gen:synthetic: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
