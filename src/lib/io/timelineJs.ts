import { EVENT_TYPES } from '../model/types';
import type { EventType, IsoDate, Precision, Source, TimelineEvent } from '../model/types';
import { hashText, slugify } from '../workspace/hashText';
import { daysInMonth } from '../model/calendar';
import { ImportError } from './ImportError';
import type { ImportedEvents } from './importPlan';
import { parseCsv } from './csv';
import { stripTags } from './stripTags';

/** A TimelineJS date object. */
export interface TimelineJsDate {
  year: number | string;
  month?: number | string;
  day?: number | string;
  display_date?: string;
}

/** One TimelineJS slide. */
export interface TimelineJsSlide {
  unique_id?: string;
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: string; text?: string };
  group?: string;
  display_date?: string;
  media?: { url?: string; credit?: string; caption?: string; thumbnail?: string };
  background?: unknown;
}

/** A TimelineJS JSON document. */
export interface TimelineJsDocument {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
}


const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function toNum(v: unknown): number | null {
  if (v === undefined || v === null || v === '') return null;
  const n = Number(v);
  return Number.isInteger(n) ? n : NaN;
}

/** Resolves a TimelineJS date to a day range and precision, or an error message. */
function resolveDate(d: TimelineJsDate | undefined): { start: IsoDate; end: IsoDate; precision: Precision } | string | null {
  if (!d) return null;
  const y = toNum(d.year);
  const m = toNum(d.month);
  const day = toNum(d.day);
  if (y === null) return null;
  if (Number.isNaN(y) || (m !== null && (Number.isNaN(m) || m < 1 || m > 12))) return 'the date is not a valid year/month';
  if (m === null) return { start: `${pad(y, 4)}-01-01`, end: `${pad(y, 4)}-12-31`, precision: 'year' };
  if (day === null) return { start: `${pad(y, 4)}-${pad(m)}-01`, end: `${pad(y, 4)}-${pad(m)}-${pad(daysInMonth(y, m))}`, precision: 'month' };
  if (Number.isNaN(day) || day < 1 || day > daysInMonth(y, m)) return 'the day is not valid for its month';
  const iso = `${pad(y, 4)}-${pad(m)}-${pad(day)}`;
  return { start: iso, end: iso, precision: 'day' };
}

/** The event fields a TimelineJS slide carries faithfully (what an import may compare and update). */
const TIMELINEJS_FIELDS = ['title', 'start', 'end', 'type'] as const;
/** An id we accept from a slide's unique_id (the ids Dateline writes). */
const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

function slidesToEvents(slides: readonly TimelineJsSlide[], file: string): ImportedEvents {
  const out: ImportedEvents = { sources: [], events: [], skipped: [], fields: TIMELINEJS_FIELDS };
  const fileKey = `${slugify(file)}-${hashText(JSON.stringify(slides))}`;
  slides.forEach((sl, i) => {
    const label = `slide ${i + 1}${sl.text?.headline ? ` ("${stripTags(sl.text.headline).slice(0, 60)}")` : ''}`;
    const start = resolveDate(sl.start_date);
    if (start === null) {
      out.skipped.push(`${label}: no start date`);
      return;
    }
    if (typeof start === 'string') throw new ImportError(start, { file, record: label, field: 'start_date' });
    const endR = resolveDate(sl.end_date);
    if (typeof endR === 'string') throw new ImportError(endR, { file, record: label, field: 'end_date' });
    const headline = stripTags(sl.text?.headline ?? '').trim();
    const body = stripTags(sl.text?.text ?? '').trim();
    if (!headline && !body) throw new ImportError('the slide has neither a headline nor text', { file, record: label, field: 'text' });
    const srcText = headline && body ? `${headline}\n\n${body}` : headline || body;
    const credit = stripTags(sl.media?.credit ?? '').trim();
    const id = `tljs-${fileKey}-${i}`;
    // Our own export writes each event's id as the slide's unique_id: keep it, so a re-import matches.
    const eventId = typeof sl.unique_id === 'string' && EVENT_ID.test(sl.unique_id) ? sl.unique_id : `${id}-ev`;
    const source: Source = {
      id,
      outlet: credit || file,
      title: headline || body.slice(0, 80),
      url: sl.media?.url ?? null,
      published: start.start,
      kind: 'original',
      basedOn: null,
      text: srcText,
      boilerplate: [],
      origin: 'user',
    };
    const end = endR && endR.end >= start.start ? endR.end : start.end;
    const precision: Precision = endR && end !== start.end ? 'range' : start.precision;
    const group = (sl.group ?? '').trim();
    const type: EventType = (EVENT_TYPES as readonly string[]).includes(group.toUpperCase()) ? (group.toUpperCase() as EventType) : 'OTHER';
    const ev: TimelineEvent = {
      id: eventId,
      title: headline || body.slice(0, 80),
      start: start.start,
      end,
      precision,
      type,
      actors: [],
      countries: [],
      origin: 'user',
      citations: [{ source: id, start: 0, end: srcText.length, quote: srcText, origin: 'user' }],
      dateClaims: [{ source: id, expression: sl.display_date ?? sl.start_date?.display_date ?? `${start.start}`, start: start.start, end, precision }],
      corroboration: { reports: 1, independentOutlets: 1, outlets: [source.outlet] },
    };
    if (body) ev.summary = body;
    if (group) Object.assign(ev, { group });
    out.sources.push(source);
    out.events.push(ev);
  });
  if (out.events.length === 0) throw new ImportError('no slide has a date, so there is nothing to place on the timeline', { file, field: 'start_date' });
  return out;
}

/** Imports a TimelineJS JSON document as user events. Throws `ImportError` for bad input or a file with no dates. */
export function parseTimelineJsJson(text: string, file: string): ImportedEvents {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError(`not valid JSON (${(e as Error).message})`, { file });
  }
  const events = json && typeof json === 'object' ? (json as { events?: unknown }).events : undefined;
  if (!Array.isArray(events)) throw new ImportError('a TimelineJS file needs an "events" list', { file, field: 'events' });
  events.forEach((s, i) => {
    if (!s || typeof s !== 'object') throw new ImportError('expected an object', { file, record: `events[${i}]` });
  });
  return slidesToEvents(events as TimelineJsSlide[], file);
}

/** The TimelineJS Google-Sheets template columns, in order. */
export const TIMELINEJS_CSV_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text',
  'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;

/** Imports the TimelineJS CSV template as user events. Rows of Type "title" or "era" are reported as skipped. */
export function parseTimelineJsCsv(text: string, file: string): ImportedEvents {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim());
  if (!header || !header.includes('Year') || !header.includes('Headline'))
    throw new ImportError('not the TimelineJS template: the first row must name the columns (Year, Month, Day, …, Headline, Text, …)', { file, record: 'row 1' });
  const col = (row: string[], name: string) => {
    const i = header.indexOf(name);
    return i >= 0 ? (row[i] ?? '').trim() : '';
  };
  const slides: TimelineJsSlide[] = [];
  const skipped: string[] = [];
  rows.slice(1).forEach((row, i) => {
    const kind = col(row, 'Type').toLowerCase();
    if (kind === 'title' || kind === 'era') {
      skipped.push(`row ${i + 2}: a ${kind} row, not an event`);
      return;
    }
    const slide: TimelineJsSlide = {
      text: { headline: col(row, 'Headline'), text: col(row, 'Text') },
      group: col(row, 'Group'),
      media: { url: col(row, 'Media'), credit: col(row, 'Media Credit'), caption: col(row, 'Media Caption') },
    };
    if (col(row, 'Year')) slide.start_date = { year: col(row, 'Year'), month: col(row, 'Month'), day: col(row, 'Day') };
    if (col(row, 'End Year')) slide.end_date = { year: col(row, 'End Year'), month: col(row, 'End Month'), day: col(row, 'End Day') };
    if (col(row, 'Display Date')) slide.display_date = col(row, 'Display Date');
    slides.push(slide);
  });
  const out = slidesToEvents(slides, file);
  return { ...out, skipped: [...skipped, ...out.skipped] };
}

function tjsDate(iso: IsoDate): TimelineJsDate {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/**
 * The event's start and end as TimelineJS dates, as precise as the event is known: a year-precision
 * event over one whole year is `{year}`, a month-precision event over one whole month `{year, month}`
 * (TimelineJS shows such dates as "2014" or "December 2021"), anything else day by day.
 */
function tjsSpan(e: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): { start_date: TimelineJsDate; end_date: TimelineJsDate } {
  const y = Number(e.start.slice(0, 4));
  const m = Number(e.start.slice(5, 7));
  const sameYear = e.end.slice(0, 4) === e.start.slice(0, 4);
  if (e.precision === 'year' && sameYear && e.start.endsWith('-01-01') && e.end.endsWith('-12-31')) return { start_date: { year: y }, end_date: { year: y } };
  if (e.precision === 'month' && e.end.slice(0, 7) === e.start.slice(0, 7) && e.start.endsWith('-01') && Number(e.end.slice(8, 10)) === daysInMonth(y, m)) {
    return { start_date: { year: y, month: m }, end_date: { year: y, month: m } };
  }
  return { start_date: tjsDate(e.start), end_date: tjsDate(e.end) };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Exports events as a TimelineJS JSON document (one slide per event; citations listed in the slide text). */
export function exportTimelineJs(events: readonly TimelineEvent[], sources: readonly Source[], title = 'Dateline export'): TimelineJsDocument {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return {
    title: { text: { headline: title, text: `${events.length} events exported from Dateline` } },
    events: events.map((e) => {
      const cites = e.citations.map((c) => `“${c.quote}” (${byId.get(c.source)?.outlet ?? c.source})`).join('\n');
      const slide: TimelineJsSlide = {
        unique_id: e.id,
        ...tjsSpan(e),
        // TimelineJS renders headline and text as HTML: our text is escaped (and unescaped on import).
        text: { headline: escapeHtml(e.title), text: escapeHtml([e.summary ?? '', cites].filter(Boolean).join('\n\n')) },
        group: e.type,
      };
      return slide;
    }),
  };
}
