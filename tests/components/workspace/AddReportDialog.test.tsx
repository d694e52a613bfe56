// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WorkspaceBar } from '../../../src/components/workspace/WorkspaceBar';
import { fakeRunner, mentionOf, renderWithStore } from './helpers';

const TEXT = 'WASHINGTON, March 19, 2022 — Qin Gang met US officials on Friday.\nLater, Wang Yi told reporters that China opposed sanctions.';

function setup() {
  const fake = fakeRunner((text) => ({
    published: '2022-03-19', timexes: [], warnings: [],
    mentions: [
      mentionOf(text, 'Qin Gang met US officials on Friday.', { type: 'CONSULT', confidence: 0.9, actors: ['Qin Gang', 'United States'], actorIds: ['qin-gang', 'us'], date: { start: '2021-12-10', end: '2021-12-10', precision: 'day' } }),
      mentionOf(text, 'Wang Yi told reporters that China opposed sanctions.', { actors: ['Wang Yi', 'China'], actorIds: ['cn'], countries: ['CN'] }),
      mentionOf(text, 'Later', { boilerplate: true }),
    ],
    newActors: [{ name: 'Wang Yi', start: 0, end: 0, kind: 'person' }],
  }));
  const user = userEvent.setup();
  const r = renderWithStore(<WorkspaceBar makeStorage={() => null} />, fake.runner);
  return { ...r, ...fake, user };
}

async function fillForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Add report' }));
  const dialog = screen.getByRole('dialog', { name: 'Add report' });
  await user.click(within(dialog).getByLabelText('Report text'));
  await user.paste(TEXT);
  await user.type(within(dialog).getByLabelText('Outlet'), 'Wire');
  await user.type(within(dialog).getByLabelText('Title'), 'Envoys meet');
  return dialog;
}

describe('Add report — published date from a yearless dateline', () => {
  it('suggests the latest such day up to today, with its evidence and "year assumed"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 12));
    try {
      const { user } = setup();
      await user.click(screen.getByRole('button', { name: 'Add report' }));
      const dialog = screen.getByRole('dialog', { name: 'Add report' });
      await user.click(within(dialog).getByLabelText('Report text'));
      await user.paste('GENEVA, Nov. 6 (Reuters) — Foreign ministers met on Tuesday.');
      const box = within(dialog).getByLabelText('Suggested publication dates');
      expect(box).toHaveTextContent('Suggested from the dateline: 2026-11-06 (year assumed');
      expect(within(box).getByText('GENEVA, Nov. 6 (Reuters) —').tagName).toBe('Q');
      await user.click(within(box).getByRole('button', { name: 'Use 2026-11-06' }));
      expect(within(dialog).getByLabelText('Published')).toHaveValue('2026-11-06');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('Add report', () => {
  it('adds a pasted report end to end: suggested date, extraction with progress, review, accept all, add to timeline', async () => {
    const { user, calls, store } = setup();
    const dialog = await fillForm(user);
    expect(within(dialog).getByText('WASHINGTON, March 19, 2022 —').tagName).toBe('Q');
    await user.click(within(dialog).getByRole('button', { name: 'Use 2022-03-19' }));
    expect(within(dialog).getByLabelText('Published')).toHaveValue('2022-03-19');
    await user.click(within(dialog).getByRole('button', { name: 'Extract events' }));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.published).toBe('2022-03-19');
    act(() => calls[0]!.progress(0.4));
    expect(within(dialog).getByRole('progressbar')).toHaveAttribute('aria-valuetext', '40%');
    await act(async () => calls[0]!.finish());

    const items = within(dialog).getAllByRole('listitem', { name: /^Event \d/ });
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByText('Qin Gang met US officials on Friday.').tagName).toBe('MARK');
    expect(within(items[0]!).getByText(/Same happening as “US officials meet Qin Gang”/)).toBeInTheDocument();
    expect(within(items[1]!).queryByText(/Same happening/)).not.toBeInTheDocument();
    // The review speaks the card's language: "Consult", "part of month", not PLOVER codes.
    const typeSelect = within(items[0]!).getByRole('combobox', { name: 'Event 1 type' });
    expect(within(typeSelect).getByRole('option', { name: 'Consult' })).toHaveValue('CONSULT');
    const precisionSelect = within(items[0]!).getByRole('combobox', { name: 'Event 1 precision' });
    expect(within(precisionSelect).getByRole('option', { name: 'part of month' })).toHaveValue('part-of-month');
    await user.click(within(dialog).getByRole('button', { name: 'Add “Wang Yi” to actors' }));
    expect(within(items[1]!).getByRole('button', { name: 'Remove Wang Yi' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Accept all' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add to timeline' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Added “Envoys meet” (Wire) with 2 events; 1 matched existing events and now cite this report.');
    const ds = store.getState().dataset!;
    const merged = ds.events.find((e) => e.id === 'ev-meet')!;
    expect(merged.citations.map((c) => c.source)).toContain(store.getState().workspace.sources[0]!.id);
    expect(merged.corroboration.independentOutlets).toBe(2);
    expect(store.getState().selectedId).toBe('ev-meet');
    const added = ds.events.find((e) => e.origin === 'user')!;
    expect(added.actors).toEqual(['cn', 'user-wang-yi']);
    expect(ds.actors.some((a) => a.id === 'user-wang-yi' && a.name === 'Wang Yi')).toBe(true);
    const src = ds.sources.find((s) => s.origin === 'user')!;
    expect(src.text).toBe(TEXT);
    expect(src.text.slice(added.citations[0]!.start, added.citations[0]!.end)).toBe('Wang Yi told reporters that China opposed sanctions.');
  });

  it('moves focus into the form and back to "Add report" when closed', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add report' }));
    const dialog = screen.getByRole('dialog', { name: 'Add report' });
    expect(within(dialog).getByLabelText('Report text')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add report' })).toHaveFocus();
  });

  it('requires a valid publication date and names missing fields', async () => {
    const { user, calls } = setup();
    await user.click(screen.getByRole('button', { name: 'Add report' }));
    const dialog = screen.getByRole('dialog', { name: 'Add report' });
    await user.click(within(dialog).getByRole('button', { name: 'Extract events' }));
    expect(calls).toHaveLength(0);
    expect(within(dialog).getByText(/Paste the report text/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Give the publication date/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Published')).toHaveAttribute('aria-invalid', 'true');
  });

  it('cancels a running extraction and changes nothing', async () => {
    const { user, calls, store } = setup();
    const dialog = await fillForm(user);
    await user.type(within(dialog).getByLabelText('Published'), '2022-03-19');
    await user.click(within(dialog).getByRole('button', { name: 'Extract events' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(calls[0]!.aborted()).toBe(true);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Extraction cancelled. Nothing was added.');
    expect(within(dialog).getByLabelText('Report text')).toHaveValue(TEXT);
    expect(store.getState().workspace.sources).toEqual([]);
  });

  it('only adds accepted events and lets the user edit title and type', async () => {
    const { user, calls, store } = setup();
    const dialog = await fillForm(user);
    await user.type(within(dialog).getByLabelText('Published'), '2022-03-19');
    await user.click(within(dialog).getByRole('button', { name: 'Extract events' }));
    await act(async () => calls[0]!.finish());
    const second = within(dialog).getByRole('listitem', { name: /^Event 2/ });
    await user.click(within(second).getByRole('button', { name: 'Accept' }));
    const title = within(second).getByLabelText('Event 2 title');
    await user.clear(title);
    await user.type(title, 'China rejects sanctions');
    await user.selectOptions(within(second).getByLabelText('Event 2 type'), 'REJECT');
    await user.click(within(dialog).getByRole('button', { name: 'Add to timeline' }));
    const user_ = store.getState().dataset!.events.filter((e) => e.origin === 'user');
    expect(user_.map((e) => [e.title, e.type])).toEqual([['China rejects sanctions', 'REJECT']]);
    expect(store.getState().dataset!.events.find((e) => e.id === 'ev-meet')!.citations).toHaveLength(2);
  });
});

describe('Add report: undated passages', () => {
  it('blocks undated accepted events with a message, then dates them "on or before publication" (a range, no invented day) on request', async () => {
    const fake = fakeRunner((text) => ({ published: '2022-03-19', timexes: [], warnings: [], mentions: [mentionOf(text, 'Wang Yi told reporters that China opposed sanctions.', { date: null, actorIds: ['cn'] })] }));
    const user = userEvent.setup();
    const { store } = renderWithStore(<WorkspaceBar makeStorage={() => null} />, fake.runner);
    const dialog = await fillForm(user);
    await user.type(within(dialog).getByLabelText('Published'), '2022-03-19');
    await user.click(within(dialog).getByRole('button', { name: 'Extract events' }));
    await act(async () => fake.calls[0]!.finish());
    expect(within(dialog).getByText(/No date found in the passage/)).toBeInTheDocument();
    // undated context is listed, not proposed: "Accept all" leaves it out …
    expect(within(dialog).getByText('Not proposed: No date in the passage: context, not an event.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Accept all' }));
    expect(within(dialog).getByRole('group', { name: 'Decision for event 1' }).querySelector('[aria-pressed="true"]')).toBeNull();
    // … the user may still accept it by hand
    await user.click(within(within(dialog).getByRole('group', { name: 'Decision for event 1' })).getByRole('button', { name: 'Accept' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add to timeline' }));
    expect(within(dialog).getAllByRole('alert')[0]).toHaveTextContent('1 accepted event needs fixing first');
    expect(store.getState().workspace.sources).toEqual([]);
    expect(within(dialog).getByText(/No source gives their day, so none is invented/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Date the 1 undated events as on or before publication (2022-02-17 to 2022-03-19)' }));
    expect(within(dialog).getByText('Dated “on or before publication”: 2022-02-17 to 2022-03-19 (your choice; no source gives the day).')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add to timeline' }));
    const ev = store.getState().dataset!.events.find((e) => e.origin === 'user')!;
    expect(ev).toMatchObject({ start: '2022-02-17', end: '2022-03-19', precision: 'range' });
    expect(ev.dateClaims[0]!.resolution).toBe("no date in the passage; on or before publication (2022-02-17 to 2022-03-19), at the user's choice");
  });
});

describe('Add report: files', () => {
  it('reads an HTML file as article text only', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add report' }));
    const dialog = screen.getByRole('dialog', { name: 'Add report' });
    const html = '<html><head><title>Envoys meet</title><script>alert(1)</script></head><body><nav>Menu</nav><article><p>GENEVA — Talks began.</p></article></body></html>';
    await user.upload(within(dialog).getByLabelText(/pick a file/), new File([html], 'story.html', { type: 'text/html' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Read story.html');
    expect(within(dialog).getByLabelText('Report text')).toHaveValue('GENEVA — Talks began.');
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Envoys meet');
  });

  it('takes a dropped file as the report, without it reaching the page-wide dataset drop', async () => {
    const { user } = setup();
    const pageDrop = vi.fn();
    window.addEventListener('drop', pageDrop);
    await user.click(screen.getByRole('button', { name: 'Add report' }));
    const dialog = screen.getByRole('dialog', { name: 'Add report' });
    const file = new File(['Dropped report text.'], 'dropped.txt', { type: 'text/plain' });
    fireEvent.drop(within(dialog).getByLabelText('Report text'), { dataTransfer: { files: [file], types: ['Files'] } });
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Read dropped.txt');
    expect(within(dialog).getByLabelText('Report text')).toHaveValue('Dropped report text.');
    // A drop on the ::backdrop is dispatched to the <dialog> element itself.
    fireEvent.drop(dialog, { dataTransfer: { files: [file], types: ['Files'] } });
    expect(pageDrop).not.toHaveBeenCalled();
    window.removeEventListener('drop', pageDrop);
  });

  it('refuses a file over 5 MB, invalid UTF-8 and a non-text file, leaving the text unchanged', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add report' }));
    const dialog = screen.getByRole('dialog', { name: 'Add report' });
    const input = within(dialog).getByLabelText(/pick a file/);
    const big = new File(['x'], 'huge.txt', { type: 'text/plain' });
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    await user.upload(input, big);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('huge.txt: the file is 50.0 MB; reports are limited to 5 MB');
    await user.upload(input, new File([new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20])], 'latin1.txt', { type: 'text/plain' }));
    expect(await within(dialog).findByText(/latin1\.txt: the file is not valid UTF-8/)).toBeInTheDocument();
    const upload = userEvent.setup({ applyAccept: false });
    await upload.upload(input, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.png', { type: 'image/png' }));
    expect(await within(dialog).findByText(/photo\.png: not a text report/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Report text')).toHaveValue('');
  });
});
