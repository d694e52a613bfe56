/**
 * Splits a report's text into runs for the source reader: which runs are boilerplate, which hold
 * the open passage, and which hold other cited passages. Pure; offsets are string indices.
 */
import type { Span } from '../model/types';

/** A cited passage to mark in the reader. */
export interface ReaderMark extends Span {
  /** The event citing it (for "other" marks: clicking opens it). */
  eventId?: string;
}

/** One run of text with uniform presentation. */
export interface ReaderRun extends Span {
  /** `main` is the open passage; `other` another cited passage; null plain text. */
  mark: 'main' | 'other' | null;
  eventId?: string;
}

/** A block of the report: body text, or one boilerplate span set apart. */
export interface ReaderBlock extends Span {
  boilerplate: boolean;
  /** Why a boilerplate block is not part of the report, when known. */
  reason?: string;
  runs: ReaderRun[];
}

function clampSpan(s: Span, len: number): Span | null {
  const start = Math.max(0, Math.min(len, s.start));
  const end = Math.max(start, Math.min(len, s.end));
  return end > start ? { start, end } : null;
}

function runsFor(block: Span, main: Span | null, others: readonly ReaderMark[]): ReaderRun[] {
  const cuts = new Set<number>([block.start, block.end]);
  const marks: { span: Span; kind: 'main' | 'other'; eventId?: string }[] = [];
  if (main) marks.push({ span: main, kind: 'main' });
  for (const o of others) marks.push({ span: o, kind: 'other', ...(o.eventId !== undefined ? { eventId: o.eventId } : {}) });
  for (const m of marks) {
    if (m.span.start > block.start && m.span.start < block.end) cuts.add(m.span.start);
    if (m.span.end > block.start && m.span.end < block.end) cuts.add(m.span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: ReaderRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const hit = marks.find((m) => m.kind === 'main' && m.span.start <= start && m.span.end >= end) ?? marks.find((m) => m.span.start <= start && m.span.end >= end);
    const run: ReaderRun = { start, end, mark: hit ? hit.kind : null };
    if (hit?.eventId !== undefined) run.eventId = hit.eventId;
    const prev = runs[runs.length - 1];
    if (prev && prev.mark === run.mark && prev.eventId === run.eventId && prev.mark !== 'other') prev.end = end;
    else runs.push(run);
  }
  return runs;
}

/**
 * Blocks of the text (body and boilerplate, in order), each split into runs.
 * `main` is the open passage; `others` further cited passages (overlaps with `main` yield to it).
 */
export function readerSegments(
  textLength: number,
  boilerplate: readonly (Span & { reason?: string })[],
  main: Span | null,
  others: readonly ReaderMark[],
): ReaderBlock[] {
  const bps = boilerplate
    .map((b) => {
      const c = clampSpan(b, textLength);
      return c && b.reason ? { ...c, reason: b.reason } : c;
    })
    .filter((b): b is Span & { reason?: string } => b !== null)
    .sort((a, b) => a.start - b.start);
  const blocks: ReaderBlock[] = [];
  let pos = 0;
  const m = main ? clampSpan(main, textLength) : null;
  const push = (start: number, end: number, isBp: boolean, reason?: string) => {
    if (end <= start) return;
    const block: ReaderBlock = { start, end, boilerplate: isBp, runs: runsFor({ start, end }, m, others) };
    if (reason) block.reason = reason;
    blocks.push(block);
  };
  for (const b of bps) {
    const start = Math.max(pos, b.start);
    push(pos, start, false);
    push(start, b.end, true, b.reason);
    pos = Math.max(pos, b.end);
  }
  push(pos, textLength, false);
  return blocks;
}
