import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createDatelineStore } from '../../../src/store/store';
import { StoreContext } from '../../../src/store/react';
import { ExtractorContext } from '../../../src/components/workspace/ExtractorContext';
import type { ExtractRunner } from '../../../src/workers/runExtraction';
import type { ExtractResult, Mention } from '../../../src/lib/model/extraction';
import { baseDataset } from '../../lib/workspace/fixtures';

/** A controllable fake extractor: resolves when the test calls `finish`, rejects on abort. */
export function fakeRunner(makeResult: (text: string) => ExtractResult) {
  const calls: { text: string; published: string; progress: (f: number) => void; finish: () => void; aborted: () => boolean }[] = [];
  const runner: ExtractRunner = (req, onProgress, signal) =>
    new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
      calls.push({ text: req.text, published: req.published, progress: onProgress, finish: () => resolve(makeResult(req.text)), aborted: () => signal.aborted });
    });
  return { runner, calls };
}

/** A mention of `quote` in `text` (first occurrence). */
export function mentionOf(text: string, quote: string, over: Partial<Mention> = {}): Mention {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return {
    start, end: start + quote.length, text: quote, timex: null, date: { start: '2022-03-18', end: '2022-03-18', precision: 'day' },
    actors: [], actorIds: [], countries: [], type: 'STATEMENT', confidence: 0.7, boilerplate: false, ...over,
  };
}

/** Renders `ui` with a fresh store holding the small fixture dataset and the given extractor. */
export function renderWithStore(ui: ReactElement, runner?: ExtractRunner) {
  const store = createDatelineStore();
  store.getState().setDataset(baseDataset());
  const wrapped = runner ? <ExtractorContext.Provider value={runner}>{ui}</ExtractorContext.Provider> : ui;
  const utils = render(<StoreContext.Provider value={store}>{wrapped}</StoreContext.Provider>);
  return { store, ...utils };
}
