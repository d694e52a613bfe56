import type { ExtractOptions, ExtractResult } from '../model/extraction';
import type { Actor, Source, SourceId, TimelineEvent } from '../model/types';

/** One source's extractor output. */
export interface ParsedSource {
  source: SourceId;
  result: ExtractResult;
}

/** The extractor entry point (`extract` from `src/extractor/index.ts`). */
export type ExtractFn = (text: string, opts: ExtractOptions) => ExtractResult;

/**
 * Joins curated events with the extractor's mentions: returns the full event list, where parsed
 * events have origin `parsed` and curated events confirmed by mentions `curated+parsed`.
 * Citations it adds must slice exactly (`source.text.slice(start, end) === quote`); the compiler checks.
 */
export type MergeParsed = (curated: TimelineEvent[], parsed: ParsedSource[], sources: Source[], actors: Actor[]) => TimelineEvent[];

/** The optional "parsed" stage of the compile pipeline. */
export interface ParseStage {
  extract: ExtractFn;
  merge: MergeParsed;
}
