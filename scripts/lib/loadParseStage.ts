import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractFn, MergeParsed, ParseStage } from '../../src/lib/compile/mergeParsedStep';

/**
 * The hook for the "parsed" half of the dataset: loads `extract` from src/extractor/index.ts and
 * `mergeParsed` from src/extractor/merge.ts when both exist. Returns null (with the reason) when the
 * extractor is not there yet, so the build still produces the curated dataset.
 */
export async function loadParseStage(root: string): Promise<{ stage: ParseStage } | { stage: null; reason: string }> {
  const indexPath = resolve(root, 'src/extractor/index.ts');
  const mergePath = resolve(root, 'src/extractor/merge.ts');
  if (!existsSync(indexPath) || !existsSync(mergePath)) return { stage: null, reason: 'src/extractor/index.ts or merge.ts not found' };
  const index = (await import(pathToFileURL(indexPath).href)) as { extract?: unknown };
  const merge = (await import(pathToFileURL(mergePath).href)) as { mergeParsed?: unknown };
  if (typeof index.extract !== 'function') return { stage: null, reason: 'src/extractor/index.ts does not export extract()' };
  if (typeof merge.mergeParsed !== 'function') return { stage: null, reason: 'src/extractor/merge.ts does not export mergeParsed()' };
  return { stage: { extract: index.extract as ExtractFn, merge: merge.mergeParsed as MergeParsed } };
}
