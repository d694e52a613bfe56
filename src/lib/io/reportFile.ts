import { ImportError } from './ImportError';

/** The largest report file accepted (5 MB). */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/** Kinds of report file accepted. */
export type ReportFileKind = 'txt' | 'md' | 'html';

/** The kind of a report file from its name, or throws `ImportError` for other types. Checks the size before anything is read. */
export function checkReportFile(name: string, size: number, mime = ''): ReportFileKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const kind: ReportFileKind | null = ext === 'txt' || ext === 'text' ? 'txt' : ext === 'md' || ext === 'markdown' ? 'md' : ext === 'html' || ext === 'htm' ? 'html' : null;
  // The extension decides; a MIME type that is clearly not text (an image renamed .txt…) refuses. Content is sniffed on decode.
  const binaryMime = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-7z|x-rar|vnd\.|msword)/.test(mime);
  if (!kind || binaryMime)
    throw new ImportError(`not a text report: only .txt, .md and .html files can be added${mime ? ` (this file is ${mime})` : ''}`, { file: name });
  if (size > MAX_REPORT_BYTES)
    throw new ImportError(`the file is ${(size / 1024 / 1024).toFixed(1)} MB; reports are limited to 5 MB. Paste the article text instead.`, { file: name });
  return kind;
}

/**
 * Decodes a report file's bytes as UTF-8 text. Refuses binary content (NUL or many control bytes)
 * and invalid UTF-8 with a clear `ImportError`.
 */
export function decodeReportBytes(name: string, bytes: Uint8Array): string {
  let control = 0;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) throw new ImportError('this looks like a binary file, not text (it contains NUL bytes)', { file: name });
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (n > 0 && control / n > 0.05) throw new ImportError('this looks like a binary file, not text', { file: name });
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new ImportError('the file is not valid UTF-8 text. Save it as UTF-8 and try again', { file: name });
  }
}
