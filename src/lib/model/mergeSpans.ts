import type { Span } from './types';

/**
 * Sorts spans by start and merges overlapping or touching ones; empty spans (`end <= start`) are
 * dropped, since they cover nothing. Returns new objects, so the result can be binary-searched.
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** True when `inner` lies entirely within one of the (merged) `spans`. */
export function isInsideSpans(inner: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= inner.start && inner.end <= s.end);
}
