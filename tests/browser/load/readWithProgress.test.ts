import { describe, expect, it } from 'vitest';
import { readBlobText, readResponseText } from '../../../src/browser/load/readWithProgress';

/** A response whose body arrives in the given byte chunks. */
function chunkedResponse(chunks: Uint8Array[], contentLength: number | null): Response {
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (i < chunks.length) c.enqueue(chunks[i++]!);
      else c.close();
    },
  });
  return new Response(body, contentLength === null ? {} : { headers: { 'content-length': String(contentLength) } });
}

function split(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

describe('readResponseText(response, onProgress)', () => {
  it('decodes UTF-8 characters split across chunk boundaries', async () => {
    const text = '{"title":"習近平 – Xi in Moscow… «ok»"}'.repeat(50);
    const bytes = new TextEncoder().encode(text);
    expect(await readResponseText(chunkedResponse(split(bytes, 7), bytes.length), () => {})).toBe(text);
  });

  it('reports rising progress ending at 1, at most about once per percent', async () => {
    const bytes = new TextEncoder().encode('x'.repeat(100_000));
    const progress: (number | null)[] = [];
    const text = await readResponseText(chunkedResponse(split(bytes, 50), bytes.length), (p) => progress.push(p));
    expect(text).toHaveLength(100_000);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeLessThanOrEqual(101);
    expect(progress.length).toBeGreaterThanOrEqual(50);
    for (let i = 1; i < progress.length; i++) expect(progress[i]!).toBeGreaterThan(progress[i - 1]!);
  });

  it('reads the whole body when Content-Length undercounts it (compressed transfer), progress capped at 1', async () => {
    const bytes = new TextEncoder().encode('abcdefghij'.repeat(1000));
    const progress: (number | null)[] = [];
    const text = await readResponseText(chunkedResponse(split(bytes, 999), 2000), (p) => progress.push(p));
    expect(text).toBe('abcdefghij'.repeat(1000));
    expect(Math.max(...progress.map((p) => p ?? 0))).toBe(1);
  });

  it('reports null progress without a Content-Length and still reads everything', async () => {
    const bytes = new TextEncoder().encode('{"version":1}');
    const progress: (number | null)[] = [];
    expect(await readResponseText(chunkedResponse(split(bytes, 4), null), (p) => progress.push(p))).toBe('{"version":1}');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p === null)).toBe(true);
  });
});

describe('readBlobText(blob, onProgress)', () => {
  it('reads a file or blob with progress to 1', async () => {
    const text = 'Ünïcödé '.repeat(10_000);
    const progress: (number | null)[] = [];
    expect(await readBlobText(new Blob([text]), (p) => progress.push(p))).toBe(text);
    expect(progress.at(-1)).toBe(1);
  });
});
