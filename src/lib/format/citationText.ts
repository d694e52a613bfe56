/** The plain-text form of a citation, as copied by "Copy citation". */
import type { Citation, Source } from '../model/types';
import { formatDateRange } from './formatEventDate';

/** `The New York Times, "Title", 25 Feb 2022, https://…: "quote"` (URL only when known). */
export function citationText(citation: Pick<Citation, 'quote'>, source: Pick<Source, 'outlet' | 'title' | 'published' | 'url'>): string {
  const parts = [source.outlet, `"${source.title}"`, formatDateRange(source.published, source.published, 'day')];
  if (source.url) parts.push(source.url);
  return `${parts.join(', ')}: "${citation.quote}"`;
}
