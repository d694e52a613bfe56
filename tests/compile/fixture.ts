// Loads the small valid fixture (tests/fixtures/compile/valid) as plain objects that a test can
// break, and compiles them with an in-memory readSource.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileDataset, type CompileResult } from '../../src/lib/compile/compileDataset';

export const repoRoot = resolve(__dirname, '../..');
export const validDir = resolve(repoRoot, 'tests/fixtures/compile/valid');

/** Mutable copies of the valid fixture's three files. */
export interface FixtureData {
  sources: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

export function loadFixture(): FixtureData {
  const read = (name: string) => JSON.parse(readFileSync(resolve(validDir, name), 'utf8')) as Record<string, unknown>[];
  return { sources: read('sources.json'), actors: read('actors.json'), events: read('events.json') };
}

/** Reads fixture source files relative to the repository root. */
export function readSource(file: string): string {
  return readFileSync(resolve(repoRoot, file), 'utf8');
}

export function compileFixture(data: FixtureData, raw: Partial<Record<'sourcesJson' | 'actorsJson' | 'eventsJson', string>> = {}): CompileResult {
  return compileDataset({
    sourcesJson: raw.sourcesJson ?? JSON.stringify(data.sources),
    actorsJson: raw.actorsJson ?? JSON.stringify(data.actors),
    eventsJson: raw.eventsJson ?? JSON.stringify(data.events),
    readSource,
  });
}

/** The error lines of a compile that must fail. */
export function errorsOf(result: CompileResult): string[] {
  if (result.ok) throw new Error('expected the compile to fail, but it succeeded');
  return result.errors;
}

/** The event with the given id in the fixture (for mutation). */
export function eventById(data: FixtureData, id: string): Record<string, unknown> & { citations: Record<string, unknown>[]; dateClaims: Record<string, unknown>[] } {
  const e = data.events.find((x) => x.id === id);
  if (!e) throw new Error(`no fixture event ${id}`);
  return e as never;
}
