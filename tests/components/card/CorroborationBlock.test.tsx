// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { CorroborationBlock } from '../../../src/components/card/CorroborationBlock';
import type { Source, TimelineEvent } from '../../../src/lib/model/types';
import { cite, miniDataset } from '../../fixtures/miniDataset';

const ds = miniDataset();
const web = ds.sources.find((s) => s.id === 'web')!;
const sources: Source[] = [
  ...ds.sources.filter((s) => s.id !== 'nyt'),
  { ...web, id: 'blog', outlet: 'Some Blog', kind: 'scraped-copy' },
  { ...web, id: 'agg', outlet: 'Aggregator', kind: 'scraped-copy' },
  { ...ds.sources.find((s) => s.id === 'nyt')!, id: 'other', outlet: 'Bloomberg' },
];
const base = ds.events.find((e) => e.id === 'ev-invasion')!;
const passage = cite('web', 'Russia invaded Ukraine on Thursday morning.');
const scmp = cite('scmp', 'Russia invaded Ukraine on Wednesday night.');

function eventWith(citations: TimelineEvent['citations']): TimelineEvent {
  return { ...base, citations };
}

describe('CorroborationBlock', () => {
  it('counts copies and a report citing the NYT as one independent outlet (QA F18)', () => {
    const ev = eventWith([passage, { ...passage, source: 'blog' }, { ...passage, source: 'agg' }, { ...scmp, attributedTo: 'The New York Times' }]);
    render(<CorroborationBlock event={ev} sources={sources} />);
    const section = screen.getByRole('region', { name: 'Corroboration' });
    expect(section).toHaveTextContent(
      'Reported by 4 of 5 sources · 1 independent outlet: The New York Times (3 copies/re-reports; South China Morning Post citing it)',
    );
    expect(within(section).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Web Reports (re-report of The New York Times)',
      'Some Blog (scraped copy of The New York Times)',
      'Aggregator (scraped copy of The New York Times)',
      'South China Morning Post (original reporting; cites The New York Times for this)',
    ]);
  });

  it('counts the same report as independent when it does not attribute the fact', () => {
    render(<CorroborationBlock event={eventWith([passage, scmp])} sources={sources} />);
    const section = screen.getByRole('region', { name: 'Corroboration' });
    expect(section).toHaveTextContent('Reported by 2 of 5 sources · 2 independent outlets: The New York Times (1 re-report); South China Morning Post');
    expect(within(section).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Web Reports (re-report of The New York Times)',
      'South China Morning Post (original reporting)',
    ]);
  });
});
