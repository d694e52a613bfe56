import { describe, expect, it } from 'vitest';
import { workerRunner, type WorkerLike } from '../../src/workers/runExtraction';
import type { ExtractRequest, ExtractResponse } from '../../src/workers/extractProtocol';

class FakeWorker implements WorkerLike {
  onmessage: ((ev: MessageEvent<ExtractResponse>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  posted: ExtractRequest[] = [];
  terminated = false;
  postMessage(msg: ExtractRequest) {
    this.posted.push(msg);
  }
  terminate() {
    this.terminated = true;
  }
  send(m: ExtractResponse) {
    this.onmessage?.({ data: m } as MessageEvent<ExtractResponse>);
  }
}

const req: ExtractRequest = { text: 'Text', published: '2022-03-01', sourceId: 's', actors: [] };

describe('workerRunner(makeWorker)', () => {
  it('posts the request, forwards progress, resolves with the result and terminates the worker', async () => {
    const w = new FakeWorker();
    const progress: number[] = [];
    const p = workerRunner(() => w)(req, (f) => progress.push(f), new AbortController().signal);
    expect(w.posted).toEqual([req]);
    w.send({ type: 'progress', fraction: 0.5 });
    w.send({ type: 'result', result: { published: '2022-03-01', timexes: [], mentions: [], warnings: [] } });
    await expect(p).resolves.toMatchObject({ published: '2022-03-01' });
    expect(progress).toEqual([0.5]);
    expect(w.terminated).toBe(true);
  });
  it('terminates the worker on cancel and rejects with AbortError', async () => {
    const w = new FakeWorker();
    const ctl = new AbortController();
    const p = workerRunner(() => w)(req, () => {}, ctl.signal);
    ctl.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(w.terminated).toBe(true);
  });
  it('rejects with the extractor error message', async () => {
    const w = new FakeWorker();
    const p = workerRunner(() => w)(req, () => {}, new AbortController().signal);
    w.send({ type: 'error', message: 'boom' });
    await expect(p).rejects.toThrow('The extractor failed: boom');
  });
});
