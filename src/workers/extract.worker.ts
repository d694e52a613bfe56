/// <reference lib="webworker" />
/** The extractor Web Worker: runs `extract` off the main thread and reports progress. */
import { extract } from '../extractor/index';
import type { ExtractRequest, ExtractResponse } from './extractProtocol';

const post = (msg: ExtractResponse) => (self as unknown as { postMessage(m: ExtractResponse): void }).postMessage(msg);

self.onmessage = (ev: MessageEvent<ExtractRequest>) => {
  const { text, published, sourceId, actors } = ev.data;
  let last = -1;
  try {
    const result = extract(text, {
      published,
      sourceId,
      actors,
      onProgress: (f) => {
        if (f - last >= 0.01 || f >= 1) {
          last = f;
          post({ type: 'progress', fraction: f });
        }
      },
    });
    post({ type: 'result', result });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
