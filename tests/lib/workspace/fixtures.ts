import type { Dataset, Source, TimelineEvent } from '../../../src/lib/model/types';

/** A small built-in dataset: two reports (one a copy of the other's outlet) and one curated event. */
export function baseDataset(): Dataset {
  const nyt: Source = {
    id: 'nyt', outlet: 'The New York Times', title: 'U.S. warned China', published: '2022-02-25', kind: 'original', basedOn: null,
    text: 'Senior Biden officials met Chinese Ambassador Qin Gang in December.', boilerplate: [], origin: 'builtin',
  };
  const copy: Source = { ...nyt, id: 'blog', outlet: 'SomeBlog', kind: 'scraped-copy', basedOn: 'The New York Times' };
  const curated: TimelineEvent = {
    id: 'ev-meet', title: 'US officials meet Qin Gang', start: '2021-12-01', end: '2021-12-31', precision: 'month', type: 'CONSULT',
    actors: ['us', 'qin-gang'], countries: ['CN', 'US'], origin: 'curated',
    citations: [
      { source: 'nyt', start: 0, end: 20, quote: nyt.text.slice(0, 20) },
      { source: 'blog', start: 0, end: 20, quote: nyt.text.slice(0, 20) },
    ],
    dateClaims: [], corroboration: { reports: 2, independentOutlets: 1 },
  };
  return {
    version: 1,
    sources: [nyt, copy],
    actors: [
      { id: 'us', name: 'United States', kind: 'state', country: 'US', aliases: ['US', 'Washington'] },
      { id: 'qin-gang', name: 'Qin Gang', kind: 'person', country: 'CN', aliases: [] },
      { id: 'cn', name: 'China', kind: 'state', country: 'CN', aliases: ['Beijing'] },
    ],
    events: [curated],
  };
}

/** A user source with the given text. */
export function userSource(id: string, outlet: string, text: string): Source {
  return { id, outlet, title: `${outlet} story`, published: '2022-03-01', kind: 'original', basedOn: null, text, boilerplate: [], origin: 'user' };
}

/** A user event citing `[start, end)` of `source`. */
export function userEvent(id: string, source: Source, over: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id, title: 'User event', start: '2021-12-10', end: '2021-12-10', precision: 'day', type: 'CONSULT', actors: ['us', 'qin-gang'],
    countries: [], origin: 'user', citations: [{ source: source.id, start: 0, end: 5, quote: source.text.slice(0, 5) }],
    dateClaims: [], corroboration: { reports: 1, independentOutlets: 1 }, ...over,
  };
}
