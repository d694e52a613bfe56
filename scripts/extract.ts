/**
 * `npm run --silent extract -- --published YYYY-MM-DD [--id ID] [--actors FILE] FILE`
 * Prints only the JSON of the extractor's result (ExtractResult) to stdout.
 * Exit codes: 0 ok (warnings inside the JSON), 2 bad usage, unreadable, binary input or bad gazetteer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { extract } from '../src/extractor/index';
import { decodeInput } from '../src/extractor/decode';
import { isIsoDay } from '../src/lib/model/calendar';
import type { Actor } from '../src/lib/model/types';

/** Where the CLI reads files and writes output (injectable for tests). */
export interface CliIo {
  readFile(path: string): Uint8Array;
  exists(path: string): boolean;
  stdout(s: string): void;
  stderr(s: string): void;
}

const USAGE = 'usage: extract --published YYYY-MM-DD [--id ID] [--actors FILE] FILE';

/** Parses and checks a gazetteer file; throws an Error naming file, record and field. */
export function parseGazetteer(json: string, file: string): Actor[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of actors`);
  data.forEach((a: unknown, i: number) => {
    const rec = a as Record<string, unknown>;
    const where = `${file}: record ${i}${rec && typeof rec.id === 'string' ? ` (${rec.id})` : ''}`;
    if (!rec || typeof rec !== 'object') throw new Error(`${where}: not an object`);
    if (typeof rec.id !== 'string' || !rec.id) throw new Error(`${where}: field "id" must be a non-empty string`);
    if (typeof rec.name !== 'string' || !rec.name) throw new Error(`${where}: field "name" must be a non-empty string`);
    if (!['person', 'organization', 'state'].includes(String(rec.kind))) throw new Error(`${where}: field "kind" must be person, organization or state`);
    if (rec.aliases !== undefined && (!Array.isArray(rec.aliases) || rec.aliases.some((x) => typeof x !== 'string'))) throw new Error(`${where}: field "aliases" must be an array of strings`);
  });
  return (data as Actor[]).map((a) => ({ ...a, aliases: a.aliases ?? [], country: a.country ?? null }));
}

/** Runs the CLI with `argv` (arguments after the script name); returns the exit code. */
export function runCli(argv: string[], io: CliIo): number {
  let published: string | undefined;
  let id: string | undefined;
  let actorsFile: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    try {
      if (arg === '--published') published = value();
      else if (arg.startsWith('--published=')) published = arg.slice(12);
      else if (arg === '--id') id = value();
      else if (arg === '--actors') actorsFile = value();
      else if (arg === '--help' || arg === '-h') {
        io.stderr(USAGE);
        return 0;
      } else if (arg.startsWith('--')) {
        io.stderr(`extract: unknown option ${arg}. ${USAGE}`);
        return 2;
      } else files.push(arg);
    } catch (err) {
      io.stderr(`extract: ${(err as Error).message}. ${USAGE}`);
      return 2;
    }
  }
  if (published === undefined) {
    io.stderr(`extract: --published YYYY-MM-DD is required. ${USAGE}`);
    return 2;
  }
  if (!isIsoDay(published)) {
    io.stderr(`extract: --published must be a calendar day YYYY-MM-DD, got "${published}"`);
    return 2;
  }
  if (files.length !== 1) {
    io.stderr(`extract: expected exactly one input FILE, got ${files.length}. ${USAGE}`);
    return 2;
  }
  const file = files[0] as string;
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (err) {
    io.stderr(`extract: cannot read ${file}: ${(err as Error).message}`);
    return 2;
  }
  const decoded = decodeInput(bytes);
  if (!decoded.ok) {
    io.stderr(`extract: ${file}: ${decoded.reason}`);
    return 2;
  }
  let actors: Actor[] = [];
  const gazFile = actorsFile ?? (io.exists('data/actors.json') ? 'data/actors.json' : undefined);
  if (gazFile) {
    try {
      actors = parseGazetteer(new TextDecoder().decode(io.readFile(gazFile)), gazFile);
    } catch (err) {
      io.stderr(`extract: gazetteer ${(err as Error).message}`);
      return 2;
    }
  }
  const result = extract(decoded.text, { published, actors, ...(id ? { sourceId: id } : {}) });
  if (decoded.invalidUtf8) result.warnings.unshift(`${file}: invalid UTF-8; undecodable bytes were replaced with U+FFFD`);
  io.stdout(JSON.stringify(result, null, 2));
  return 0;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const code = runCli(process.argv.slice(2), {
    readFile: (p) => readFileSync(p),
    exists: (p) => existsSync(p),
    stdout: (s) => process.stdout.write(`${s}\n`),
    stderr: (s) => process.stderr.write(`${s}\n`),
  });
  process.exitCode = code;
}
