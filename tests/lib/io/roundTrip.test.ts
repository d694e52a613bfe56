import { describe, expect, it } from 'vitest';
import { exportEventsCsv, parseEventsCsv, splitCitations } from '../../../src/lib/io/eventsCsv';
import { exportTimelineJs, parseTimelineJsJson } from '../../../src/lib/io/timelineJs';
import { applyEventImport, planEventImport } from '../../../src/lib/io/importPlan';
import { applyWorkspace } from '../../../src/lib/workspace/applyWorkspace';
import { EMPTY_WORKSPACE } from '../../../src/lib/workspace/types';
import type { Dataset, Source, TimelineEvent } from '../../../src/lib/model/types';
import { baseDataset } from '../workspace/fixtures';

/** A dataset whose text is hostile to CSV and HTML: commas, double quotes, curly quotes, " | ", brackets, line breaks, markup. */
function trickyDataset(): Dataset {
  const base = baseDataset();
  const text = 'Wang Yi said, "We oppose sanctions" | and then:\n“No limits” [sic] <b>not bold</b>, & more.\r\nSecond line, with a comma.';
  const src: Source = { ...base.sources[0]!, id: 'wire', outlet: 'Wire, Inc. "Daily"', text };
  const quoteA = 'Wang Yi said, "We oppose sanctions" | and then:\n“No limits” [sic]';
  const quoteB = 'Second line, with a comma.';
  const ev: TimelineEvent = {
    ...base.events[0]!,
    id: 'ev-tricky',
    title: 'China says "no limits", rejects <sanctions> & talks',
    summary: 'Line one, with a comma.\nLine two with "quotes" and | a pipe.',
    start: '2022-02-04',
    end: '2022-02-06',
    precision: 'range',
    type: 'STATEMENT',
    mode: 'verbal',
    actors: ['cn'],
    countries: ['CN'],
    citations: [
      { source: 'wire', start: 0, end: quoteA.length, quote: quoteA },
      { source: 'wire', start: text.indexOf(quoteB), end: text.indexOf(quoteB) + quoteB.length, quote: quoteB },
    ],
  };
  return { ...base, sources: [...base.sources, src], events: [...base.events, ev] };
}

const carried = (e: TimelineEvent) => ({ id: e.id, title: e.title, start: e.start, end: e.end, precision: e.precision, type: e.type, mode: e.mode, actors: e.actors, countries: e.countries, summary: e.summary });

describe('events CSV export → import', () => {
  it('splits a citations cell whose quotes hold " | ", curly quotes and brackets', () => {
    const ds = trickyDataset();
    const csv = exportEventsCsv(ds.events, ds.sources);
    const back = parseEventsCsv(csv, 'events.csv', ds);
    expect(back.events.map((e) => e.citations.map((c) => c.quote))).toEqual(ds.events.map((e) => e.citations.map((c) => c.quote)));
    expect(splitCitations('Wire: “a | b” [wire 0-5] | NYT: “c” [nyt 3-4]')).toEqual([
      { outlet: 'Wire', quote: 'a | b', source: 'wire', start: 0, end: 5 },
      { outlet: 'NYT', quote: 'c', source: 'nyt', start: 3, end: 4 },
    ]);
  });

  it('re-importing one’s own export adds nothing and changes nothing', () => {
    const ds = trickyDataset();
    const back = parseEventsCsv(exportEventsCsv(ds.events, ds.sources), 'dateline-events.csv', ds);
    const plan = planEventImport(back, ds.events);
    expect(plan).toEqual({ added: [], changed: [], unchanged: ['ev-meet', 'ev-tricky'] });
    expect(applyEventImport(EMPTY_WORKSPACE, back, plan)).toEqual({ ...EMPTY_WORKSPACE });
  });

  it('brings the events into a workspace that lacks them with every carried field and citations to the known sources', () => {
    const ds = trickyDataset();
    const back = parseEventsCsv(exportEventsCsv(ds.events, ds.sources), 'events.csv', ds);
    const empty: Dataset = { ...ds, events: [] };
    const plan = planEventImport(back, empty.events);
    expect(plan.added).toEqual(['ev-meet', 'ev-tricky']);
    const ws = applyEventImport(EMPTY_WORKSPACE, back, plan);
    expect(ws.events.map(carried)).toEqual(ds.events.map(carried));
    expect(ws.events[1]!.citations.map(({ source, start, end, quote }) => ({ source, start, end, quote }))).toEqual(ds.events[1]!.citations);
    expect(ws.sources).toEqual([]);
    const shown = applyWorkspace(empty, ws);
    expect(shown.events.map((e) => e.id).sort()).toEqual(['ev-meet', 'ev-tricky']);
    // and a second import of the same file now finds them all
    expect(planEventImport(back, shown.events).added).toEqual([]);
  });

  it('says what changed in an edited file and applies it as an edit', () => {
    const ds = trickyDataset();
    const csv = exportEventsCsv([{ ...ds.events[1]!, title: 'China, Russia declare "no limits" partnership', end: '2022-02-07' }], ds.sources);
    const back = parseEventsCsv(csv, 'edited.csv', ds);
    const plan = planEventImport(back, ds.events);
    expect(plan.changed).toEqual([{ id: 'ev-tricky', patch: { title: 'China, Russia declare "no limits" partnership', end: '2022-02-07' } }]);
    const ws = applyEventImport(EMPTY_WORKSPACE, back, plan);
    expect(applyWorkspace(ds, ws).events.find((e) => e.id === 'ev-tricky')).toMatchObject({ title: 'China, Russia declare "no limits" partnership', end: '2022-02-07' });
  });

  it('keeps quotes no known source holds in a user source of their own, and names a bad value by row and column', () => {
    const ds = trickyDataset();
    const csv = exportEventsCsv(ds.events.slice(1), ds.sources);
    const elsewhere = parseEventsCsv(csv, 'theirs.csv', { sources: [], actors: ds.actors });
    const src = elsewhere.sources[0]!;
    expect(src).toMatchObject({ outlet: 'Wire, Inc. "Daily"', origin: 'user' });
    for (const c of elsewhere.events[0]!.citations) expect(src.text.slice(c.start, c.end)).toBe(c.quote);
    expect(() => parseEventsCsv(csv.replace('2022-02-06', '2022-02-30'), 'bad.csv', ds)).toThrow(/bad\.csv, row 2, field "end": "2022-02-30" is not a real day/);
  });
});

describe('TimelineJS export → import', () => {
  it('re-importing one’s own export adds nothing: ids travel as unique_id', () => {
    const ds = trickyDataset();
    const doc = JSON.stringify(exportTimelineJs(ds.events, ds.sources));
    const back = parseTimelineJsJson(doc, 'dateline-timelinejs.json');
    expect(back.events.map((e) => e.id)).toEqual(['ev-meet', 'ev-tricky']);
    expect(planEventImport(back, ds.events)).toEqual({ added: [], changed: [], unchanged: ['ev-meet', 'ev-tricky'] });
  });

  it('keeps titles with markup characters, quotes and commas exactly, and dates and types', () => {
    const ds = trickyDataset();
    const back = parseTimelineJsJson(JSON.stringify(exportTimelineJs(ds.events, ds.sources)), 'tl.json');
    const ev = back.events[1]!;
    expect(ev).toMatchObject({ id: 'ev-tricky', title: 'China says "no limits", rejects <sanctions> & talks', start: '2022-02-04', end: '2022-02-06', type: 'STATEMENT' });
    expect(back.sources[1]!.text).toContain('Line two with "quotes" and | a pipe.');
  });

  it('matches slides without ids by content, so importing a third-party file twice adds its events once', () => {
    const doc = JSON.stringify({ events: [{ start_date: { year: 2022, month: 3, day: 14 }, text: { headline: 'Sullivan, Yang meet in Rome' } }] });
    const first = parseTimelineJsJson(doc, 'theirs.json');
    const ws = applyEventImport(EMPTY_WORKSPACE, first, planEventImport(first, []));
    const shown = applyWorkspace(baseDataset(), ws);
    expect(shown.events.map((e) => e.title)).toContain('Sullivan, Yang meet in Rome');
    const again = parseTimelineJsJson(doc, 'theirs (1).json');
    expect(planEventImport(again, shown.events)).toMatchObject({ added: [], changed: [] });
  });
});
