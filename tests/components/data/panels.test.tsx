// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoadingPanel } from '../../../src/components/data/LoadingPanel';
import { ErrorPanel } from '../../../src/components/data/ErrorPanel';
import { Notices } from '../../../src/components/data/Notices';
import { StoreContext } from '../../../src/store/react';
import { createDatelineStore } from '../../../src/store/store';

function withStore(ui: React.ReactElement) {
  const store = createDatelineStore();
  render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
  return store;
}

describe('LoadingPanel', () => {
  it('shows determinate progress when the size is known, indeterminate otherwise', async () => {
    const store = withStore(<LoadingPanel />);
    act(() => store.getState().setLoading(null));
    expect(await screen.findByRole('progressbar', { name: 'Loading dataset…' })).not.toHaveAttribute('aria-valuenow');
    act(() => store.getState().setLoading(0.42));
    expect(await screen.findByRole('progressbar')).toHaveAttribute('aria-valuenow', '42');
  });
});

describe('ErrorPanel', () => {
  it('is an alert naming file, record and field', () => {
    render(<ErrorPanel error={{ title: 'The dataset is invalid', message: 'x.json: event "e1", field "start": bad', file: 'x.json', record: 'event "e1"', field: 'start' }} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The dataset is invalid' })).toBeInTheDocument();
    const terms = within(alert).getAllByRole('term').map((t) => t.textContent);
    const defs = within(alert).getAllByRole('definition').map((d) => d.textContent);
    expect(Object.fromEntries(terms.map((t, i) => [t, defs[i]]))).toEqual({ File: 'x.json', Record: 'event "e1"', Field: 'start' });
    expect(within(alert).getByRole('link', { name: 'load the built-in dataset' })).toHaveAttribute('href', './');
  });
});

describe('Notices', () => {
  it('lists notices in a status region and dismisses them', async () => {
    const user = userEvent.setup();
    const store = withStore(<Notices />);
    act(() => store.getState().addNotice('Ignored unknown actor "x" in the link.'));
    const status = await screen.findByRole('status', { name: 'Notices' });
    expect(status).toHaveTextContent('Ignored unknown actor "x" in the link.');
    await user.click(within(status).getByRole('button', { name: /^Dismiss notice/ }));
    expect(store.getState().notices).toEqual([]);
  });
});
