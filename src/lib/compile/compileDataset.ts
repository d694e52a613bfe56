/**
 * The compile pipeline behind `npm run build:data`, as one pure function (no file system: the
 * caller passes the JSON texts and a `readSource` callback).
 *
 * Steps: parse + validate each file → sources (text, boilerplate spans) → actors → curated events
 * (quotes → offsets, date claims, corroboration) → optional parse stage (extractor + merge) →
 * contract checks on merged events → corroboration → sort.
 */
import type { Actor, Dataset, Source, TimelineEvent } from '../model/types';
import { personActors, usedPeople } from '../model/personActors';
import { checkMergedEvents } from './checkMergedEvents';
import { compileActors } from './compileActors';
import { compileEvents } from './compileEvents';
import { compileSources, type ReadSource } from './compileSources';
import { computeCorroboration } from '../model/corroboration';
import { errorLine } from './errorLine';
import { actorInputSchema, eventInputSchema, sourceInputSchema } from '../model/schema';
import type { ParsedSource, ParseStage } from './mergeParsedStep';
import { parseRecords } from './parseRecords';
import { sortEvents } from './sortEvents';

/** Names of the three input files, used in error lines. */
export interface InputFileNames {
  sources: string;
  actors: string;
  events: string;
}

/** The default input file names (relative to the repository root). */
export const DEFAULT_FILES: InputFileNames = { sources: 'data/sources.json', actors: 'data/actors.json', events: 'data/events.json' };

/** Everything the compiler reads. */
export interface CompileInput {
  sourcesJson: string;
  actorsJson: string;
  eventsJson: string;
  /** Returns the full text of a source file given its `file` path from sources.json; throws when unreadable. */
  readSource: ReadSource;
  /** File names for error lines; defaults to {@link DEFAULT_FILES}. */
  files?: Partial<InputFileNames>;
  /** The extractor and merge step; without it the dataset holds curated events only. */
  parse?: ParseStage;
}

/** The compiled dataset plus non-fatal warnings, or every error found. */
export type CompileResult = { ok: true; dataset: Dataset; warnings: string[] } | { ok: false; errors: string[]; warnings: string[] };

/** Validates the curated input and compiles it into the dataset contract (`version: 1`). */
export function compileDataset(input: CompileInput): CompileResult {
  const files = { ...DEFAULT_FILES, ...input.files };
  const errors: string[] = [];
  const warnings: string[] = [];

  const sourceFile = parseRecords(files.sources, 'source', input.sourcesJson, sourceInputSchema, errors);
  const actorFile = parseRecords(files.actors, 'actor', input.actorsJson, actorInputSchema, errors);
  const eventFile = parseRecords(files.events, 'event', input.eventsJson, eventInputSchema, errors);

  const compiledSources = compileSources(files.sources, sourceFile.records, input.readSource, errors);
  const actors = compileActors(actorFile.records);
  const curated = compileEvents(
    files.events,
    eventFile.records,
    {
      sources: compiledSources,
      sourceIds: sourceFile.readable ? sourceFile.ids : null,
      actorIds: actorFile.readable ? actorFile.ids : null,
      actorCountries: new Map(actors.map((a) => [a.id, a.country])),
    },
    errors,
    warnings,
  );
  if (errors.length > 0) return { ok: false, errors, warnings };

  const sources = sourceFile.records.map((r) => (compiledSources.get(r.value.id) as { source: Source }).source);
  let events: TimelineEvent[] = curated;
  let people: Actor[] = [];
  if (input.parse) {
    const run = runParseStage(input.parse, curated, sources, actors, errors);
    if (run) {
      const merged = run.events;
      // people outside the gazetteer that parsed events name: one actor record each, sorted by id
      people = usedPeople(personActors(run.parsed.map((p) => p.result), actors), merged);
      const byId = new Map(sources.map((s) => [s.id, s]));
      checkMergedEvents('extractor', merged, byId, new Set([...actors, ...people].map((a) => a.id)), errors, warnings);
      events = merged.map((e) => ({ ...e, corroboration: computeCorroboration(e.citations, byId) }));
    }
    if (errors.length > 0) return { ok: false, errors, warnings };
  }

  return { ok: true, dataset: { version: 1, sources, actors: [...actors, ...people], events: sortEvents(events) }, warnings };
}

/** Runs the extractor over every source and merges its mentions with the curated events; reports failures as errors. */
function runParseStage(
  stage: ParseStage,
  curated: TimelineEvent[],
  sources: Source[],
  actors: Dataset['actors'],
  errors: string[],
): { events: TimelineEvent[]; parsed: ParsedSource[] } | null {
  const parsed: ParsedSource[] = [];
  for (const source of sources) {
    try {
      parsed.push({ source: source.id, result: stage.extract(source.text, { published: source.published, sourceId: source.id, actors }) });
    } catch (e) {
      errors.push(errorLine('extractor', `source "${source.id}"`, null, `extract failed: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  if (errors.length > 0) return null;
  try {
    return { events: stage.merge(curated, parsed, sources, actors), parsed };
  } catch (e) {
    errors.push(errorLine('extractor', null, null, `merge failed: ${e instanceof Error ? e.message : String(e)}`));
    return null;
  }
}
