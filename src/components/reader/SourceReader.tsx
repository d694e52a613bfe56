/**
 * The source reader (`region` "Source"): the full report as text nodes (never HTML), the open
 * passage in a <mark> scrolled into view, other cited passages lightly marked (each opens its
 * event), boilerplate set apart, a provenance header, and "Back to timeline".
 */
import { useEffect, useMemo, useRef } from 'react';
import type { ReaderState } from '../../store/store';
import type { Dataset } from '../../lib/model/types';
import { useDateline } from '../../store/react';
import { readerSegments, type ReaderMark } from '../../lib/format/readerSegments';
import { mergeBoilerplate, type BoilerplateSpan } from '../../lib/format/mergeBoilerplate';
import { formatDateRange } from '../../lib/format/formatEventDate';
import { sourceKindLabel } from '../../lib/format/sourceKindLabel';
import { reflowText } from '../../lib/format/reflowText';

function otherPassages(dataset: Dataset, sourceId: string, main: ReaderState): ReaderMark[] {
  const out: ReaderMark[] = [];
  for (const e of dataset.events)
    for (const c of e.citations)
      if (c.source === sourceId && !(c.start === main.start && c.end === main.end)) out.push({ start: c.start, end: c.end, eventId: e.id });
  return out;
}

/**
 * Centres the passage inside the reader's own scroll box (block center). Never scrolls the
 * document: the app shell stays put (F19).
 */
function centerInContainer(mark: HTMLElement, container: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const r = mark.getBoundingClientRect();
  container.scrollTop += r.top - box.top - (container.clientHeight - r.height) / 2;
}

/** Boilerplate shorter than this (a stray quote mark, "246") is muted inline, not boxed. */
const SHORT_BOILERPLATE = 12;

export function SourceReader({ reader }: { reader: ReaderState }) {
  const dataset = useDateline((s) => s.dataset);
  const closeReader = useDateline((s) => s.closeReader);
  const select = useDateline((s) => s.select);
  const openReader = useDateline((s) => s.openReader);
  const markRef = useRef<HTMLElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const source = dataset?.sources.find((s) => s.id === reader.source);
  // Hard-wrapped prose is reflowed for display only ("\n" → " " one for one: offsets stay valid).
  const display = useMemo(() => (source ? reflowText(source.text) : ''), [source]);
  const eventTitles = useMemo(() => new Map((dataset?.events ?? []).map((e) => [e.id, e.title])), [dataset]);
  const blocks = useMemo(() => {
    if (!dataset || !source) return [];
    const boilerplate = mergeBoilerplate(source.text, source.boilerplate as BoilerplateSpan[]);
    return readerSegments(source.text.length, boilerplate, reader, otherPassages(dataset, source.id, reader));
  }, [dataset, source, reader]);

  useEffect(() => {
    const mark = markRef.current;
    if (mark && textRef.current) centerInContainer(mark, textRef.current);
    backRef.current?.focus({ preventScroll: true });
  }, [reader]);

  if (!dataset || !source) return null;
  const openOther = (eventId: string | undefined, start: number, end: number) => {
    if (!eventId) return;
    select(eventId, 'push');
    openReader({ source: source.id, start, end, eventId });
  };

  return (
    <section className="source-reader" role="region" aria-label="Source">
      <header className="reader-header">
        <button type="button" ref={backRef} onClick={closeReader}>
          ← Back to timeline
        </button>
        <h2>{source.title}</h2>
        <p className="provenance">
          <span>{source.outlet}</span>
          {' · '}
          <span>{formatDateRange(source.published, source.published, 'day')}</span>
          {' · '}
          <span className="kind-badge">{sourceKindLabel(source)}</span>
          {source.url && (
            <>
              {' · '}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                Original page
              </a>
            </>
          )}
        </p>
      </header>
      <div className="reader-text" ref={textRef} tabIndex={0} role="group" aria-label={`Text of the report: ${source.title}`}>
        {blocks.map((b) => {
          const runs = b.runs.map((r) => {
            const text = display.slice(r.start, r.end);
            if (r.mark === 'main')
              return (
                <mark key={r.start} ref={markRef} className="mark-main">
                  {text}
                </mark>
              );
            if (r.mark === 'other')
              return (
                // An inline <mark> acting as a button (not a <button>, which is an atomic box
                // and left all but its last line untinted when the passage wraps).
                <mark
                  key={r.start}
                  className="mark-other passage-link"
                  role="button"
                  tabIndex={0}
                  title={`Open event: ${eventTitles.get(r.eventId ?? '') ?? ''}`}
                  onClick={() => openOther(r.eventId, r.start, r.end)}
                  onKeyDown={(e) => {
                    if (e.key !== 'Enter' && e.key !== ' ') return;
                    e.preventDefault();
                    openOther(r.eventId, r.start, r.end);
                  }}
                >
                  {text}
                </mark>
              );
            return <span key={r.start}>{text}</span>;
          });
          if (b.boilerplate && b.end - b.start < SHORT_BOILERPLATE)
            return (
              <span key={b.start} className="boilerplate-inline" title={`Not part of the report${b.reason ? `: ${b.reason}` : ''}`}>
                <span className="visually-hidden">[Not part of the report: </span>
                {runs}
                <span className="visually-hidden">]</span>
              </span>
            );
          return b.boilerplate ? (
            <span key={b.start} className="boilerplate">
              <span className="boilerplate-label">[Not part of the report: {b.reason ?? 'ad, widget or teaser'}] </span>
              {runs}
            </span>
          ) : (
            <span key={b.start}>{runs}</span>
          );
        })}
      </div>
    </section>
  );
}
