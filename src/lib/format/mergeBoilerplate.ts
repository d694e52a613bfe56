/**
 * Joins boilerplate spans separated only by whitespace (an ad, a widget label and a teaser in a
 * row) so the reader sets them apart as one block with one label. Pure.
 */
import type { Span } from '../model/types';

/** A boilerplate span, with why it is not part of the report when the dataset says so. */
export interface BoilerplateSpan extends Span {
  reason?: string;
}

/** Sorted, merged spans; reasons of merged spans are joined with "; " (duplicates once). */
export function mergeBoilerplate(text: string, spans: readonly BoilerplateSpan[]): BoilerplateSpan[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: (BoilerplateSpan & { reasons: string[] })[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && (s.start <= prev.end || text.slice(prev.end, s.start).trim() === '')) {
      prev.end = Math.max(prev.end, s.end);
      if (s.reason && !prev.reasons.includes(s.reason)) prev.reasons.push(s.reason);
    } else out.push({ start: s.start, end: s.end, reasons: s.reason ? [s.reason] : [] });
  }
  return out.map(({ start, end, reasons }) => (reasons.length ? { start, end, reason: reasons.join('; ') } : { start, end }));
}
