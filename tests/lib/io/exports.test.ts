import { describe, expect, it } from 'vitest';
import { exportEventsCsv, EVENTS_CSV_COLUMNS } from '../../../src/lib/io/eventsCsv';
import { parseCsv } from '../../../src/lib/io/csv';
import { exportPlover } from '../../../src/lib/io/plover';
import { baseDataset } from '../workspace/fixtures';

describe('exportEventsCsv(events, sources)', () => {
  it('writes one row per event with citations joined, and parses back to the same fields', () => {
    const base = baseDataset();
    const ev = { ...base.events[0]!, title: 'Meeting, "secret"', summary: 'Line one\nline two' };
    const rows = parseCsv(exportEventsCsv([ev], base.sources));
    expect(rows[0]).toEqual([...EVENTS_CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    const rec = Object.fromEntries(rows[0]!.map((k, i) => [k, rows[1]![i]]));
    expect(rec).toMatchObject({ id: 'ev-meet', title: 'Meeting, "secret"', start: '2021-12-01', actors: 'us;qin-gang', summary: 'Line one\nline two', reports: '2' });
    expect(rec.citations).toBe('The New York Times: “Senior Biden officia” [nyt 0-20] | SomeBlog: “Senior Biden officia” [blog 0-20]');
  });
});

describe('exportPlover(events, sources, actors)', () => {
  it('takes the initiator as actor, the others as recipients, and keeps cite info', () => {
    const base = baseDataset();
    const ev = { ...base.events[0]!, initiator: 'qin-gang', mode: 'visit' as const };
    const [rec] = JSON.parse(JSON.stringify(exportPlover([ev], base.sources, base.actors)));
    expect(rec).toMatchObject({ id: 'ev-meet', date: '2021-12-01', actor: 'Qin Gang', recipient: ['United States'], event: 'CONSULT', mode: 'visit', text: 'Senior Biden officia' });
    expect(rec.cite_info[0]).toMatchObject({ source: 'nyt', outlet: 'The New York Times', start: 0, end: 20 });
  });
  it('falls back to the first actor', () => {
    const base = baseDataset();
    expect(exportPlover(base.events, base.sources, base.actors)[0]).toMatchObject({ actor: 'United States', recipient: ['Qin Gang'] });
  });
});
