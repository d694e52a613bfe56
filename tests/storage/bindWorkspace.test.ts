import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createDatelineStore } from '../../src/store/store';
import { bindWorkspace } from '../../src/store/workspaceSlice';
import { createWorkspaceStorage } from '../../src/storage/workspaceDb';
import type { WorkspaceStorage } from '../../src/storage/workspaceDb';
import { StorageError } from '../../src/storage/StorageError';
import { addReport, editEvent, removeSource } from '../../src/lib/workspace/workspaceOps';
import { baseDataset, userEvent, userSource } from '../lib/workspace/fixtures';

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
};
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function setup(factory: IDBFactory) {
  const store = createDatelineStore();
  const storage = createWorkspaceStorage({ factory, channel: null });
  cleanups.push(bindWorkspace(store, storage), () => storage.close());
  return store;
}

describe('bindWorkspace(store, storage)', () => {
  it('shows user events on top of the loaded dataset, saves them, and restores them after a reload', async () => {
    const factory = new IDBFactory();
    const store = setup(factory);
    store.getState().setDataset(baseDataset());
    await until(() => store.getState().status === 'ready');
    const src = userSource('user-a', 'Reuters', 'China spoke in March.');
    store.getState().updateWorkspace((ws) => addReport(ws, src, [userEvent('u1', src, { type: 'STATEMENT', actors: ['cn'], start: '2022-03-01', end: '2022-03-01' })]));
    expect(store.getState().dataset!.events.map((e) => e.id)).toEqual(['ev-meet', 'u1']);
    expect(store.getState().dataset!.sources.find((s) => s.id === 'user-a')?.text).toBe(src.text);

    const reloaded = setup(factory);
    reloaded.getState().setDataset(baseDataset());
    await until(() => reloaded.getState().dataset?.events.length === 2);
    expect(reloaded.getState().workspace.sources.map((s) => s.id)).toEqual(['user-a']);
  });

  it('re-applies the workspace when the loader sets a new dataset', async () => {
    const store = setup(new IDBFactory());
    store.getState().setDataset(baseDataset());
    await until(() => store.getState().status === 'ready');
    store.getState().updateWorkspace((ws) => editEvent(ws, 'ev-meet', { title: 'Edited' }));
    store.getState().setDataset(baseDataset());
    expect(store.getState().dataset!.events[0]).toMatchObject({ title: 'Edited', edited: true });
    expect(store.getState().baseDataset!.events[0]!.title).toBe('US officials meet Qin Gang');
  });

  it('undoes a source deletion during the session', async () => {
    const store = setup(new IDBFactory());
    store.getState().setDataset(baseDataset());
    await until(() => store.getState().status === 'ready');
    const src = userSource('user-a', 'Reuters', 'Text.');
    store.getState().updateWorkspace((ws) => addReport(ws, src, []));
    store.getState().updateWorkspace((ws) => removeSource(ws, 'user-a'), 'Deleted “Reuters story”');
    expect(store.getState().dataset!.sources.some((s) => s.id === 'user-a')).toBe(false);
    expect(store.getState().undo?.label).toBe('Deleted “Reuters story”');
    store.getState().undoLast();
    expect(store.getState().dataset!.sources.some((s) => s.id === 'user-a')).toBe(true);
    expect(store.getState().undo).toBeNull();
  });

  it('offers no undo of an older deletion once something else changed', async () => {
    const store = setup(new IDBFactory());
    store.getState().setDataset(baseDataset());
    await until(() => store.getState().status === 'ready');
    const src = userSource('user-a', 'Reuters', 'Text.');
    store.getState().updateWorkspace((ws) => addReport(ws, src, []));
    store.getState().updateWorkspace((ws) => removeSource(ws, 'user-a'), 'Deleted');
    store.getState().updateWorkspace((ws) => editEvent(ws, 'ev-meet', { title: 'New' }));
    expect(store.getState().undo).toBeNull();
  });

  it('reports a failing save and keeps the work in memory', async () => {
    const failing: WorkspaceStorage = {
      load: async () => ({ workspace: { sources: [], events: [], edits: {}, actors: [] }, corrupt: [] }),
      save: async () => {
        throw new StorageError('quota', 'Storage quota exceeded. Export the workspace.');
      },
      onExternalChange: () => () => {},
      close: () => {},
    };
    const store = createDatelineStore();
    cleanups.push(bindWorkspace(store, failing));
    store.getState().setDataset(baseDataset());
    await new Promise((r) => setTimeout(r, 0));
    store.getState().updateWorkspace((ws) => editEvent(ws, 'ev-meet', { title: 'Kept' }));
    await until(() => store.getState().storageIssues.length === 1);
    expect(store.getState().storageIssues[0]).toEqual({ kind: 'quota', message: 'Storage quota exceeded. Export the workspace.' });
    expect(store.getState().dataset!.events[0]!.title).toBe('Kept');
  });
});

describe('bindWorkspace: load order', () => {
  it('holds a dataset that arrives before the saved workspace, so no one sees it without the user events', async () => {
    const src = userSource('user-a', 'Reuters', 'China spoke in March.');
    const saved = addReport({ sources: [], events: [], edits: {}, actors: [] }, src, [userEvent('u1', src, { type: 'STATEMENT', actors: ['cn'], start: '2022-03-01', end: '2022-03-01' })]);
    let finish: () => void = () => {};
    const slow: WorkspaceStorage = {
      load: () => new Promise((resolve) => (finish = () => resolve({ workspace: saved, corrupt: [] }))),
      save: async () => {},
      onExternalChange: () => () => {},
      close: () => {},
    };
    const store = createDatelineStore();
    cleanups.push(bindWorkspace(store, slow));
    const seen: number[] = [];
    store.subscribe((s) => s.dataset && seen.push(s.dataset.events.length));
    store.getState().setDataset(baseDataset());
    expect(store.getState().dataset).toBeNull();
    expect(store.getState().status).toBe('loading');
    finish();
    await until(() => store.getState().status === 'ready');
    expect(store.getState().dataset!.events.map((e) => e.id)).toEqual(['ev-meet', 'u1']);
    expect(seen.every((n) => n === 2)).toBe(true);
  });
});
