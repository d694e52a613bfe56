import { htmlToText } from '../../lib/html/htmlToText';
import { checkReportFile, decodeReportBytes } from '../../lib/io/reportFile';

/** A report file read into article text. */
export interface ReadReport {
  text: string;
  /** The page title of an HTML file, when it has one. */
  title: string;
}

/**
 * Reads a picked or dropped report file: checks type and size before reading, decodes UTF-8
 * strictly and reduces HTML to article text with an inert DOMParser document (no scripts, no loads).
 * Throws `ImportError` with a user-facing message.
 */
export async function readReportFile(file: File): Promise<ReadReport> {
  const kind = checkReportFile(file.name, file.size, file.type);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = decodeReportBytes(file.name, bytes);
  if (kind === 'html') return htmlToText(text, (h) => new DOMParser().parseFromString(h, 'text/html'));
  return { text, title: '' };
}
