// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Timeline } from '../../../src/components/timeline/Timeline';
import { StoreContext } from '../../../src/store/react';
import { createDatelineStore } from '../../../src/store/store';
import { miniDataset } from '../../fixtures/miniDataset';
import type { Dataset, TimelineEvent } from '../../../src/lib/model/types';

/** Pretends the screen is a phone (≤ 600 px) or not. */
function screenIsPhone(phone: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: phone && query.includes('max-width: 600px'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

function setup(dataset: Dataset = miniDataset()) {
  const store = createDatelineStore();
  store.getState().setDataset(dataset);
  const user = userEvent.setup();
  render(
    <StoreContext.Provider value={store}>
      <Timeline />
    </StoreContext.Provider>,
  );
  const region = screen.getByRole('region', { name: 'Timeline' });
  return { store, user, region };
}

beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  Element.prototype.scrollIntoView ??= () => undefined;
});

afterAll(() => {
  vi.unstubAllGlobals();
});

describe('<Timeline /> on a phone', () => {
  it('lists each event as a button named "<title>, <date>" in date order, and the list carries the chart contract', () => {
    screenIsPhone(true);
    const { region } = setup();
    expect(region.querySelector('canvas[data-marks]')).toBeNull(); // the overview's canvas stays
    const marked = region.querySelectorAll('[data-marks]');
    expect(marked).toHaveLength(1);
    const buttons = Array.from(region.querySelectorAll<HTMLButtonElement>('button[data-event-id]'));
    // The fixture's date order: intel (16–30 Nov 2021), talks (late Jan 2022), joint (4 Feb), invasion (23–24 Feb).
    expect(buttons.map((b) => b.dataset.eventId)).toEqual(['ev-intel', 'ev-talks', 'ev-joint', 'ev-invasion']);
    expect(buttons[2]).toHaveAccessibleName(/^Xi and Putin issue joint statement, 4 Feb 2022$/);
    expect(within(buttons[1]!).getByText('late Jan 2022')).toBeInTheDocument(); // precision kept: no invented day
    const el = marked[0] as HTMLElement;
    expect(el.dataset.marks).toBe('4');
    expect(el.dataset.labels).toBe('4');
    expect(el.dataset.bins).toBe('0');
    // Titles whole, type and actors as text.
    expect(within(buttons[2]!).getByText('Xi and Putin issue joint statement')).toBeInTheDocument();
    expect(buttons[2]!.textContent).toMatch(/Statement/);
    expect(buttons[2]!.textContent).toMatch(/Xi Jinping/);
  });

  it('selects the event a row is tapped for, with a push to history', async () => {
    screenIsPhone(true);
    const { region, store, user } = setup();
    await user.click(within(region).getByRole('button', { name: /^Xi and Putin issue joint statement,/ }));
    expect(store.getState().selectedId).toBe('ev-joint');
    expect(store.getState().selectionHistory).toBe('push');
    expect(within(region).getByRole('button', { name: /^Xi and Putin issue joint statement,/ })).toHaveAttribute('aria-current', 'true');
  });

  it('groups a crowded day into one row that opens to buttons named like the events', async () => {
    screenIsPhone(true);
    const base = miniDataset();
    const template = base.events[0]!;
    const crowd: TimelineEvent[] = Array.from({ length: 240 }, (_, k) => ({ ...template, id: `crowd-${k}`, title: `Crowded meeting number ${k}`, start: '2022-02-10', end: '2022-02-10', precision: 'day', dateClaims: [] }));
    const { region, user } = setup({ ...base, events: [...base.events, ...crowd] });
    const el = region.querySelector<HTMLElement>('[data-marks]')!;
    expect(el.dataset.bins).toBe('1');
    const before = Number(el.dataset.marks);
    const group = within(region).getByRole('button', { name: /^240 events, 10 Feb 2022$/ });
    expect(group).toHaveAttribute('aria-expanded', 'false');
    await user.click(group);
    expect(group).toHaveAttribute('aria-expanded', 'true');
    expect(within(region).getByRole('button', { name: 'Crowded meeting number 0, 10 Feb 2022' })).toBeInTheDocument();
    expect(Number(el.dataset.marks)).toBe(before + 240);
  });

  it('draws the canvas, not the list, on a wider screen', () => {
    screenIsPhone(false);
    const { region } = setup();
    expect(region.querySelector('[data-marks]')?.tagName).toBe('CANVAS');
  });
});
