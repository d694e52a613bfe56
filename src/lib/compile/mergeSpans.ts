import type { Span } from '../model/types';

/** Sorts spans by start and merges overlapping or touching ones. Returns new objects. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
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
