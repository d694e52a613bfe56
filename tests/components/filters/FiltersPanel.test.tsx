// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FiltersPanel } from '../../../src/components/filters/FiltersPanel';
import { ActiveFilters } from '../../../src/components/filters/ActiveFilters';
import { EventList } from '../../../src/components/list/EventList';
import { renderWithStore } from '../renderWithStore';
import { miniDataset } from '../../fixtures/miniDataset';

function setup() {
  const user = userEvent.setup();
  const r = renderWithStore(
    <>
      <FiltersPanel />
      <ActiveFilters />
      <EventList />
    </>,
  );
  return { user, ...r };
}

const titles = () =>
  within(screen.getByRole('list', { name: 'Events' }))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.row-title')?.textContent);

describe('FiltersPanel', () => {
  it('shows the facet groups with named, counted checkboxes', () => {
    setup();
    for (const name of ['Actors', 'Countries', 'Event types', 'Sources', 'Origin']) expect(screen.getByRole('group', { name })).toBeInTheDocument();
    const countries = screen.getByRole('group', { name: 'Countries' });
    expect(within(countries).getByRole('checkbox', { name: 'Russia 2' })).toBeInTheDocument();
    expect(within(countries).getByRole('checkbox', { name: 'United States 1' })).toBeInTheDocument();
    expect(within(countries).getByRole('checkbox', { name: 'China 3' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Sources' })).getByRole('checkbox', { name: 'South China Morning Post 2' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Actors' })).getByRole('checkbox', { name: 'Vladimir Putin 2' })).toBeInTheDocument();
  });

  it('ORs within a facet and ANDs across facets, updating the other facets’ counts', async () => {
    const { user } = setup();
    const countries = screen.getByRole('group', { name: 'Countries' });
    await user.click(within(countries).getByRole('checkbox', { name: /^Russia/ }));
    expect(titles()).toEqual(['Xi and Putin issue joint statement', 'Russia invades Ukraine']);
    await user.click(within(countries).getByRole('checkbox', { name: /^United States/ }));
    expect(titles()).toEqual(['US shares intelligence with China on troop buildup', 'Xi and Putin issue joint statement', 'Russia invades Ukraine']);
    // Actor counts now reflect countries = RU or US.
    const actors = screen.getByRole('group', { name: 'Actors' });
    expect(within(actors).getByRole('checkbox', { name: 'Xi Jinping 1' })).toBeInTheDocument();
    await user.click(within(actors).getByRole('checkbox', { name: /^Xi Jinping/ }));
    expect(titles()).toEqual(['Xi and Putin issue joint statement']);
    // Country counts honour the actor filter but not their own selection.
    expect(within(countries).getByRole('checkbox', { name: 'China 2' })).toBeInTheDocument();
    expect(within(countries).getByRole('checkbox', { name: 'United States 0' })).toBeChecked();
    expect(screen.getByText('Showing 1 of 4 events')).toBeInTheDocument();
  });

  it('summarises active filters and clears them all', async () => {
    const { user, store } = setup();
    await user.click(within(screen.getByRole('group', { name: 'Event types' })).getByRole('checkbox', { name: /^Assault/ }));
    expect(screen.getByRole('button', { name: 'Remove filter Type: Assault' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(store.getState().filters.types).toEqual([]);
    expect(titles()).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Clear all' })).toBeDisabled();
  });

  it('searches titles, summaries and quotes', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'wednesday night');
    expect(titles()).toEqual(['Russia invades Ukraine']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search events' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'ROUTINE');
    expect(titles()).toEqual(['Routine talks in Beijing']);
  });

  it('narrows the actor options with its searchbox', async () => {
    const { user } = setup();
    const actors = screen.getByRole('group', { name: 'Actors' });
    await user.type(within(actors).getByRole('searchbox', { name: 'Find actors' }), 'zel');
    expect(within(actors).getAllByRole('checkbox').map((c) => c.getAttribute('type') && c.closest('label')?.textContent)).toEqual(['Volodymyr Zelensky 1']);
  });

  it('filters by origin, counting curated+parsed under both', async () => {
    const { user } = setup();
    const origin = screen.getByRole('group', { name: 'Origin' });
    expect(within(origin).getByRole('checkbox', { name: 'Parsed 2' })).toBeInTheDocument();
    expect(within(origin).getByRole('checkbox', { name: 'Curated 3' })).toBeInTheDocument();
    await user.click(within(origin).getByRole('checkbox', { name: /^Parsed/ }));
    expect(titles()).toEqual(['Routine talks in Beijing', 'Russia invades Ukraine']);
  });

  it('shows the top actors with "Show more" when there are many', async () => {
    const ds = miniDataset();
    for (let i = 0; i < 20; i++) {
      ds.actors.push({ id: `extra${i}`, name: `Extra Actor ${String(i).padStart(2, '0')}`, kind: 'person', country: 'US', aliases: [] });
      ds.events[0]!.actors.push(`extra${i}`);
    }
    const user = userEvent.setup();
    renderWithStore(<FiltersPanel />, ds);
    const actors = screen.getByRole('group', { name: 'Actors' });
    expect(within(actors).getAllByRole('checkbox')).toHaveLength(12);
    await user.click(within(actors).getByRole('button', { name: 'Show 12 more' }));
    expect(within(actors).getAllByRole('checkbox')).toHaveLength(24);
    expect(within(actors).getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('"Clear all" also empties the Actors search, so the actor list is whole again', async () => {
    const { user, store } = setup();
    const actors = screen.getByRole('group', { name: 'Actors' });
    const find = within(actors).getByRole('searchbox', { name: 'Find actors' });
    await user.type(find, 'put');
    await user.click(within(actors).getByRole('checkbox', { name: /^Vladimir Putin/ }));
    expect(within(actors).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(store.getState().filters.actors).toEqual([]);
    expect(find).toHaveValue('');
    expect(within(actors).getAllByRole('checkbox').length).toBeGreaterThan(1);
  });

  it('labels state actors so they are not confused with the Countries facet', () => {
    const ds = miniDataset();
    ds.actors.push({ id: 'cn-state', name: 'China', kind: 'state', country: 'CN', aliases: [] });
    ds.events[0]!.actors.push('cn-state');
    renderWithStore(<FiltersPanel />, ds);
    const actors = screen.getByRole('group', { name: 'Actors' });
    expect(within(actors).getByRole('checkbox', { name: 'China (state) 1' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Countries' })).getByRole('checkbox', { name: /^China \d/ })).toBeInTheDocument();
  });
});
