import { describe, expect, it } from 'vitest';
import { applyWorkspace } from '../../../src/lib/workspace/applyWorkspace';
import { EMPTY_WORKSPACE } from '../../../src/lib/workspace/types';
import type { Workspace } from '../../../src/lib/workspace/types';
import { editEvent, removeSource, resetEdit, addReport } from '../../../src/lib/workspace/workspaceOps';
import { baseDataset, userEvent, userSource } from './fixtures';

describe('applyWorkspace(base, workspace)', () => {
  it('returns the built-in content unchanged for an empty workspace', () => {
    const base = baseDataset();
    const out = applyWorkspace(base, EMPTY_WORKSPACE);
    expect(out.events).toEqual(base.events);
    expect(out.sources).toHaveLength(2);
  });

  it('merges a matching user event into the curated one as an extra citation and recomputes corroboration', () => {
    const base = baseDataset();
    const src = userSource('user-reuters', 'Reuters', 'Officials met Qin Gang in Washington.');
    const ws = addReport(EMPTY_WORKSPACE, src, [userEvent('u1', src)]);
    const out = applyWorkspace(base, ws);
    expect(out.events).toHaveLength(1);
    const ev = out.events[0]!;
    expect(ev.id).toBe('ev-meet');
    expect(ev.origin).toBe('curated');
    expect(ev.citations.map((c) => c.source)).toEqual(['nyt', 'blog', 'user-reuters']);
    expect(ev.citations[2]!.origin).toBe('user');
    expect(ev.corroboration).toEqual({ reports: 3, independentOutlets: 2, outlets: ['Reuters', 'The New York Times'] });
    expect(out.sources.find((s) => s.id === 'user-reuters')?.text).toBe(src.text);
    expect(base.events[0]!.citations).toHaveLength(2);
  });

  it('adds a non-matching user event as a new event with origin "user" and countries from its actors', () => {
    const base = baseDataset();
    const src = userSource('user-x', 'X', 'China spoke in March.');
    const ev = userEvent('u2', src, { start: '2022-03-01', end: '2022-03-01', type: 'STATEMENT', actors: ['cn'] });
    const out = applyWorkspace(base, addReport(EMPTY_WORKSPACE, src, [ev]));
    expect(out.events.map((e) => e.id)).toEqual(['ev-meet', 'u2']);
    const added = out.events[1]!;
    expect(added.origin).toBe('user');
    expect(added.countries).toEqual(['CN']);
    expect(added.corroboration.reports).toBe(1);
  });

  it('does not merge when types are incompatible, actors are disjoint or dates do not overlap', () => {
    const base = baseDataset();
    const src = userSource('user-y', 'Y', 'Text of a report.');
    const evs = [
      userEvent('a', src, { type: 'SANCTION' }),
      userEvent('b', src, { actors: ['cn'] }),
      userEvent('c', src, { start: '2022-01-05', end: '2022-01-05' }),
    ];
    const out = applyWorkspace(base, addReport(EMPTY_WORKSPACE, src, evs));
    expect(out.events.map((e) => e.id)).toEqual(['ev-meet', 'a', 'b', 'c']);
  });

  it('applies an edit to a curated event as an overlay marked edited, and reset restores the original', () => {
    const base = baseDataset();
    const ws: Workspace = editEvent(EMPTY_WORKSPACE, 'ev-meet', { title: 'Corrected title', start: '2021-12-02', end: '2021-12-02', precision: 'day' });
    const out = applyWorkspace(base, ws);
    expect(out.events[0]).toMatchObject({ title: 'Corrected title', start: '2021-12-02', precision: 'day', edited: true });
    expect(base.events[0]!.title).toBe('US officials meet Qin Gang');
    const back = applyWorkspace(base, resetEdit(ws, 'ev-meet'));
    expect(back.events[0]).toEqual(base.events[0]);
  });

  it('hides the events of a removed source and its citations', () => {
    const base = baseDataset();
    const src = userSource('user-z', 'Z', 'Another report text.');
    const ws = addReport(EMPTY_WORKSPACE, src, [userEvent('u1', src), userEvent('u3', src, { actors: ['cn'], type: 'STATEMENT' })]);
    const removed = removeSource(ws, 'user-z');
    expect(removed.events).toEqual([]);
    const out = applyWorkspace(base, removed);
    expect(out.events).toHaveLength(1);
    expect(out.events[0]!.citations).toHaveLength(2);
    expect(out.sources.some((s) => s.id === 'user-z')).toBe(false);
  });

  it('merges a second report of a new happening into the first user event', () => {
    const base = baseDataset();
    const a = userSource('user-a', 'Reuters', 'China spoke in March.');
    const b = userSource('user-b', 'AP', 'Beijing said so too.');
    const over = { type: 'STATEMENT' as const, actors: ['cn'], start: '2022-03-01', end: '2022-03-01' };
    const ws = addReport(addReport(EMPTY_WORKSPACE, a, [userEvent('ua', a, over)]), b, [userEvent('ub', b, over)]);
    const out = applyWorkspace(base, ws);
    expect(out.events.map((e) => e.id)).toEqual(['ev-meet', 'ua']);
    expect(out.events[1]!.corroboration).toEqual({ reports: 2, independentOutlets: 2, outlets: ['AP', 'Reuters'] });
    expect(applyWorkspace(base, ws)).toEqual(out);
  });

  it('edits a user event by id like any other', () => {
    const base = baseDataset();
    const src = userSource('user-q', 'Q', 'Quoted text here.');
    const ws = editEvent(addReport(EMPTY_WORKSPACE, src, [userEvent('u9', src, { actors: ['cn'], type: 'STATEMENT' })]), 'u9', { actors: ['us'] });
    const ev = applyWorkspace(base, ws).events.find((e) => e.id === 'u9')!;
    expect(ev.actors).toEqual(['us']);
    expect(ev.countries).toEqual(['US']);
    expect(ev.edited).toBe(true);
  });
});

describe('addReport(ws, source, events)', () => {
  it('replaces an earlier copy of the same source and its events', () => {
    const src = userSource('user-a', 'A', 'Same text.');
    const first = addReport(EMPTY_WORKSPACE, src, [userEvent('a-1', src), userEvent('a-2', src)]);
    const again = addReport(first, src, [userEvent('a-3', src)]);
    expect(again.sources).toHaveLength(1);
    expect(again.events.map((e) => e.id)).toEqual(['a-3']);
  });
});
