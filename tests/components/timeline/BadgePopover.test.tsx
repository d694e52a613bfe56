// @vitest-environment jsdom
import { describe, expect, it, vi, beforeAll } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Timeline } from '../../../src/components/timeline/Timeline';
import { StoreContext } from '../../../src/store/react';
import { createDatelineStore } from '../../../src/store/store';
import { miniDataset } from '../../fixtures/miniDataset';

beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

/** 30 events on 4 Feb 2022 in one lane (more than its rows), plus two far-off ones so a wide window bins them. */
function crowdedDay() {
  const ds = miniDataset();
  const base = ds.events[2]!;
  ds.events = [
    { ...base, id: 'early', title: 'Early', start: '2019-02-04', end: '2019-02-04', countries: ['CN'] },
    { ...base, id: 'late', title: 'Late', start: '2024-02-04', end: '2024-02-04', countries: ['CN'] },
    ...Array.from({ length: 30 }, (_, i) => ({ ...base, id: `d${i}`, title: `Same-day meeting ${i}`, start: '2022-02-04', end: '2022-02-04', countries: ['CN'] })),
  ];
  const store = createDatelineStore();
  store.getState().setDataset(ds);
  const user = userEvent.setup();
  render(
    <StoreContext.Provider value={store}>
      <button type="button">Outside</button>
      <Timeline />
    </StoreContext.Provider>,
  );
  act(() => store.getState().setViewport({ start: Date.UTC(2019, 0, 1), end: Date.UTC(2024, 6, 1) }));
  return { store, user };
}

describe('a badge whose members share a day', () => {
  it('opens a list of its members named by count and day; a row selects its event', async () => {
    const { store, user } = crowdedDay();
    const badge = screen.getByRole('button', { name: '30 events, 4 Feb 2022, list them' });
    expect(badge).toHaveAttribute('aria-haspopup', 'dialog');
    expect(badge).toHaveAttribute('aria-expanded', 'false');
    await user.click(badge);
    const dialog = screen.getByRole('dialog', { name: '30 events on 4 Feb 2022' });
    expect(badge).toHaveAttribute('aria-expanded', 'true');
    const rows = within(dialog).getAllByRole('button', { name: /^Same-day meeting \d+, 4 Feb 2022$/ });
    expect(rows).toHaveLength(30);
    // Keyboard reachable: focus is on the first row, ↓ moves to the next.
    expect(rows[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(rows[1]).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Same-day meeting 7, 4 Feb 2022' }));
    expect(store.getState().selectedId).toBe('d7');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens with Enter, closes with Escape and returns focus to the badge; closes on an outside click', async () => {
    const { store, user } = crowdedDay();
    const before = store.getState().viewport;
    const badge = screen.getByRole('button', { name: '30 events, 4 Feb 2022, list them' });
    act(() => badge.focus());
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: '30 events on 4 Feb 2022' })).toBeInTheDocument();
    // Listing does not move the view.
    expect(store.getState().viewport).toEqual(before);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(badge).toHaveFocus();
    expect(store.getState().selectedId).toBeNull();

    await user.keyboard(' ');
    expect(screen.getByRole('dialog', { name: '30 events on 4 Feb 2022' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Outside' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
