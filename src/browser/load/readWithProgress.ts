/**
 * Reads a body as text while reporting progress: a `fetch` response (bytes counted against
 * Content-Length) or a user-picked `File`/`Blob`.
 */

/** Called with 0..1, or null when the total size is unknown. */
export type ProgressCallback = (fraction: number | null) => void;

/** Smallest progress step reported (1 %), so a 50 MB body does not re-render the loader ~800 times. */
const PROGRESS_STEP = 0.01;

/**
 * Collects the bytes in one buffer (sized from `total` when known) and decodes them once: no
 * per-chunk strings to concatenate, so less garbage and a flat string for JSON.parse.
 */
async function readStream(stream: ReadableStream<Uint8Array>, total: number | null, onProgress: ProgressCallback): Promise<string> {
  const reader = stream.getReader();
  let buf = new Uint8Array(total ?? 1 << 16);
  let received = 0;
  let reported = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (received + value.byteLength > buf.length) {
      // Content-Length undercounts (compressed transfer) or is unknown: grow geometrically.
      const next = new Uint8Array(Math.max(buf.length * 2, received + value.byteLength));
      next.set(buf.subarray(0, received));
      buf = next;
    }
    buf.set(value, received);
    received += value.byteLength;
    if (total) {
      const f = Math.min(1, received / total);
      if (f === 1 ? reported < 1 : f - reported >= PROGRESS_STEP) {
        reported = f;
        onProgress(f);
      }
    } else onProgress(null);
  }
  return new TextDecoder().decode(buf.subarray(0, received));
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
