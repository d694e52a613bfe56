// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EventList } from '../../../src/components/list/EventList';
import { renderWithStore } from '../renderWithStore';
import { miniDataset } from '../../fixtures/miniDataset';
import type { TimelineEvent } from '../../../src/lib/model/types';

describe('EventList', () => {
  it('lists the filtered events in date order with date and type', () => {
    const ds = miniDataset();
    ds.events.reverse();
    renderWithStore(<EventList />, ds);
    const items = within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.row-title')!.textContent)).toEqual([
      'US shares intelligence with China on troop buildup',
      'Routine talks in Beijing',
      'Xi and Putin issue joint statement',
      'Russia invades Ukraine',
    ]);
    expect(items[1]).toHaveTextContent('late Jan 2022 · Consult · 72% confidence');
  });

  it('selects an event on click, pushing history', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventList />);
    await user.click(screen.getByRole('button', { name: /Routine talks in Beijing/ }));
    expect(store.getState().selectedId).toBe('ev-talks');
    expect(store.getState().selectionHistory).toBe('push');
    expect(screen.getByRole('button', { name: /Routine talks in Beijing/ })).toHaveAttribute('aria-current', 'true');
  });

  it('renders every row of a short list', () => {
    const ds = miniDataset();
    const base = ds.events[2]!;
    ds.events = Array.from({ length: 600 }, (_, i) => ({ ...base, id: `e${String(i).padStart(4, '0')}`, title: `Event ${i}` }));
    renderWithStore(<EventList />, ds);
    expect(within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem')).toHaveLength(600);
  });

  it('renders only a window of rows at 100k events, keeping set size and positions', () => {
    const ds = miniDataset();
    const base = ds.events[2]!;
    const events: TimelineEvent[] = [];
    for (let i = 0; i < 100_000; i++) events.push({ ...base, id: `e${String(i).padStart(6, '0')}`, title: `Event ${i}` });
    ds.events = events;
    renderWithStore(<EventList />, ds);
    const items = within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem');
    expect(items.length).toBeLessThan(60);
    expect(items[0]).toHaveAttribute('aria-setsize', '100000');
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(items[3]).toHaveAttribute('aria-posinset', '4');
  });

  it('moves focus between rows with the arrow keys, Home and End, rendering far rows on demand', async () => {
    const user = userEvent.setup();
    const ds = miniDataset();
    const base = ds.events[2]!;
    ds.events = Array.from({ length: 5000 }, (_, i) => ({ ...base, id: `e${String(i).padStart(5, '0')}`, title: `Event ${i}` }));
    renderWithStore(<EventList />, ds);
    await user.click(screen.getByRole('button', { name: /^Event 0\b/ }));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('button', { name: /^Event 2\b/ })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: /^Event 1\b/ })).toHaveFocus();
    await user.keyboard('{End}');
    const last = screen.getByRole('button', { name: /^Event 4999\b/ });
    expect(last).toHaveFocus();
    expect(last.closest('li')).toHaveAttribute('aria-posinset', '5000');
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: /^Event 0\b/ })).toHaveFocus();
  });
});
