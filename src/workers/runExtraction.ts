import type { ExtractResult } from '../lib/model/extraction';
import type { ExtractRequest, ExtractResponse } from './extractProtocol';

/** Runs the extractor; rejects with an `AbortError` DOMException when `signal` aborts. */
export type ExtractRunner = (req: ExtractRequest, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<ExtractResult>;

/** The minimal Worker surface used here (so tests can pass a fake). */
export interface WorkerLike {
  postMessage(msg: ExtractRequest): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent<ExtractResponse>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
}

/** Builds a runner over a worker factory: one fresh worker per run, terminated when done or cancelled. */
export function workerRunner(makeWorker: () => WorkerLike): ExtractRunner {
  return (req, onProgress, signal) =>
    new Promise<ExtractResult>((resolve, reject) => {
      if (signal.aborted) {
        reject(new DOMException('Extraction cancelled', 'AbortError'));
        return;
      }
      const w = makeWorker();
      const finish = () => {
        w.terminate();
        signal.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        finish();
        reject(new DOMException('Extraction cancelled', 'AbortError'));
      };
      signal.addEventListener('abort', onAbort);
      w.onmessage = (ev) => {
        const m = ev.data;
        if (m.type === 'progress') onProgress(m.fraction);
        else if (m.type === 'result') {
          finish();
          resolve(m.result);
        } else {
          finish();
          reject(new Error(`The extractor failed: ${m.message}`));
        }
      };
      w.onerror = (ev) => {
        finish();
        reject(new Error(`The extractor worker failed: ${ev.message || 'unknown error'}`));
      };
      w.postMessage(req);
    });
}

/** The app's runner: the extractor in a module Web Worker (a lazily loaded chunk). */
export const defaultExtractRunner: ExtractRunner = workerRunner(
  () => new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike,
);
