// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SidePanel } from '../../../src/components/layout/SidePanel';
import { renderWithStore } from '../renderWithStore';
import { miniDataset } from '../../fixtures/miniDataset';

function openAt(eventId: string, citationIndex: number) {
  const ds = miniDataset();
  const c = ds.events.find((e) => e.id === eventId)!.citations[citationIndex]!;
  const scroll = vi.fn();
  Element.prototype.scrollIntoView = scroll;
  const r = renderWithStore(<SidePanel />, ds);
  act(() => {
    r.store.getState().select(eventId, 'push');
    r.store.getState().openReader({ source: c.source, start: c.start, end: c.end, eventId });
  });
  return { ...r, ds, c, scroll };
}

describe('SourceReader', () => {
  it('is a region named "Source" holding the cited passage in a <mark>', async () => {
    const { c } = openAt('ev-joint', 0);
    const region = await screen.findByRole('region', { name: 'Source' });
    const marks = region.querySelectorAll('mark.mark-main');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(c.quote);
  });

  it('scrolls the passage to the centre of the reader\'s own text box, never the document', async () => {
    // jsdom has no layout: place the mark 2000 px down the page, below the window.
    const rect = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const top = this.tagName === 'MARK' ? 2000 : 0;
      return { top, bottom: top + 20, height: 20, left: 0, right: 100, width: 100, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
    });
    const { scroll } = openAt('ev-joint', 0);
    const region = await screen.findByRole('region', { name: 'Source' });
    expect(within(region).getByRole('group', { name: /^Text of the report/ }).scrollTop).toBeGreaterThan(0);
    expect(scroll).not.toHaveBeenCalled();
    rect.mockRestore();
  });

  it('reflows hard-wrapped prose for display, keeping the marks on the right words', async () => {
    const ds = miniDataset();
    const src = ds.sources[0]!;
    const wrapped = 'WASHINGTON — Over three months,\nsenior officials held half a dozen urgent\nmeetings with top Chinese officials.\nEach time, the Chinese\nofficials rebuffed them.\nThe end came when Mr. Xi and Mr. Putin met at\nthe opening ceremony in Beijing.';
    src.text = wrapped;
    src.boilerplate = [];
    const quote = 'Mr. Xi and Mr. Putin met at\nthe opening ceremony in Beijing.';
    const otherStart = wrapped.indexOf('senior');
    const otherEnd = wrapped.indexOf('officials.') + 'officials.'.length;
    const main = { start: wrapped.indexOf(quote), end: wrapped.indexOf(quote) + quote.length };
    for (const e of ds.events) e.citations = e.citations.filter((c) => c.source !== src.id);
    const joint = ds.events.find((e) => e.id === 'ev-joint')!;
    const inv = ds.events.find((e) => e.id === 'ev-invasion')!;
    joint.citations = [{ source: src.id, start: main.start, end: main.end, quote }];
    inv.citations = [{ source: src.id, start: otherStart, end: otherEnd, quote: wrapped.slice(otherStart, otherEnd) }];
    Element.prototype.scrollIntoView = vi.fn();
    const r = renderWithStore(<SidePanel />, ds);
    act(() => r.store.getState().select('ev-joint', 'push'));
    act(() => r.store.getState().openReader({ source: src.id, ...main, eventId: 'ev-joint' }));
    const region = await screen.findByRole('region', { name: 'Source' });
    expect(region.querySelector('mark.mark-main')?.textContent).toBe('Mr. Xi and Mr. Putin met at the opening ceremony in Beijing.');
    const text = within(region).getByRole('group', { name: /^Text of the report/ });
    expect(text.textContent).toContain('Over three months, senior officials held half a dozen urgent meetings');
    expect(text.textContent).toContain('officials.\nEach time, the Chinese officials rebuffed them.');
    // the other passage is one inline mark (tinted over its full extent) that opens its event by keyboard
    const other = within(region).getByRole('button', { name: 'senior officials held half a dozen urgent meetings with top Chinese officials.' });
    expect(other.tagName).toBe('MARK');
    other.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(r.store.getState().selectedId).toBe('ev-invasion');
    expect(src.text).toBe(wrapped);
  });

  it('renders the full text as text, never as HTML', async () => {
    const ds = miniDataset();
    ds.sources[2]!.text = '<img src=x onerror="alert(1)"> ' + ds.sources[2]!.text;
    const shift = '<img src=x onerror="alert(1)"> '.length;
    const c = ds.events[1]!.citations[0]!;
    c.start += shift;
    c.end += shift;
    const r = renderWithStore(<SidePanel />, ds);
    act(() => r.store.getState().openReader({ source: 'scmp', start: c.start, end: c.end }));
    const region = await screen.findByRole('region', { name: 'Source' });
    expect(region.querySelector('img')).toBeNull();
    expect(region).toHaveTextContent('<img src=x onerror="alert(1)">');
  });

  it('names the provenance: outlet, date and kind', async () => {
    openAt('ev-joint', 1);
    const region = await screen.findByRole('region', { name: 'Source' });
    expect(region).toHaveTextContent('Web Reports · 26 Feb 2022 · Re-report of The New York Times');
  });

  it('sets boilerplate apart with a text label', async () => {
    openAt('ev-joint', 0);
    const region = await screen.findByRole('region', { name: 'Source' });
    const bp = within(region).getByText(/Not part of the report/).parentElement!;
    expect(bp).toHaveTextContent('ADVERTISEMENT Subscribe now for 1 dollar.');
    expect(bp).toHaveClass('boilerplate');
  });

  it('names why boilerplate is set apart when the dataset says, and mutes tiny spans inline', async () => {
    const ds = miniDataset();
    const nyt = ds.sources[0]!;
    (nyt.boilerplate[0] as { reason?: string }).reason = 'advertisement';
    nyt.boilerplate.push({ start: 0, end: 10 });
    const c = ds.events[0]!.citations[0]!;
    const r = renderWithStore(<SidePanel />, ds);
    act(() => r.store.getState().openReader({ source: 'nyt', start: c.start, end: c.end }));
    const region = await screen.findByRole('region', { name: 'Source' });
    expect(within(region).getByText('[Not part of the report: advertisement]', { exact: false })).toBeInTheDocument();
    const inline = region.querySelector('.boilerplate-inline')!;
    expect(inline).toHaveTextContent('[Not part of the report: WASHINGTON]');
  });

  it('marks other cited passages lightly; clicking one opens its event', async () => {
    const user = userEvent.setup();
    const { store } = openAt('ev-joint', 0);
    const region = await screen.findByRole('region', { name: 'Source' });
    const other = within(region).getByRole('button', { name: 'Russia invaded Ukraine days later.' });
    expect(other.closest('mark')).toHaveClass('mark-other');
    await user.click(other);
    expect(store.getState().selectedId).toBe('ev-invasion');
    expect(region.querySelector('mark.mark-main')?.textContent).toBe('Russia invaded Ukraine days later.');
  });

  it('"Back to timeline" closes the reader and returns to the card, keeping the selection and filters', async () => {
    const user = userEvent.setup();
    const { store } = openAt('ev-joint', 0);
    act(() => store.getState().toggleFilter('countries', 'RU'));
    await user.click(await screen.findByRole('button', { name: /Back to timeline/ }));
    expect(screen.queryByRole('region', { name: 'Source' })).toBeNull();
    expect(screen.getByRole('article', { name: 'Xi and Putin issue joint statement' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Xi and Putin issue joint statement' })).toHaveFocus();
    expect(store.getState().filters.countries).toEqual(['RU']);
  });
});
