/**
 * The events CSV: one row per event, citations joined in one cell. Written by the export and read
 * back by the import, so one's own export round-trips (fields may hold commas, quotes and line breaks).
 */
import { EVENT_MODES, EVENT_TYPES, PRECISIONS } from '../model/types';
import type { Citation, EventMode, EventType, Precision, Source, TimelineEvent } from '../model/types';
import { isIsoDay } from '../model/calendar';
import { hashText, slugify } from '../workspace/hashText';
import { parseCsv, toCsv } from './csv';
import { ImportError } from './ImportError';
import type { ImportedEvents, ImportedField } from './importPlan';

/** Columns of the events CSV export. */
export const EVENTS_CSV_COLUMNS = [
  'id', 'title', 'start', 'end', 'precision', 'type', 'mode', 'actors', 'countries', 'initiator', 'origin',
  'reports', 'independent_outlets', 'summary', 'citations',
] as const;

/** One event's citations joined into one cell: `Outlet: “quote” [source start–end]`, separated by ` | `. */
export function joinCitations(e: TimelineEvent, byId: ReadonlyMap<string, Source>): string {
  return e.citations.map((c) => `${byId.get(c.source)?.outlet ?? c.source}: “${c.quote}” [${c.source} ${c.start}-${c.end}]`).join(' | ');
}

/** Exports events as CSV, one row per event, citations joined in one column. */
export function exportEventsCsv(events: readonly TimelineEvent[], sources: readonly Source[]): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const rows = events.map((e) => [
    e.id, e.title, e.start, e.end, e.precision, e.type, e.mode ?? '', e.actors.join(';'), e.countries.join(';'), e.initiator ?? '', e.origin,
    String(e.corroboration.reports), String(e.corroboration.independentOutlets), e.summary ?? '', joinCitations(e, byId),
  ]);
  return toCsv([[...EVENTS_CSV_COLUMNS], ...rows]);
}

/** One citation read back from the citations cell. */
export interface CsvCitation {
  outlet: string;
  quote: string;
  source: string;
  start: number;
  end: number;
}

const MARKER = /” \[([^\s\]]+) (\d+)-(\d+)\]/g;

/**
 * Splits a citations cell back into citations. The quote may hold anything (` | `, `”`, brackets):
 * its length is known from the offsets in the `[source start-end]` marker that closes it.
 */
export function splitCitations(cell: string): CsvCitation[] {
  const out: CsvCitation[] = [];
  let pos = 0;
  for (const m of cell.matchAll(MARKER)) {
    const start = Number(m[2]);
    const end = Number(m[3]);
    const quoteStart = m.index - (end - start);
    if (end < start || quoteStart - 3 < pos || cell.slice(quoteStart - 3, quoteStart) !== ': “') continue;
    out.push({ outlet: cell.slice(pos, quoteStart - 3), quote: cell.slice(quoteStart, m.index), source: m[1]!, start, end });
    pos = m.index + m[0].length + 3; // past " | "
  }
  return out;
}

/** The event fields the events CSV carries faithfully. */
const CSV_FIELDS: readonly ImportedField[] = ['title', 'start', 'end', 'precision', 'type', 'mode', 'actors', 'summary'];

/** True when the first row names the events CSV columns. */
export function isEventsCsvHeader(header: readonly string[]): boolean {
  return ['id', 'title', 'start', 'end', 'type', 'citations'].every((c) => header.includes(c));
}

/**
 * Imports an events CSV (our own export, or one written to the same columns). A citation whose
 * source is known here and whose quote is found at its offsets cites that source; other quotes
 * become the text of a new user source for the event. Unknown actor ids are left out and reported.
 * Throws `ImportError` naming the file, row and column of the first invalid value.
 */
export function parseEventsCsv(text: string, file: string, known: { sources: readonly Source[]; actors: readonly { id: string }[] }): ImportedEvents {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim()) ?? [];
  if (!isEventsCsvHeader(header)) throw new ImportError(`not an events CSV: the first row must name the columns ${EVENTS_CSV_COLUMNS.join(', ')}`, { file, record: 'row 1' });
  const sources = new Map(known.sources.map((s) => [s.id, s]));
  const actorIds = new Set(known.actors.map((a) => a.id));
  const fileKey = `${slugify(file)}-${hashText(text)}`;
  const out: ImportedEvents = { sources: [], events: [], skipped: [], fields: CSV_FIELDS };
  const ids = new Set<string>();
  rows.slice(1).forEach((row, i) => {
    const record = `row ${i + 2}`;
    const col = (name: string) => (row[header.indexOf(name)] ?? '').trim();
    const bad = (field: string, message: string): never => {
      throw new ImportError(message, { file, record, field });
    };
    const id = col('id') || `csv-${fileKey}-${i}-ev`;
    if (ids.has(id)) bad('id', `duplicate id "${id}"`);
    ids.add(id);
    const title = col('title');
    if (!title) bad('title', 'the title is empty');
    const start = col('start');
    const end = col('end') || start;
    if (!isIsoDay(start)) bad('start', `"${start}" is not a real day written YYYY-MM-DD`);
    if (!isIsoDay(end)) bad('end', `"${end}" is not a real day written YYYY-MM-DD`);
    if (end < start) bad('end', `${end} is before the start ${start}`);
    const precision = col('precision') || 'day';
    if (!(PRECISIONS as readonly string[]).includes(precision)) bad('precision', `unknown precision "${precision}"`);
    const type = col('type').toUpperCase() || 'OTHER';
    if (!(EVENT_TYPES as readonly string[]).includes(type)) bad('type', `unknown event type "${type}"`);
    const mode = col('mode');
    if (mode && !(EVENT_MODES as readonly string[]).includes(mode)) bad('mode', `unknown mode "${mode}"`);
    const listed = col('actors').split(';').map((a) => a.trim()).filter(Boolean);
    const actors = listed.filter((a) => actorIds.has(a));
    if (actors.length < listed.length) out.skipped.push(`${record} ("${title.slice(0, 60)}"): unknown actor ids ${listed.filter((a) => !actorIds.has(a)).map((a) => `"${a}"`).join(', ')} were left out`);
    const countries = col('countries').split(';').map((c) => c.trim()).filter(Boolean);
    const summary = col('summary');

    const citations: Citation[] = [];
    const loose: CsvCitation[] = [];
    for (const c of splitCitations(row[header.indexOf('citations')] ?? '')) {
      const src = sources.get(c.source);
      if (src && src.text.slice(c.start, c.end) === c.quote) citations.push({ source: c.source, start: c.start, end: c.end, quote: c.quote });
      else loose.push(c);
    }
    if (loose.length > 0 || citations.length === 0) {
      // Text no known source holds: a user source of its own, cited in full, passage by passage.
      const parts = loose.length > 0 ? loose.map((c) => c.quote) : [summary ? `${title}\n\n${summary}` : title];
      const sourceId = `csv-${fileKey}-${i}`;
      let offset = 0;
      for (const quote of parts) {
        citations.push({ source: sourceId, start: offset, end: offset + quote.length, quote, origin: 'user' });
        offset += quote.length + 2;
      }
      out.sources.push({
        id: sourceId, outlet: loose[0]?.outlet.trim() || file, title, url: null, published: start, kind: 'original', basedOn: null,
        text: parts.join('\n\n'), boilerplate: [], origin: 'user',
      });
    }
    const outlets = [...new Set(citations.map((c) => sources.get(c.source)?.outlet ?? out.sources.find((s) => s.id === c.source)?.outlet ?? file))];
    const event: TimelineEvent = {
      id, title, start, end, precision: precision as Precision, type: type as EventType, actors, countries, origin: 'user', citations,
      dateClaims: [], corroboration: { reports: new Set(citations.map((c) => c.source)).size, independentOutlets: outlets.length, outlets },
    };
    if (mode) event.mode = mode as EventMode;
    if (summary) event.summary = summary;
    out.events.push(event);
  });
  if (out.events.length === 0) throw new ImportError('the file has no event rows', { file });
  return out;
}
