import { articleText } from '../../browser/html/articleText';
import { checkReportFile, decodeReportBytes } from '../../lib/io/reportFile';

/** A report file read into article text. */
export interface ReadReport {
  text: string;
  /** The page title of an HTML file, when it has one. */
  title: string;
}

/**
 * Reads a picked or dropped report file: checks type and size before reading, decodes UTF-8
 * strictly and takes the article out of an HTML page with Readability over an inert DOMParser document (no scripts, no loads).
 * Throws `ImportError` with a user-facing message.
 */
export async function readReportFile(file: File): Promise<ReadReport> {
  const kind = checkReportFile(file.name, file.size, file.type);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = decodeReportBytes(file.name, bytes);
  if (kind === 'html') return readHtmlPage(text);
  return { text, title: '' };
}

/** The article of an HTML page (dropped, picked or pasted as source), read in an inert DOMParser document. */
export function readHtmlPage(html: string): Promise<ReadReport> {
  return articleText(html, (h) => new DOMParser().parseFromString(h, 'text/html'));
}

/** True when pasted text is the source of a whole HTML page rather than article text. */
export function isHtmlPage(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}
