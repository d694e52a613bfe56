import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { createWorkspaceStorage, openDatabase } from '../../src/storage/workspaceDb';
import { wrap } from 'idb';
import { createV1, DB_VERSION } from '../../src/storage/schema';
import type { WorkspaceDb } from '../../src/storage/schema';
import { StorageError } from '../../src/storage/StorageError';
import { EMPTY_WORKSPACE } from '../../src/lib/workspace/types';
import type { Workspace } from '../../src/lib/workspace/types';
import { addActors, addReport, editEvent } from '../../src/lib/workspace/workspaceOps';
import { userEvent, userSource } from '../lib/workspace/fixtures';

function sample(): Workspace {
  const src = userSource('user-a', 'Wire', 'A report about a meeting in December.');
  let ws = addReport(EMPTY_WORKSPACE, src, [userEvent('e1', src)]);
  ws = editEvent(ws, 'ev-meet', { title: 'Fixed' });
  return addActors(ws, [{ id: 'user-x', name: 'X', kind: 'person', country: null, aliases: [] }]);
}

const open: { close(): void }[] = [];
function storage(factory: IDBFactory, channel: BroadcastChannel | null = null) {
  const s = createWorkspaceStorage({ factory, channel });
  open.push(s);
  return s;
}
afterEach(() => {
  open.splice(0).forEach((s) => s.close());
  vi.restoreAllMocks();
});

describe('createWorkspaceStorage', () => {
  it('round-trips a workspace through IndexedDB (a fresh instance sees it, as after a reload)', async () => {
    const factory = new IDBFactory();
    await storage(factory).save(sample());
    const { workspace, corrupt } = await storage(factory).load();
    expect(corrupt).toEqual([]);
    expect(workspace).toEqual(sample());
  });

  it('deletes records removed from the workspace', async () => {
    const factory = new IDBFactory();
    const s = storage(factory);
    await s.save(sample());
    await s.save({ ...sample(), sources: [], events: [] });
    const { workspace } = await storage(factory).load();
    expect(workspace.sources).toEqual([]);
    expect(workspace.events).toEqual([]);
    expect(Object.keys(workspace.edits)).toEqual(['ev-meet']);
  });

  it('rewrites only the records that changed since the last save', async () => {
    const factory = new IDBFactory();
    const s = storage(factory);
    const ws = sample();
    await s.save(ws);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const edited = editEvent(ws, 'ev-2', { title: 'Another' });
    await s.save(edited);
    const stores = put.mock.contexts.map((c) => (c as IDBObjectStore).name);
    expect(stores.sort()).toEqual(['edits', 'meta']);
    put.mockRestore();
    expect(Object.keys((await storage(factory).load()).workspace.edits).sort()).toEqual(['ev-2', 'ev-meet']);
  });

  it('migrates a v1 database (edits and actors in meta) to the current schema', async () => {
    const factory = new IDBFactory();
    const ws = sample();
    await new Promise<void>((resolve, reject) => {
      const r = factory.open('dateline-workspace', 1);
      r.onupgradeneeded = () => createV1(wrap(r.result) as WorkspaceDb);
      r.onsuccess = () => {
        const db = r.result;
        const tx = db.transaction(['sources', 'events', 'meta'], 'readwrite');
        tx.objectStore('sources').put(ws.sources[0]);
        tx.objectStore('events').put(ws.events[0]);
        tx.objectStore('meta').put({ key: 'edits', value: { 'ev-meet': { title: 'Fixed' } } });
        tx.objectStore('meta').put({ key: 'actors', value: ws.actors });
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const { workspace, corrupt } = await storage(factory).load();
    expect(corrupt).toEqual([]);
    expect(workspace).toEqual(sample());
    const db = await openDatabase(factory);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['actors', 'edits', 'events', 'meta', 'sources']);
    db.close();
  });

  it('reports a corrupted record by store, key and field, loads the rest, and leaves it in storage', async () => {
    const factory = new IDBFactory();
    await storage(factory).save(sample());
    const db = await openDatabase(factory);
    await new Promise<void>((resolve) => {
      const tx = db.transaction('events', 'readwrite');
      tx.objectStore('events').put({ id: 'broken', title: 'No dates' });
      tx.oncomplete = () => resolve();
    });
    db.close();
    const s = storage(factory);
    const { workspace, corrupt } = await s.load();
    expect(workspace.events.map((e) => e.id)).toEqual(['e1']);
    expect(corrupt).toHaveLength(1);
    expect(corrupt[0]).toMatchObject({ kind: 'corrupt', store: 'events', key: 'broken', field: 'start' });
    expect(corrupt[0]!.message).toMatch(/events "broken", field "start"/);
    await s.save(workspace);
    expect((await storage(factory).load()).corrupt).toHaveLength(1);
  });

  it('turns a quota error into a clear StorageError and writes nothing of the failed save', async () => {
    const factory = new IDBFactory();
    const s = storage(factory);
    await s.save(sample());
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'actors') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    const bigger = addReport(sample(), userSource('user-b', 'B', 'Second report text.'), []);
    const err = await s.save(bigger).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err).toMatchObject({ kind: 'quota' });
    expect((err as Error).message).toMatch(/storage quota exceeded.*export the workspace/);
    vi.restoreAllMocks();
    expect((await storage(factory).load()).workspace.sources.map((x) => x.id)).toEqual(['user-a']);
  });

  it('reports missing IndexedDB (private mode) as unavailable', async () => {
    const s = createWorkspaceStorage({ factory: undefined, channel: null });
    await expect(s.load()).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('tells another tab when it saves', async () => {
    const factory = new IDBFactory();
    const a = storage(factory, new BroadcastChannel('test-ws-sync'));
    const b = storage(factory, new BroadcastChannel('test-ws-sync'));
    const seen = new Promise<Workspace>((resolve) => b.onExternalChange(() => void b.load().then((r) => resolve(r.workspace))));
    await a.save(sample());
    expect(await seen).toEqual(sample());
  });
});
