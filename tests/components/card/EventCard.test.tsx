// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { StoreContext } from '../../../src/store/react';
import userEvent from '@testing-library/user-event';
import { EventCard } from '../../../src/components/card/EventCard';
import { renderWithStore } from '../renderWithStore';
import { miniDataset } from '../../fixtures/miniDataset';

const ds = miniDataset();
const ev = (id: string) => ds.events.find((e) => e.id === id)!;

describe('EventCard', () => {
  it('is an article named after the event, with date, type, countries, summary and origin', () => {
    renderWithStore(<EventCard event={ev('ev-joint')} />, ds);
    const card = screen.getByRole('article', { name: 'Xi and Putin issue joint statement' });
    expect(card).toHaveTextContent('4 Feb 2022 · Statement · in writing');
    expect(card).toHaveTextContent('Countries: China, Russia');
    expect(card).toHaveTextContent('A friendship with no limits.');
    expect(card).toHaveTextContent('Origin: Curated');
  });

  it('shows corroboration honestly: a re-report is not a second confirmation', () => {
    renderWithStore(<EventCard event={ev('ev-joint')} />, ds);
    const section = screen.getByRole('region', { name: 'Corroboration' });
    expect(section).toHaveTextContent('Reported by 2 of 3 sources');
    expect(section).toHaveTextContent('1 independent outlet: The New York Times (1 re-report)');
    expect(within(section).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'The New York Times (original reporting)',
      'Web Reports (re-report of The New York Times)',
    ]);
  });

  it('shows the sources’ own date words, the span where they differ, and the conflict side by side', () => {
    renderWithStore(<EventCard event={ev('ev-invasion')} />, ds);
    const card = screen.getByRole('article', { name: 'Russia invades Ukraine' });
    expect(within(card).getByText('23–24 Feb 2022 (sources differ)')).toBeInTheDocument();
    const table = within(card).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['“on Thursday morning”', '“on Wednesday night”']);
    expect(rows[0]).toHaveTextContent('Thursday before publication (2022-02-24)');
    const conflicts = screen.getByRole('region', { name: 'Conflicting claims' });
    expect(within(conflicts).getAllByRole('listitem').map((li) => li.textContent?.split(':')[0])).toEqual(['Web Reports', 'South China Morning Post']);
    expect(card).toHaveTextContent('Curated, confirmed by the parser (confidence 90%)');
  });

  it('filters by an actor when its chip is clicked', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventCard event={ev('ev-joint')} />, ds);
    const chip = screen.getByRole('button', { name: 'Vladimir Putin' });
    expect(chip).toHaveAttribute('aria-pressed', 'false');
    await user.click(chip);
    expect(store.getState().filters.actors).toEqual(['putin']);
    expect(chip).toHaveAttribute('aria-pressed', 'true');
  });

  it('opens the source reader at a citation', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventCard event={ev('ev-joint')} />, ds);
    const citations = screen.getByRole('region', { name: 'Citations' });
    await user.click(within(citations).getByRole('button', { name: /^Mr\. Xi and Mr\. Putin issued a joint statement on Feb\. 4\.\s*— Web Reports, 26 Feb 2022$/ }));
    const c = ev('ev-joint').citations[1]!;
    expect(store.getState().reader).toEqual({ source: 'web', start: c.start, end: c.end, eventId: 'ev-joint' });
  });

  it('copies a citation (outlet, title, date, URL, quote) and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithStore(<EventCard event={ev('ev-joint')} />, ds);
    const buttons = screen.getAllByRole('button', { name: 'Copy citation' });
    expect(buttons).toHaveLength(2);
    await user.click(buttons[0]!);
    expect(writeText).toHaveBeenCalledWith(
      'The New York Times, "U.S. Officials Shared Intelligence With China", 25 Feb 2022, https://example.com/nyt: "On Feb. 4, Mr. Xi and Mr. Putin issued a joint statement declaring a friendship with no limits."',
    );
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });

  it('falls back to execCommand when the Clipboard API is missing', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    renderWithStore(<EventCard event={ev('ev-talks')} />, ds);
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(exec).toHaveBeenCalledWith('copy');
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });

  it('closes with its close button', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventCard event={ev('ev-talks')} />, ds);
    store.getState().select('ev-talks');
    await user.click(screen.getByRole('button', { name: 'Close event' }));
    expect(store.getState().selectedId).toBeNull();
  });
});

describe('EventCard date provenance after an edit', () => {
  it('shows the user’s date as the event’s date and the sources’ readings as their words only', () => {
    const { store, rerender } = renderWithStore(<EventCard event={ev('ev-invasion')} />, ds);
    expect(within(screen.getByRole('region', { name: 'Date provenance' })).getByRole('columnheader', { name: 'Resolved as' })).toBeInTheDocument();
    act(() => store.getState().setWorkspace({ ...store.getState().workspace, edits: { 'ev-invasion': { eventId: 'ev-invasion', patch: { start: '2022-02-22', end: '2022-02-22', precision: 'day' } } } }, { persist: false }));
    const edited = store.getState().dataset!.events.find((e) => e.id === 'ev-invasion')!;
    rerender(
      <StoreContext.Provider value={store}>
        <EventCard event={edited} />
      </StoreContext.Provider>,
    );
    const section = screen.getByRole('region', { name: 'Date provenance' });
    expect(section).toHaveTextContent('Your date: 22 Feb 2022 (edited by you)');
    expect(within(section).queryByRole('columnheader', { name: 'Resolved as' })).not.toBeInTheDocument();
    expect(within(section).getByRole('columnheader', { name: 'Source’s reading (not the edited date)' })).toBeInTheDocument();
    // The sources' own words stay.
    expect(within(section).getByRole('cell', { name: '“on Thursday morning”' })).toBeInTheDocument();
  });

  it('an edit that leaves the date alone keeps the resolution as the event’s date', () => {
    const { store, rerender } = renderWithStore(<EventCard event={ev('ev-invasion')} />, ds);
    act(() => store.getState().setWorkspace({ ...store.getState().workspace, edits: { 'ev-invasion': { eventId: 'ev-invasion', patch: { title: 'Russia attacks Ukraine' } } } }, { persist: false }));
    rerender(
      <StoreContext.Provider value={store}>
        <EventCard event={store.getState().dataset!.events.find((e) => e.id === 'ev-invasion')!} />
      </StoreContext.Provider>,
    );
    const section = screen.getByRole('region', { name: 'Date provenance' });
    expect(section).not.toHaveTextContent('Your date');
    expect(within(section).getByRole('columnheader', { name: 'Resolved as' })).toBeInTheDocument();
  });
});
