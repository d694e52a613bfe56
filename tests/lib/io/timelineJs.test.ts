import { describe, expect, it } from 'vitest';
import { exportTimelineJs, parseTimelineJsCsv, parseTimelineJsJson, TIMELINEJS_CSV_COLUMNS } from '../../../src/lib/io/timelineJs';
import { toCsv } from '../../../src/lib/io/csv';
import { ImportError } from '../../../src/lib/io/ImportError';
import { baseDataset } from '../workspace/fixtures';

describe('exportTimelineJs → parseTimelineJsJson', () => {
  it('round-trips titles, dates and groups; citations travel in the slide text', () => {
    const base = baseDataset();
    const doc = exportTimelineJs(base.events, base.sources);
    // A month-precision event is written as a month, so TimelineJS shows "December 2021" and the precision survives.
    expect(doc.events[0]).toMatchObject({ unique_id: 'ev-meet', start_date: { year: 2021, month: 12 }, end_date: { year: 2021, month: 12 }, group: 'CONSULT', text: { headline: 'US officials meet Qin Gang' } });
    expect(doc.events[0]!.start_date).not.toHaveProperty('day');
    const day = exportTimelineJs([{ ...base.events[0]!, start: '2022-02-04', end: '2022-02-04', precision: 'day' }], base.sources);
    expect(day.events[0]!.end_date).toEqual({ year: 2022, month: 2, day: 4 });
    expect(parseTimelineJsJson(JSON.stringify(day), 'd.json').events[0]).toMatchObject({ start: '2022-02-04', end: '2022-02-04', precision: 'day' });
    const back = parseTimelineJsJson(JSON.stringify(doc), 'tl.json');
    expect(back.events).toHaveLength(1);
    const ev = back.events[0]!;
    expect(ev).toMatchObject({ title: 'US officials meet Qin Gang', start: '2021-12-01', end: '2021-12-31', precision: 'month', type: 'CONSULT', origin: 'user' });
    const src = back.sources[0]!;
    expect(src.text).toContain('“Senior Biden officia” (The New York Times)');
    expect(src.text.slice(ev.citations[0]!.start, ev.citations[0]!.end)).toBe(ev.citations[0]!.quote);
  });

  it('writes a year-precision event as a year and reads it back with year precision', () => {
    const base = baseDataset();
    const doc = exportTimelineJs([{ ...base.events[0]!, start: '2014-01-01', end: '2014-12-31', precision: 'year' }], base.sources);
    expect(doc.events[0]).toMatchObject({ start_date: { year: 2014 }, end_date: { year: 2014 } });
    expect(parseTimelineJsJson(JSON.stringify(doc), 'y.json').events[0]).toMatchObject({ start: '2014-01-01', end: '2014-12-31', precision: 'year' });
  });

  it('uses the media credit as the outlet and reports slides without dates as skipped', () => {
    const doc = { events: [
      { start_date: { year: 2022, month: 2 }, text: { headline: 'Talks', text: '<p>Officials <b>met</b>.</p>' }, media: { credit: 'Reuters' } },
      { text: { headline: 'Undated' } },
    ] };
    const out = parseTimelineJsJson(JSON.stringify(doc), 'x.json');
    expect(out.sources[0]).toMatchObject({ outlet: 'Reuters', text: 'Talks\n\nOfficials met.' });
    expect(out.events[0]).toMatchObject({ start: '2022-02-01', end: '2022-02-28', precision: 'month' });
    expect(out.skipped).toEqual(['slide 2 ("Undated"): no start date']);
  });

  it('refuses a file with no dates', () => {
    expect(() => parseTimelineJsJson(JSON.stringify({ events: [{ text: { headline: 'A' } }] }), 'nodates.json')).toThrow(ImportError);
    expect(() => parseTimelineJsJson(JSON.stringify({ events: [{ text: { headline: 'A' } }] }), 'nodates.json')).toThrow(/nodates\.json.*no slide has a date/);
  });
});

describe('parseTimelineJsCsv(text, file)', () => {
  const row = (o: Partial<Record<(typeof TIMELINEJS_CSV_COLUMNS)[number], string>>) => TIMELINEJS_CSV_COLUMNS.map((c) => o[c] ?? '');
  it('imports template rows, skipping the title row with a note', () => {
    const csv = toCsv([
      [...TIMELINEJS_CSV_COLUMNS],
      row({ Headline: 'My timeline', Type: 'title' }),
      row({ Year: '2022', Month: '2', Day: '24', 'End Year': '2022', 'End Month': '2', 'End Day': '26', Headline: 'Invasion, day one', Text: 'Troops crossed, officials said.', 'Media Credit': 'AP', Group: 'assault' }),
    ]);
    const out = parseTimelineJsCsv(csv, 't.csv');
    expect(out.events).toHaveLength(1);
    expect(out.events[0]).toMatchObject({ title: 'Invasion, day one', start: '2022-02-24', end: '2022-02-26', precision: 'range', type: 'ASSAULT' });
    expect(out.sources[0]!.outlet).toBe('AP');
    expect(out.skipped).toEqual(['row 2: a title row, not an event']);
  });
  it('refuses a CSV that is not the template, and one with no dates', () => {
    expect(() => parseTimelineJsCsv('a,b\n1,2\n', 'x.csv')).toThrow(/not the TimelineJS template/);
    expect(() => parseTimelineJsCsv(toCsv([[...TIMELINEJS_CSV_COLUMNS], row({ Headline: 'No date' })]), 'x.csv')).toThrow(/no slide has a date/);
  });
  it('refuses an impossible day with record and field', () => {
    const csv = toCsv([[...TIMELINEJS_CSV_COLUMNS], row({ Year: '2022', Month: '2', Day: '30', Headline: 'Bad' })]);
    expect(() => parseTimelineJsCsv(csv, 'x.csv')).toThrow(/slide 1 \("Bad"\), field "start_date": the day is not valid/);
  });
});
