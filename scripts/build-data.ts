/**
 * `npm run build:data [-- --data DIR --out FILE --root DIR --no-parse]`
 * Validates data/sources.json, data/actors.json and data/events.json, resolves every quote to
 * offsets and writes the compiled dataset (public/data/timeline.json, contract: src/lib/model/types.ts).
 * Every problem is printed as one line naming file, record and field; exit 1 on errors, 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDataset } from '../src/lib/compile/compileDataset';
import { serializeDataset } from '../src/lib/compile/serializeDataset';
import { BUILD_DATA_USAGE, parseBuildDataArgs, type BuildDataArgs } from './lib/buildDataArgs';
import { extractorParseStage } from './lib/extractorParseStage';
import { sourceReader } from './lib/sourceReader';
import { writeFileAtomic } from './lib/writeFileAtomic';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  let args: BuildDataArgs;
  try {
    args = parseBuildDataArgs(process.argv.slice(2), { dataDir: 'data', out: 'public/data/timeline.json', root: repoRoot, parse: true });
  } catch (e) {
    console.error(`build-data: ${(e as Error).message}\n${BUILD_DATA_USAGE}`);
    return 2;
  }
  const root = resolve(args.root);
  const names = {
    sources: join(args.dataDir, 'sources.json'),
    actors: join(args.dataDir, 'actors.json'),
    events: join(args.dataDir, 'events.json'),
  };
  const texts: Record<string, string> = {};
  const readErrors: string[] = [];
  for (const [key, file] of Object.entries(names)) {
    try {
      texts[key] = readFileSync(file, 'utf8');
    } catch (e) {
      readErrors.push(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  if (readErrors.length > 0) return fail(readErrors);

  const result = compileDataset({
    sourcesJson: texts.sources as string,
    actorsJson: texts.actors as string,
    eventsJson: texts.events as string,
    readSource: sourceReader(root),
    files: names,
    ...(args.parse ? { parse: extractorParseStage() } : {}),
  });
  for (const w of result.warnings) console.error(`warning: ${w}`);
  if (!result.ok) return fail(result.errors);

  const { dataset } = result;
  writeFileAtomic(args.out, serializeDataset(dataset));
  const citations = dataset.events.reduce((n, e) => n + e.citations.length, 0);
  const byOrigin = new Map<string, number>();
  for (const e of dataset.events) byOrigin.set(e.origin, (byOrigin.get(e.origin) ?? 0) + 1);
  const origins = [...byOrigin].map(([o, n]) => `${n} ${o}`).join(', ');
  console.log(
    `build-data: wrote ${shownPath(args.out)}: ${dataset.sources.length} sources, ${dataset.actors.length} actors, ` +
      `${dataset.events.length} events (${origins || 'none'}), ${citations} citations`,
  );
  return 0;
}

/** A path relative to the working directory when it lies under it, else absolute. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel === '' || rel.startsWith('..') ? resolve(path) : rel;
}

function fail(errors: string[]): number {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`build-data: ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing written`);
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`build-data: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  },
);
