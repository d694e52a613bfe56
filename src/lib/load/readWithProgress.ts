/**
 * Reads a body as text while reporting progress: a `fetch` response (bytes counted against
 * Content-Length) or a user-picked `File`/`Blob`.
 */

/** Called with 0..1, or null when the total size is unknown. */
export type ProgressCallback = (fraction: number | null) => void;

async function readStream(stream: ReadableStream<Uint8Array>, total: number | null, onProgress: ProgressCallback): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress(total ? Math.min(1, received / total) : null);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Reads a fetch response body as text, reporting progress (null fraction when no Content-Length). */
export async function readResponseText(response: Response, onProgress: ProgressCallback): Promise<string> {
  const length = Number(response.headers.get('content-length'));
  // A compressed transfer reports the compressed length; progress is then only approximate.
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) return response.text();
  return readStream(response.body, total, onProgress);
}

/** Reads a file or blob as text, reporting progress. */
export async function readBlobText(blob: Blob, onProgress: ProgressCallback): Promise<string> {
  if (typeof blob.stream !== 'function') return blob.text();
  return readStream(blob.stream() as ReadableStream<Uint8Array>, blob.size || null, onProgress);
}
