// @vitest-environment jsdom
import { describe, expect, it, vi, afterEach, beforeAll } from 'vitest';
import { act, render, screen, within, fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Timeline, PLAY_INTERVAL_MS } from '../../../src/components/timeline/Timeline';
import { StoreContext } from '../../../src/store/react';
import { createDatelineStore } from '../../../src/store/store';
import { miniDataset } from '../../fixtures/miniDataset';
import type { Dataset } from '../../../src/lib/model/types';
import { createFrameLayout, fitGeometry, layoutFrame } from '../../../src/timeline/layoutFrame';
import { buildTimelineIndex } from '../../../src/timeline/buildTimelineIndex';
import { AXIS_HEIGHT } from '../../../src/components/timeline/MainView';

// Date order of the fixture: ev-intel (16–30 Nov 2021), ev-talks (late Jan 2022),
// ev-joint (4 Feb 2022), ev-invasion (23–24 Feb 2022).

function setup(dataset: Dataset | null = miniDataset()) {
  const store = createDatelineStore();
  if (dataset) store.getState().setDataset(dataset);
  const user = userEvent.setup();
  const utils = render(
    <StoreContext.Provider value={store}>
      <input type="text" aria-label="Search" />
      <Timeline />
    </StoreContext.Provider>,
  );
  return { store, user, ...utils };
}

beforeAll(() => {
  // jsdom has no canvas: getContext returns null (as it does without the canvas package), quietly.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('<Timeline />', () => {
  it('is a region named "Timeline" with the zoom, fit and play buttons and a Time slider', () => {
    setup();
    const region = screen.getByRole('region', { name: 'Timeline' });
    for (const name of ['Zoom in', 'Zoom out', 'Fit all', 'Play']) expect(within(region).getByRole('button', { name })).toBeInTheDocument();
    const slider = within(region).getByRole('slider', { name: 'Time' });
    expect(slider).toHaveAttribute('aria-valuemin');
    expect(slider).toHaveAttribute('aria-valuemax');
    expect(slider).toHaveAttribute('aria-valuenow');
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
  });

  it('fits the window to the data and renders focusable marks named with title and date', () => {
    const { store } = setup();
    const vp = store.getState().viewport!;
    expect(vp.start).toBeLessThan(Date.UTC(2021, 10, 16));
    expect(vp.end).toBeGreaterThan(Date.UTC(2022, 1, 25));
    expect(screen.getByRole('button', { name: 'Xi and Putin issue joint statement, 4 Feb 2022' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Routine talks in Beijing, late Jan 2022' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Russia invades Ukraine, 23–24 Feb 2022/ })).toBeInTheDocument();
  });

  it('draws a two-country event as one mark (one button), not two', () => {
    setup();
    expect(screen.getAllByRole('button', { name: /^Xi and Putin issue joint statement/ })).toHaveLength(1);
  });

  it('→ and ← step through the filtered events in date order, replacing history', async () => {
    const { store, user } = setup();
    screen.getByRole('group', { name: 'Timeline chart' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(store.getState().selectedId).toBe('ev-intel');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(store.getState().selectedId).toBe('ev-joint');
    expect(store.getState().selectionHistory).toBe('replace');
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().selectedId).toBe('ev-talks');
    expect(screen.getByRole('status')).toHaveTextContent('Selected: Routine talks in Beijing, late Jan 2022');
    expect(screen.getByRole('button', { name: /^Routine talks in Beijing/ })).toHaveAttribute('aria-current', 'true');
  });

  it('Home and End jump to the first and last event; the playhead follows', async () => {
    const { store, user } = setup();
    const slider = screen.getByRole('slider', { name: 'Time' });
    slider.focus();
    await user.keyboard('{End}');
    expect(store.getState().selectedId).toBe('ev-invasion');
    expect(slider).toHaveAttribute('aria-valuetext', '23 Feb 2022');
    await user.keyboard('{Home}');
    expect(store.getState().selectedId).toBe('ev-intel');
    expect(slider).toHaveAttribute('aria-valuetext', '16 Nov 2021');
  });

  it('does not react to keys typed in a text field', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('textbox', { name: 'Search' }));
    await user.keyboard('{ArrowRight}{End}+?');
    expect(store.getState().selectedId).toBeNull();
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
  });

  it('moving the Time slider selects the event at or nearest the playhead, replacing history', () => {
    const { store } = setup();
    const slider = screen.getByRole('slider', { name: 'Time' });
    fireEvent.change(slider, { target: { value: String(Date.UTC(2022, 1, 5, 12)) } });
    expect(store.getState().selectedId).toBe('ev-joint');
    expect(store.getState().selectionHistory).toBe('replace');
    expect(slider).toHaveAttribute('aria-valuetext', '5 Feb 2022');
    fireEvent.change(slider, { target: { value: String(Date.UTC(2022, 1, 23, 12)) } });
    expect(store.getState().selectedId).toBe('ev-invasion');
  });

  it('clicking a mark (or Enter on it) selects it and pushes history', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: /^Routine talks in Beijing/ }));
    expect(store.getState().selectedId).toBe('ev-talks');
    expect(store.getState().selectionHistory).toBe('push');
    act(() => store.getState().select(null));
    act(() => screen.getByRole('button', { name: /^Xi and Putin/ }).focus());
    await user.keyboard('{Enter}');
    expect(store.getState().selectedId).toBe('ev-joint');
    expect(store.getState().selectionHistory).toBe('push');
  });

  it('zoom buttons and +/− narrow and widen the window; Fit all restores it', async () => {
    const { store, user } = setup();
    const span = () => store.getState().viewport!.end - store.getState().viewport!.start;
    const fit = span();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(span()).toBeCloseTo(fit / 2);
    screen.getByRole('group', { name: 'Timeline chart' }).focus();
    await user.keyboard('+');
    expect(span()).toBeCloseTo(fit / 4);
    await user.keyboard('-');
    expect(span()).toBeCloseTo(fit / 2);
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(span()).toBeCloseTo(fit);
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(span()).toBeCloseTo(fit);
  });

  it('stepping pans the window to keep the selected event visible', async () => {
    const { store, user } = setup();
    act(() => store.getState().setViewport({ start: Date.UTC(2021, 10, 1), end: Date.UTC(2021, 11, 1) }));
    screen.getByRole('group', { name: 'Timeline chart' }).focus();
    await user.keyboard('{End}');
    const vp = store.getState().viewport!;
    expect(vp.start).toBeLessThanOrEqual(Date.UTC(2022, 1, 23));
    expect(vp.end).toBeGreaterThan(Date.UTC(2022, 1, 24));
  });

  function crowdDataset(): Dataset {
    const ds = miniDataset();
    const base = ds.events[2]!; // 4 Feb 2022
    ds.events = [
      { ...base, id: 'early', title: 'Early', start: '2019-02-04', end: '2019-02-04', countries: ['CN'] },
      { ...base, id: 'late', title: 'Late', start: '2024-02-04', end: '2024-02-04', countries: ['CN'] },
      // More events than a lane's row budget, over three days: a bin at a wide zoom, rows once zoomed in.
      ...Array.from({ length: 60 }, (_, i) => ({ ...base, id: `crowd${String(i).padStart(2, '0')}`, title: `Crowd ${i}`, start: `2022-02-0${3 + (i % 3)}`, end: `2022-02-0${3 + (i % 3)}`, countries: ['CN'] })),
    ];
    return ds;
  }

  it('a deliberate selection (card, list, URL: history push) brings an event hidden in a bin into view as its own mark', () => {
    const ds = crowdDataset();
    const { store } = setup(ds);
    // A wide window, outliers included (Fit all now shows only the story).
    act(() => store.getState().setViewport({ start: Date.UTC(2019, 0, 1), end: Date.UTC(2024, 6, 1) }));
    expect(screen.queryByRole('button', { name: 'Crowd 12, 3 Feb 2022' })).not.toBeInTheDocument();
    act(() => store.getState().select('crowd12', 'push'));
    const mark = screen.getByRole('button', { name: 'Crowd 12, 3 Feb 2022' });
    expect(mark).toHaveAttribute('aria-current', 'true');
    const vp = store.getState().viewport!;
    const idx = buildTimelineIndex(ds.events, 'country');
    const frame = layoutFrame(createFrameLayout(), idx, vp.start, vp.end, fitGeometry(800, AXIS_HEIGHT, idx.lanes.length));
    expect(frame.markOfEvent.has(idx.byId.get('crowd12')!)).toBe(true);
    expect(vp.start).toBeLessThan(Date.UTC(2022, 1, 4));
    expect(vp.end).toBeGreaterThan(Date.UTC(2022, 1, 5));
    // The user's own zooming afterwards is not undone while the selection stays.
    fireEvent.click(screen.getByRole('button', { name: 'Fit all' }));
    const fit = store.getState().viewport!;
    act(() => store.getState().setPlayhead(Date.UTC(2022, 1, 4, 12)));
    expect(store.getState().viewport).toEqual(fit);
  });

  it('a selection that arrives before the data (URL ?event=) is revealed once the data loads', () => {
    const store = createDatelineStore();
    store.getState().select('crowd05', 'push');
    render(
      <StoreContext.Provider value={store}>
        <Timeline />
      </StoreContext.Provider>,
    );
    act(() => store.getState().setDataset(crowdDataset()));
    expect(screen.getByRole('button', { name: 'Crowd 5, 5 Feb 2022' })).toBeInTheDocument();
  });

  it('a selection read from the URL (history replace, no window in the URL) after the opening view is revealed', () => {
    const ds = crowdDataset();
    // Data first, then the URL's view is applied (as urlSync does, after the timeline opened).
    const { store } = setup(ds);
    act(() => store.setState({ selectedId: 'crowd20', selectionHistory: 'replace' }));
    const idx = buildTimelineIndex(ds.events, 'country');
    const vp = store.getState().viewport!;
    const frame = layoutFrame(createFrameLayout(), idx, vp.start, vp.end, fitGeometry(800, AXIS_HEIGHT, idx.lanes.length));
    expect(frame.markOfEvent.has(idx.byId.get('crowd20')!)).toBe(true);
  });

  it('scrubbing (history replace, playhead set) never zooms', () => {
    const { store } = setup(crowdDataset());
    fireEvent.click(screen.getByRole('button', { name: 'Fit all' }));
    const fit = store.getState().viewport;
    act(() => {
      store.getState().setPlayhead(Date.UTC(2022, 1, 4, 12));
      store.getState().select('crowd10', 'replace');
    });
    expect(store.getState().viewport).toBe(fit);
  });

  it('cluster badges are one tab stop; arrow keys move between them without changing the selection', async () => {
    const ds = miniDataset();
    const base = ds.events[2]!;
    const crowd = (prefix: string, month: string) =>
      Array.from({ length: 36 }, (_, i) => ({ ...base, id: `${prefix}${i}`, title: `${prefix} ${i}`, start: `${month}-${String(1 + (i % 12)).padStart(2, '0')}`, end: `${month}-${String(1 + (i % 12)).padStart(2, '0')}`, countries: ['CN'] }));
    ds.events = [...crowd('a', '2020-02'), ...crowd('b', '2022-02')];
    const { store, user } = setup(ds);
    // A wide window, outliers included (Fit all now shows only the story).
    act(() => store.getState().setViewport({ start: Date.UTC(2019, 0, 1), end: Date.UTC(2024, 6, 1) }));
    const badges = screen.getAllByRole('button', { name: /^\d+ events, .*, zoom to them$/ });
    expect(badges.length).toBeGreaterThanOrEqual(2);
    expect(badges.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    act(() => badges[0]!.focus());
    await user.keyboard('{ArrowRight}');
    expect(badges[1]).toHaveFocus();
    expect(badges[1]!.tabIndex).toBe(0);
    expect(store.getState().selectedId).toBeNull();
  });

  it('a report just added (new dataset + push selection of its event, far from the view) brings that event into view', () => {
    const ds = crowdDataset();
    const { store } = setup(ds);
    act(() => store.getState().setViewport({ start: Date.UTC(2022, 0, 20), end: Date.UTC(2022, 1, 20) }));
    const added: Dataset = { ...ds, events: [...ds.events, { ...ds.events[2]!, id: 'user-new', title: 'Geneva talks', start: '2023-10-31', end: '2023-10-31', origin: 'user' }] };
    act(() => {
      store.getState().setDataset(added);
      store.getState().select('user-new');
    });
    const vp = store.getState().viewport!;
    expect(vp.start).toBeLessThan(Date.UTC(2023, 9, 31));
    expect(vp.end).toBeGreaterThan(Date.UTC(2023, 10, 1));
    expect(screen.getByRole('button', { name: 'Geneva talks, 31 Oct 2023' })).toHaveAttribute('aria-current', 'true');
  });

  it('stepping with → and Home zooms in until the selected event is its own mark', async () => {
    const ds = crowdDataset();
    const { store, user } = setup(ds);
    fireEvent.click(screen.getByRole('button', { name: 'Fit all' }));
    screen.getByRole('group', { name: 'Timeline chart' }).focus();
    await user.keyboard('{Home}');
    // Home is the story's first event, not the 2019 outlier (which → and ← still reach).
    expect(store.getState().selectedId).toBe('crowd00');
    for (let k = 0; k < 15; k++) await user.keyboard('{ArrowRight}');
    expect(store.getState().selectedId).toBe('crowd45');
    // In the window the view moved to, the frame draws crowd45 as an individual mark, not in a bin.
    const idx = buildTimelineIndex(ds.events, 'country');
    const vp = store.getState().viewport!;
    const frame = layoutFrame(createFrameLayout(), idx, vp.start, vp.end, fitGeometry(800, AXIS_HEIGHT, idx.lanes.length));
    expect(frame.markOfEvent.has(idx.byId.get('crowd45')!)).toBe(true);
    const fit = store.getState();
    expect(fit.viewport!.end - fit.viewport!.start).toBeLessThan(365 * 86_400_000);
  });

  it('? opens the keyboard help, Escape closes it', async () => {
    const { user } = setup();
    screen.getByRole('group', { name: 'Timeline chart' }).focus();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Previous / next event')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
  });

  it('Play steps through the events at a readable pace, then Pause stops', () => {
    vi.useFakeTimers();
    const { store } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    expect(store.getState().selectedId).toBe('ev-intel');
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS));
    expect(store.getState().selectedId).toBe('ev-talks');
    expect(store.getState().selectionHistory).toBe('replace');
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS));
    expect(store.getState().selectedId).toBe('ev-joint');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3));
    expect(store.getState().selectedId).toBe('ev-joint');
  });

  it('playback stops after the last event', () => {
    vi.useFakeTimers();
    const { store } = setup();
    act(() => store.getState().select('ev-joint'));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS));
    expect(store.getState().selectedId).toBe('ev-invasion');
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS));
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('switches lanes with "Group by"', async () => {
    const { store, user } = setup();
    const group = screen.getByRole('radiogroup', { name: 'Group by' });
    expect(screen.getByText('Russia')).toBeInTheDocument();
    await user.click(within(group).getByRole('radio', { name: 'Actor' }));
    expect(store.getState().laneMode).toBe('actor');
    expect(screen.getByText('Xi Jinping')).toBeInTheDocument();
    await user.click(within(group).getByRole('radio', { name: 'Event type' }));
    expect(screen.getByText('Statement')).toBeInTheDocument();
  });

  it('does not crash with zero events or no dataset', () => {
    const empty = miniDataset();
    empty.events = [];
    setup(empty);
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: /, \d/ })).toHaveLength(0);
  });

  it('exposes drawn counts on the canvas for the benchmark', async () => {
    const { container } = setup();
    await act(() => new Promise((r) => setTimeout(r, 50)));
    const canvas = container.querySelector('canvas.tl-canvas')!;
    expect(canvas.getAttribute('data-marks')).toBe('4');
    expect(canvas.getAttribute('data-bins')).toBe('0');
  });

  it('a crowded day is a bin: clicking it zooms to the cluster\'s own extent, where it opens into marks', async () => {
    const ds = miniDataset();
    const base = ds.events[2]!; // 4 Feb 2022, CN + RU
    ds.events = [
      { ...base, id: 'early', title: 'Early', start: '2021-02-04', end: '2021-02-04', countries: ['CN'] },
      { ...base, id: 'late', title: 'Late', start: '2023-02-04', end: '2023-02-04', countries: ['CN'] },
      ...Array.from({ length: 60 }, (_, i) => ({ ...base, id: `crowd${String(i).padStart(2, '0')}`, title: `Crowd ${i}`, start: `2022-02-0${4 + (i % 3)}`, end: `2022-02-0${4 + (i % 3)}`, countries: ['CN'] })),
    ];
    const { store, container } = setup(ds);
    // A window over the whole span, outliers included, where the crowd is a bin ("Fit all" shows only the story).
    act(() => store.getState().setViewport({ start: Date.UTC(2020, 11, 1), end: Date.UTC(2023, 3, 1) }));
    await act(() => new Promise((r) => setTimeout(r, 30)));
    const canvas = container.querySelector('canvas.tl-canvas')!;
    expect(Number(canvas.getAttribute('data-bins'))).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /^Crowd 7,/ })).not.toBeInTheDocument();
    const vp = store.getState().viewport!;
    const span = vp.end - vp.start;
    const g = fitGeometry(800, AXIS_HEIGHT, 1);
    const x = ((Date.UTC(2022, 1, 4, 12) - vp.start) / span) * 800;
    // (A click without mousedown: jsdom's mouse events lack the `view` d3-zoom's drag needs.)
    fireEvent.click(container.querySelector('.tl-surface')!, { clientX: x, clientY: g.top + g.laneHeader + 10 });
    const next = store.getState().viewport!;
    // The cluster's members span 4–6 Feb 2022: the new window is those days, padded (not a fixed factor).
    expect(next.start).toBeLessThan(Date.UTC(2022, 1, 4));
    expect(next.start).toBeGreaterThan(Date.UTC(2022, 1, 2));
    expect(next.end).toBeGreaterThan(Date.UTC(2022, 1, 7));
    expect(next.end).toBeLessThan(Date.UTC(2022, 1, 9));
    // There, the crowd opens into individual, named marks.
    expect(screen.getByRole('button', { name: 'Crowd 7, 5 Feb 2022' })).toBeInTheDocument();
  });

  it('cluster badges are buttons named with count and dates; pressing one zooms to its members', async () => {
    const ds = miniDataset();
    const base = ds.events[2]!;
    ds.events = [
      { ...base, id: 'early', title: 'Early', start: '2019-02-04', end: '2019-02-04', countries: ['CN'] },
      { ...base, id: 'late', title: 'Late', start: '2024-02-04', end: '2024-02-04', countries: ['CN'] },
      ...Array.from({ length: 36 }, (_, i) => ({ ...base, id: `c${i}`, title: `Crowd ${i}`, start: `2022-02-${String(1 + (i % 12)).padStart(2, '0')}`, end: `2022-02-${String(1 + (i % 12)).padStart(2, '0')}`, countries: ['CN'] })),
    ];
    const { store, user } = setup(ds);
    // A wide window, outliers included (Fit all now shows only the story).
    act(() => store.getState().setViewport({ start: Date.UTC(2019, 0, 1), end: Date.UTC(2024, 6, 1) }));
    const badge = screen.getByRole('button', { name: '36 events, 1–12 Feb 2022, zoom to them' });
    // Reachable by keyboard: a real, focusable button.
    act(() => badge.focus());
    expect(badge).toHaveFocus();
    expect(screen.getByText('36 events · click to zoom in')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    const vp = store.getState().viewport!;
    expect(vp.start).toBeLessThan(Date.UTC(2022, 1, 1));
    expect(vp.start).toBeGreaterThan(Date.UTC(2022, 0, 25));
    expect(vp.end).toBeGreaterThan(Date.UTC(2022, 1, 13));
    expect(vp.end).toBeLessThan(Date.UTC(2022, 1, 20));
    expect(screen.getByRole('button', { name: 'Crowd 3, 4 Feb 2022' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /events, .*zoom to them$/ })).not.toBeInTheDocument();
  });

  it('starts from Fit all when another dataset replaces the loaded one', () => {
    const { store } = setup();
    act(() => store.getState().setViewport({ start: Date.UTC(2021, 10, 1), end: Date.UTC(2021, 10, 8) }));
    const other = miniDataset();
    other.events = other.events.map((e) => ({ ...e, start: e.start.replace('2021', '2019').replace('2022', '2020'), end: e.end.replace('2021', '2019').replace('2022', '2020') }));
    act(() => store.getState().setDataset(other));
    const vp = store.getState().viewport!;
    expect(vp.start).toBeLessThan(Date.UTC(2019, 10, 16));
    expect(vp.end).toBeGreaterThan(Date.UTC(2020, 1, 25));
    expect(store.getState().playhead).toBeNull();
  });
  it('a filter that leaves every match outside the window fits the view to the matches; one that keeps a match in view does not move it', () => {
    const { store } = setup();
    const nov = { start: Date.UTC(2021, 10, 10), end: Date.UTC(2021, 11, 5) };
    act(() => store.getState().setViewport(nov));
    act(() => store.getState().toggleFilter('countries', 'US'));
    expect(store.getState().viewport).toEqual(nov);
    act(() => store.getState().clearFilters());
    act(() => store.getState().toggleFilter('countries', 'RU'));
    const vp = store.getState().viewport!;
    expect(vp.start).toBeLessThanOrEqual(Date.UTC(2022, 1, 4));
    expect(vp.end).toBeGreaterThan(Date.UTC(2022, 1, 24));
    expect(screen.getByRole('button', { name: 'Xi and Putin issue joint statement, 4 Feb 2022' })).toBeInTheDocument();
  });
});
