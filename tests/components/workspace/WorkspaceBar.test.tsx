// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WorkspaceBar } from '../../../src/components/workspace/WorkspaceBar';
import { SidePanel } from '../../../src/components/layout/SidePanel';
import { addReport } from '../../../src/lib/workspace/workspaceOps';
import type { WorkspaceStorage } from '../../../src/storage/workspaceDb';
import { StorageError } from '../../../src/storage/StorageError';
import { renderWithStore } from './helpers';
import { userEvent as userEv, userSource } from '../../lib/workspace/fixtures';

let downloads: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  downloads = [];
  let last: Blob | null = null;
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => ((last = b), 'blob:x'), revokeObjectURL: () => {} }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) downloads.push({ name: this.download, blob: last });
  });
});
afterEach(() => vi.restoreAllMocks());

function withReport() {
  const r = renderWithStore(<WorkspaceBar makeStorage={() => null} />);
  const src = userSource('user-r', 'Reuters', 'China said things in March.');
  act(() => r.store.getState().updateWorkspace((ws) => addReport(ws, src, [userEv('u1', src, { type: 'STATEMENT', actors: ['cn'], start: '2022-03-01', end: '2022-03-01' })])));
  return r;
}

/** The workspace bar beside the side panel (card), without storage; selects `eventId` when given. */
function renderCardWithEditor(eventId?: string) {
  const r = renderWithStore(
    <>
      <WorkspaceBar makeStorage={() => null} />
      <SidePanel />
    </>,
  );
  if (eventId) act(() => r.store.getState().select(eventId));
  return r;
}

describe('My reports', () => {
  it('deletes a report only after confirmation, and Undo brings it back', async () => {
    const user = userEvent.setup();
    const { store } = withReport();
    await user.click(screen.getByText('My reports (1)'));
    await user.click(screen.getByRole('button', { name: 'Delete “Reuters story”' }));
    const confirm = screen.getByRole('alertdialog');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().dataset!.events.some((e) => e.id === 'u1')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Delete “Reuters story”' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete report' }));
    expect(store.getState().dataset!.events.some((e) => e.id === 'u1')).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Reuters story”.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().dataset!.events.some((e) => e.id === 'u1')).toBe(true);
  });

  it('resets to the built-in dataset after confirmation', async () => {
    const user = userEvent.setup();
    const { store } = withReport();
    await user.click(screen.getByText('My reports (1)'));
    await user.click(screen.getByRole('button', { name: 'Reset to the built-in dataset' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset' }));
    expect(store.getState().dataset!.events.map((e) => e.id)).toEqual(['ev-meet']);
    expect(store.getState().workspace.sources).toEqual([]);
  });
});

describe('Edit event (on the event card)', () => {
  it('edits a curated event as an overlay, shows it as edited, and resets to the original', async () => {
    const user = userEvent.setup();
    const { store } = renderCardWithEditor('ev-meet');
    await user.click(await screen.findByRole('button', { name: 'Edit event “US officials meet Qin Gang”' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit event' });
    const title = within(dialog).getByLabelText('Event title');
    await user.clear(title);
    await user.type(title, 'Officials brief Qin Gang');
    await user.click(within(dialog).getByRole('button', { name: 'Remove Qin Gang' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(store.getState().dataset!.events[0]).toMatchObject({ title: 'Officials brief Qin Gang', actors: ['us'], edited: true, origin: 'curated' });
    expect(store.getState().baseDataset!.events[0]!.title).toBe('US officials meet Qin Gang');
    await user.click(screen.getByRole('button', { name: /Edit event “Officials brief Qin Gang”/ }));
    expect(screen.getByRole('button', { name: /\(edited by you\)/ })).toBeInTheDocument();
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Reset to original' }));
    expect(store.getState().dataset!.events[0]!.title).toBe('US officials meet Qin Gang');
    expect(store.getState().dataset!.events[0]!.edited).toBeUndefined();
  });

  it('closes on Escape without saving', async () => {
    const user = userEvent.setup();
    const { store } = renderCardWithEditor('ev-meet');
    await user.click(await screen.findByRole('button', { name: /Edit event/ }));
    await user.type(screen.getByLabelText('Event title'), ' changed');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().workspace.edits).toEqual({});
  });

  it('refuses an end date before the start date', async () => {
    const user = userEvent.setup();
    const { store } = renderCardWithEditor('ev-meet');
    await user.click(await screen.findByRole('button', { name: /Edit event/ }));
    const dialog = screen.getByRole('dialog', { name: 'Edit event' });
    const end = within(dialog).getByLabelText('End');
    await user.clear(end);
    await user.type(end, '2020-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The end date is before the start date.');
    expect(store.getState().workspace.edits).toEqual({});
  });

  it('offers human labels for type and precision', async () => {
    const user = userEvent.setup();
    const { store } = renderCardWithEditor('ev-meet');
    const card = await screen.findByRole('article', { name: 'US officials meet Qin Gang' });
    await user.click(within(card).getByRole('button', { name: 'Edit event “US officials meet Qin Gang”' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit event' });
    expect(within(dialog).getByRole('combobox', { name: 'Type' })).toHaveDisplayValue('Consult');
    expect(within(dialog).getByRole('option', { name: 'part of month' })).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Precision' }), 'part of month');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(store.getState().dataset!.events[0]!.precision).toBe('part-of-month');
  });
});

describe('Hide this parsed event', () => {
  function withParsed() {
    const r = renderCardWithEditor();
    const base = r.store.getState().baseDataset ?? r.store.getState().dataset!;
    const parsed = { ...base.events[0]!, id: 'p1', title: 'Russia attack, 2014', origin: 'parsed' as const, confidence: 0.6 };
    act(() => r.store.getState().setDataset({ ...base, events: [...base.events, parsed] }));
    act(() => r.store.getState().select('p1'));
    return r;
  }

  it('is offered on parsed events only', async () => {
    const { store } = withParsed();
    const card = await screen.findByRole('article', { name: 'Russia attack, 2014' });
    expect(within(card).getByRole('button', { name: 'Hide this parsed event' })).toBeInTheDocument();
    act(() => store.getState().select('ev-meet'));
    const curated = await screen.findByRole('article', { name: 'US officials meet Qin Gang' });
    expect(within(curated).queryByRole('button', { name: 'Hide this parsed event' })).toBeNull();
  });

  it('hides it as an overlay, undoable, listed in My reports and shown again from there', async () => {
    const user = userEvent.setup();
    const { store } = withParsed();
    const card = await screen.findByRole('article', { name: 'Russia attack, 2014' });
    await user.click(within(card).getByRole('button', { name: 'Hide this parsed event' }));
    expect(store.getState().dataset!.events.map((e) => e.id)).toEqual(['ev-meet']);
    expect(store.getState().workspace.edits['p1']?.patch).toEqual({ hidden: true });
    expect(screen.getByText(/Hid “Russia attack, 2014”. You can show it again from My reports./)).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().dataset!.events.map((e) => e.id)).toEqual(['ev-meet', 'p1']);
    act(() => store.getState().select('p1'));
    await user.click(within(await screen.findByRole('article', { name: 'Russia attack, 2014' })).getByRole('button', { name: 'Hide this parsed event' }));
    await user.click(screen.getByText(/My reports \(0\) · 1 hidden/));
    const list = screen.getByRole('list', { name: 'Hidden events' });
    expect(within(list).getByText('Russia attack, 2014')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Show again “Russia attack, 2014”' }));
    expect(store.getState().dataset!.events.map((e) => e.id)).toEqual(['ev-meet', 'p1']);
    expect(store.getState().workspace.edits).toEqual({});
  });
});

describe('Import and export', () => {
  it('exports the workspace and re-imports it with a preview, merged', async () => {
    const user = userEvent.setup();
    const { store } = withReport();
    await user.click(screen.getByRole('button', { name: 'Import / export' }));
    const dialog = screen.getByRole('dialog', { name: 'Import and export' });
    await user.click(within(dialog).getByRole('button', { name: 'Export workspace' }));
    expect(downloads[0]!.name).toMatch(/^dateline-workspace-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await downloads[0]!.blob.text();
    act(() => store.getState().updateWorkspace(() => ({ sources: [], events: [], edits: {}, actors: [] })));
    await user.upload(within(dialog).getByLabelText(/Import file/), new File([text], 'ws.json', { type: 'application/json' }));
    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(preview).toHaveTextContent('sources: 1 new, 0 changed');
    expect(preview).toHaveTextContent('events: 1 new, 0 changed');
    await user.click(within(preview).getByRole('button', { name: 'Merge into my workspace' }));
    expect(store.getState().dataset!.events.map((e) => e.id)).toEqual(['ev-meet', 'u1']);
  });

  it('exports the filtered events as CSV, TimelineJS and PLOVER', async () => {
    const user = userEvent.setup();
    withReport();
    await user.click(screen.getByRole('button', { name: 'Import / export' }));
    const dialog = screen.getByRole('dialog', { name: 'Import and export' });
    await user.click(within(dialog).getByRole('button', { name: 'Events as CSV' }));
    await user.click(within(dialog).getByRole('button', { name: 'Events as TimelineJS JSON' }));
    await user.click(within(dialog).getByRole('button', { name: 'Events as PLOVER JSON' }));
    await user.click(within(dialog).getByRole('button', { name: 'View as SVG' }));
    expect(downloads.map((d) => d.name.replace(/-\d{4}-\d{2}-\d{2}/, ''))).toEqual(['dateline-events.csv', 'dateline-timelinejs.json', 'dateline-plover.json', 'dateline-view.svg']);
    expect((await downloads[0]!.blob.text()).split('\r\n')).toHaveLength(4);
    expect(JSON.parse(await downloads[1]!.blob.text()).events.map((e: { unique_id: string }) => e.unique_id)).toEqual(['ev-meet', 'u1']);
    expect(JSON.parse(await downloads[2]!.blob.text())[1]).toMatchObject({ id: 'u1', actor: 'China', event: 'STATEMENT' });
    expect(await downloads[3]!.blob.text()).toContain('Legend');
  });

  it.each([
    ['a newer schema version', 'future.json', JSON.stringify({ format: 'dateline-workspace', schemaVersion: 99, sources: [], events: [], edits: [], actors: [] }), /future\.json, field "schemaVersion": this file uses workspace schema version 99/],
    ['an extra field', 'extra.json', JSON.stringify({ format: 'dateline-workspace', schemaVersion: 1, sources: [], events: [], edits: [], actors: [{ id: 'a', name: 'A', kind: 'person', country: null, aliases: [], age: 3 }] }), /extra\.json, actors\[0\] \(id "a"\), field "age": unknown field "age"/],
    ['a TimelineJS file with no dates', 'tl.json', JSON.stringify({ events: [{ text: { headline: 'Undated' } }] }), /tl\.json, field "start_date": no slide has a date/],
  ])('refuses %s with a clear message and changes nothing', async (_what, name, content, message) => {
    const user = userEvent.setup();
    const { store } = withReport();
    const before = store.getState().workspace;
    await user.click(screen.getByRole('button', { name: 'Import / export' }));
    const dialog = screen.getByRole('dialog', { name: 'Import and export' });
    await user.upload(within(dialog).getByLabelText(/Import file/), new File([content], name, { type: 'application/json' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(within(dialog).queryByRole('region', { name: 'Import preview' })).not.toBeInTheDocument();
    expect(store.getState().workspace).toBe(before);
  });

  it('imports a TimelineJS CSV as user events with their own sources', async () => {
    const user = userEvent.setup();
    const { store } = withReport();
    await user.click(screen.getByRole('button', { name: 'Import / export' }));
    const dialog = screen.getByRole('dialog', { name: 'Import and export' });
    const csv = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n2022,2,24,,,,,,,Invasion begins,Troops crossed the border.,,AP,,,,,\r\n';
    await user.upload(within(dialog).getByLabelText(/Import file/), new File([csv], 'tl.csv', { type: 'text/csv' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Import events' }));
    const ev = store.getState().dataset!.events.find((e) => e.title === 'Invasion begins')!;
    expect(ev).toMatchObject({ origin: 'user', start: '2022-02-24' });
    expect(store.getState().dataset!.sources.find((s) => s.id === ev.citations[0]!.source)).toMatchObject({ outlet: 'AP', text: 'Invasion begins\n\nTroops crossed the border.' });
  });
});

describe('Storage failure', () => {
  it('shows an alert, keeps the work in memory and offers "Export workspace"', async () => {
    const user = userEvent.setup();
    const failing: WorkspaceStorage = {
      load: async () => {
        throw new StorageError('unavailable', 'Browser storage (IndexedDB) is not available here — private browsing may disable it.');
      },
      save: async () => {
        throw new StorageError('quota', 'Storage quota exceeded.');
      },
      onExternalChange: () => () => {},
      close: () => {},
    };
    const { store } = renderWithStore(<WorkspaceBar makeStorage={() => failing} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('private browsing may disable it');
    const src = userSource('user-r', 'Reuters', 'Kept text.');
    act(() => store.getState().updateWorkspace((ws) => addReport(ws, src, [])));
    expect(await screen.findByText('Storage quota exceeded.')).toBeInTheDocument();
    expect(store.getState().dataset!.sources.some((s) => s.id === 'user-r')).toBe(true);
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Export workspace' }));
    expect(JSON.parse(await downloads[0]!.blob.text()).sources[0].text).toBe('Kept text.');
  });
});
