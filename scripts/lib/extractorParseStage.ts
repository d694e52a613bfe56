import { extract } from '../../src/extractor/index';
import { mergeParsed } from '../../src/extractor/merge/merge';
import type { ParseStage } from '../../src/lib/compile/mergeParsedStep';

/**
 * The "parsed" half of the dataset: the extractor (src/extractor/index.ts) run over every source,
 * and its merge with the curated events (src/extractor/merge/merge.ts), adapted to the compiler's
 * {@link ParseStage} hook.
 */
export function extractorParseStage(): ParseStage {
  return {
    extract,
    merge: (curated, parsed, sources, actors) => {
      const byId = new Map(sources.map((s) => [s.id, s]));
      const results = parsed.map((p) => {
        const source = byId.get(p.source);
        if (!source) throw new Error(`extractor output for unknown source "${p.source}"`);
        return { source, result: p.result };
      });
      return mergeParsed({ curated, results, actors });
    },
  };
}
