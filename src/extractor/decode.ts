/**
 * Turns raw file bytes into text for the extractor (pure: works in Node and in the browser).
 * UTF-16 with a byte-order mark is decoded as such. Other binary input (NUL bytes, or over 10% control
 * characters in the first 64 KB) is refused;
 * invalid UTF-8 is decoded with replacement characters and reported.
 */

/** The outcome of {@link decodeInput}. */
export type Decoded =
  | { ok: true; text: string; invalidUtf8: boolean }
  | { ok: false; reason: string };

/** Decodes `bytes` as UTF-8 text, or explains why it is not text. */
export function decodeInput(bytes: Uint8Array): Decoded {
  // UTF-16 with a byte-order mark is text, although it is full of NUL bytes
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    let invalid = false;
    try {
      new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      invalid = true;
    }
    return { ok: true, text: new TextDecoder(label).decode(bytes), invalidUtf8: invalid };
  }
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return { ok: false, reason: 'input is binary (contains NUL bytes), not text' };
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.1) return { ok: false, reason: 'input is binary (too many control characters), not text' };
  // keep a byte-order mark as U+FEFF so offsets match the file read as UTF-8 elsewhere
  let invalidUtf8 = false;
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    invalidUtf8 = true;
  }
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  return { ok: true, text, invalidUtf8 };
}
