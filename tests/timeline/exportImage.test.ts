// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTimelineIndex } from '../../src/timeline/buildTimelineIndex';
import { buildExportImage, EXPORT_MAX_ROWS, type ExportImageInput } from '../../src/timeline/exportImage';
import type { TimelineEvent } from '../../src/lib/model/types';
import { ev } from './helpers';

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const SOURCES = [
  { id: 'nyt', outlet: 'The New York Times' },
  { id: 'scmp', outlet: 'South China Morning Post' },
  { id: 'unused', outlet: 'Never Cited Daily' },
];
const cite = (source: string) => [{ source, start: 0, end: 1, quote: 'x' }];

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

function image(events: TimelineEvent[], over: Partial<ExportImageInput> = {}, grouping: 'country' | 'type' | 'actor' = 'country') {
  const index = buildTimelineIndex(events, grouping, [], 12);
  const result = buildExportImage({ index, window: { start: t('2022-01-01'), end: t('2022-04-01') }, filters: [], sources: SOURCES, grouping, ...over });
  return { index, result, doc: parse(result.svg) };
}

const story = () => [
  ev({ id: 'joint', start: '2022-02-04', title: "China and Russia issue 'no limits' joint statement", type: 'STATEMENT', countries: ['CN', 'RU'], citations: cite('nyt') }),
  ev({ id: 'invasion', start: '2022-02-24', title: 'Russia begins its full-scale invasion of Ukraine', type: 'ASSAULT', countries: ['RU', 'UA'], citations: cite('scmp') }),
  ev({ id: 'rome', start: '2022-03-14', title: 'Sullivan and Yang Jiechi meet for six hours in Rome', type: 'CONSULT', countries: ['US', 'CN'], citations: cite('nyt') }),
];

describe('buildExportImage', () => {
  it('draws every event in the window with its title, a title line, a legend and a source line naming the cited reports', () => {
    const { doc, result } = image([...story(), ev({ id: 'later', start: '2022-06-01', title: 'Outside the window', citations: cite('unused') })]);
    // Titled in each of its lanes (two countries each here).
    const labels = Array.from(doc.querySelectorAll('[data-label-for]'), (n) => n.textContent);
    expect(labels).toHaveLength(6);
    expect([...new Set(labels)].sort()).toEqual(["China and Russia issue 'no limits' joint statement", 'Russia begins its full-scale invasion of Ukraine', 'Sullivan and Yang Jiechi meet for six hours in Rome']);
    expect(result.drawn).toBe(3);
    expect(doc.querySelector('text')?.textContent).toBe('Dateline');
    expect(doc.documentElement.textContent).toContain('1 Jan – 31 Mar 2022 · 3 events in view · lanes by country');
    const legend = Array.from(doc.querySelectorAll('[data-legend]'), (g) => g.getAttribute('data-legend'));
    expect(legend).toEqual(expect.arrayContaining(['Known day', 'Parsed, not curated (hollow)', 'Assault', 'Consult', 'Statement']));
    const source = Array.from(doc.querySelectorAll('[data-source-line]'), (n) => n.textContent).join(' ');
    expect(source).toBe('Source: Dateline — The New York Times; South China Morning Post');
  });

  it("has one lane per lane of the screen's grouping, in the screen's order", () => {
    for (const grouping of ['country', 'type'] as const) {
      const { doc, index } = image(story(), {}, grouping);
      const lanes = Array.from(doc.querySelectorAll('[data-lane]'), (n) => n.firstChild?.textContent?.trim());
      expect(lanes).toEqual(index.lanes.map((l) => l.label));
    }
    expect(image(story(), {}, 'type').doc.querySelectorAll('[data-lane]')).toHaveLength(3);
  });

  it('stacks a long bar and the short events under it into separate rows, so none is hidden', () => {
    const events = [
      ev({ id: 'long', start: '2022-01-05', end: '2022-03-20', precision: 'range', title: 'US officials hold half a dozen meetings', countries: ['US'] }),
      ev({ id: 'short1', start: '2022-02-04', countries: ['US'], title: 'Short one' }),
      ev({ id: 'short2', start: '2022-02-21', countries: ['US'], title: 'Short two' }),
    ];
    const { doc } = image(events);
    const row = (id: string) => doc.querySelector(`[data-event-id="${id}"]`)?.getAttribute('data-row');
    expect(row('long')).not.toBe(row('short1'));
    expect(row('long')).not.toBe(row('short2'));
  });

  it('keeps every axis label inside the picture, the last one too', () => {
    for (const width of [480, 800, 1200]) {
      const { doc, result } = image(story(), { width, window: { start: t('2021-10-28'), end: t('2022-03-23') } });
      const ticks = Array.from(doc.querySelectorAll('[data-axis="tick"]'));
      expect(ticks.length).toBeGreaterThan(1);
      const [, , vbWidth] = doc.documentElement.getAttribute('viewBox')!.split(' ').map(Number);
      expect(vbWidth).toBe(result.width);
      for (const tick of ticks) {
        const x = Number(tick.getAttribute('x'));
        // A generous 7 px per character (the picture estimates 6.3 at 11 px).
        expect(x + 7 * (tick.textContent ?? '').length).toBeLessThanOrEqual(vbWidth! + 0.5);
      }
    }
  });

  it('escapes article text: titles, outlets and filters are never markup', () => {
    const { result, doc } = image([ev({ id: 'x"<y>', start: '2022-02-01', title: '<script>alert(1)</script> & co', citations: cite('evil') })], {
      filters: ['search: “<b>”'],
      sources: [{ id: 'evil', outlet: '<img src=x onerror=alert(1)>' }],
    });
    expect(result.svg).not.toContain('<script>');
    expect(result.svg).not.toContain('<img');
    expect(result.svg).not.toContain('<b>');
    expect(doc.querySelector('[data-label-for]')?.textContent).toBe('<script>alert(1)</script> & co');
    expect(doc.querySelector('script, img, b')).toBeNull();
  });

  it('says how many events a full lane could not draw instead of dropping them silently', () => {
    const crowd = Array.from({ length: EXPORT_MAX_ROWS + 5 }, (_, k) => ev({ id: `c${k}`, start: '2022-02-10', countries: ['US'], title: `Crowded event ${k}` }));
    const { doc, result } = image(crowd);
    expect(result.drawn).toBe(EXPORT_MAX_ROWS);
    expect(result.notDrawn).toBe(5);
    expect(doc.documentElement.textContent).toContain('5 more in this lane not drawn');
    expect(doc.documentElement.textContent).toContain(`5 of ${EXPORT_MAX_ROWS + 5} events in view are not drawn`);
  });
});
