// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/App';
import { StoreContext } from '../../../src/store/react';
import { createDatelineStore } from '../../../src/store/store';
import { miniDataset } from '../../fixtures/miniDataset';

function renderApp(search: string, body: string | null) {
  window.history.replaceState(null, '', `/${search}`);
  const fetchMock = vi.fn(async () => (body === null ? new Response('missing', { status: 404, statusText: 'Not Found' }) : new Response(body)));
  vi.stubGlobal('fetch', fetchMock);
  const store = createDatelineStore();
  render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
  return { store, fetchMock };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('loads the built-in dataset and shows the filters and the timeline', async () => {
    const { fetchMock } = renderApp('', JSON.stringify(miniDataset()));
    expect(await screen.findByRole('group', { name: 'Countries' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('data/timeline.json');
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
  });

  it('the first Tab reaches a "Skip to the timeline" link that moves past the header and the filters', async () => {
    renderApp('', JSON.stringify(miniDataset()));
    await screen.findByRole('region', { name: 'Timeline' });
    const user = userEvent.setup();
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to the timeline' });
    expect(skip).toHaveFocus();
    const target = document.querySelector(skip.getAttribute('href')!);
    expect(target).toContainElement(screen.getByRole('region', { name: 'Timeline' }));
  });

  it('shows a progress bar while loading', async () => {
    renderApp('', JSON.stringify(miniDataset()));
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    await screen.findByRole('group', { name: 'Countries' });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows an error panel naming file, record and field for a broken dataset', async () => {
    const ds = miniDataset();
    (ds.events[1] as unknown as Record<string, unknown>).end = 'soon';
    renderApp('', JSON.stringify(ds));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset is invalid');
    expect(alert).toHaveTextContent('data/timeline.json');
    expect(alert).toHaveTextContent('event "ev-talks"');
    expect(alert).toHaveTextContent('end');
  });

  it('shows an error panel for bad JSON', async () => {
    renderApp('', '{"version": 1, "sources": [');
    expect(await screen.findByRole('alert')).toHaveTextContent('not valid JSON');
  });

  it('loads ?data= instead of the built-in dataset', async () => {
    const { fetchMock } = renderApp('?data=big/set.json', JSON.stringify(miniDataset()));
    await screen.findByRole('group', { name: 'Countries' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith(`${window.location.origin}/big/set.json`);
  });

  it('refuses a cross-origin ?data= without fetching, saying why', async () => {
    const { fetchMock } = renderApp('?data=https://elsewhere.example/x.json', '{}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/another origin/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses a javascript: ?data=', async () => {
    renderApp('?data=javascript:alert(1)', '{}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Only http\(s\) URLs/);
  });

  it('restores a shared view and notes invalid parameters', async () => {
    renderApp('?country=RU&actor=nobody&event=ev-joint', JSON.stringify(miniDataset()));
    expect(await screen.findByRole('article', { name: 'Xi and Putin issue joint statement' })).toBeInTheDocument();
    expect(await within(screen.getByRole('group', { name: 'Countries' })).findByRole('checkbox', { name: /^Russia/ })).toBeChecked();
    expect(screen.getByRole('status', { name: 'Notices' })).toHaveTextContent('Ignored unknown actor "nobody" in the link.');
  });

  it('switches between chart and list, and says so when filters match nothing', async () => {
    const user = userEvent.setup();
    renderApp('', JSON.stringify(miniDataset()));
    await user.click(await screen.findByRole('button', { name: 'List' }));
    expect(within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem')).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Chart' }));
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'zzzz');
    expect(screen.getByText('No events match these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Timeline' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
  });

  it('opens a dataset file the user picks, replacing the current one', async () => {
    const user = userEvent.setup();
    const { store } = renderApp('?country=RU', JSON.stringify(miniDataset()));
    await screen.findByRole('group', { name: 'Countries' });
    const other = miniDataset();
    other.events = other.events.slice(0, 2);
    const file = new File([JSON.stringify(other)], 'two.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Dataset file'), file);
    expect(await screen.findByText('All 2 events')).toBeInTheDocument();
    expect(store.getState().filters.countries).toEqual([]);
  });

  it('refuses a picked file over 200 MB with an alert', async () => {
    const user = userEvent.setup();
    renderApp('', JSON.stringify(miniDataset()));
    await screen.findByRole('group', { name: 'Countries' });
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 201 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Dataset file'), file);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file is too large');
    expect(alert).toHaveTextContent('huge.json');
    // The current dataset stays on screen.
    expect(screen.getByRole('group', { name: 'Countries' })).toBeInTheDocument();
  });

  it('opens a dataset file dropped anywhere on the page', async () => {
    renderApp('', JSON.stringify(miniDataset()));
    await screen.findByRole('group', { name: 'Countries' });
    const other = miniDataset();
    other.events = other.events.slice(0, 1);
    const file = new File([JSON.stringify(other)], 'one.json', { type: 'application/json' });
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
    act(() => void window.dispatchEvent(drop));
    expect(drop.defaultPrevented).toBe(true);
    expect(await screen.findByText('The only event')).toBeInTheDocument();
  });
});
