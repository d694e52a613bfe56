/**
 * The workspace storage module: loads and saves the user's workspace in IndexedDB.
 * Saves are one readwrite transaction over all stores (all or nothing). Records that fail
 * validation on load are reported (never deleted or overwritten), and other tabs are told of
 * every save through the BroadcastChannel `dateline-workspace`.
 */
import type * as z from 'zod/mini';
import { actorSchema, editSchema, eventSchema, firstProblem, sourceSchema } from '../lib/model/schema';
import type { EventEdit, Workspace } from '../lib/workspace/types';
import { wrap } from 'idb';
import { DB_NAME, DB_VERSION, upgrade } from './schema';
import type { UpgradeTransaction, WorkspaceDb } from './schema';
import { StorageError, toStorageError } from './StorageError';

/** The BroadcastChannel name other tabs listen on. */
export const CHANNEL_NAME = 'dateline-workspace';

/** The result of loading: the valid workspace, plus any records that failed validation. */
export interface LoadResult {
  workspace: Workspace;
  corrupt: StorageError[];
}

/** The storage module's interface (the store slice depends only on this). */
export interface WorkspaceStorage {
  load(): Promise<LoadResult>;
  save(ws: Workspace): Promise<void>;
  /** Calls `fn` when another tab saved. Returns an unsubscribe function. */
  onExternalChange(fn: () => void): () => void;
  close(): void;
}

/** Opens (creating or migrating) the workspace database. */
export function openDatabase(factory: IDBFactory | undefined, name = DB_NAME): Promise<WorkspaceDb> {
  if (!factory) return Promise.reject(new StorageError('unavailable', 'Browser storage (IndexedDB) is not available here — private browsing may disable it. Your work is kept in this tab only; export the workspace to keep a copy.'));
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, DB_VERSION);
  } catch (e) {
    return Promise.reject(toStorageError(e, 'opening storage'));
  }
  request.addEventListener('upgradeneeded', (ev) => {
    // idb's openDB() opens on the global indexedDB; this opens on the injected factory, so the
    // request is wrapped by hand (wrap() does not know the schema or the version-change mode).
    const db = wrap(request.result) as WorkspaceDb;
    const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
    // A failed migration aborts the version change; the open request then fails with its error.
    upgrade(db, tx, ev.oldVersion).catch(() => request.transaction?.abort());
  });
  const blocked = new Promise<never>((_, reject) =>
    request.addEventListener('blocked', () => reject(new StorageError('unavailable', 'Storage is blocked by another Dateline tab running an older version. Close the other tabs and reload.'))),
  );
  const opened = (wrap(request) as Promise<unknown>).then(
    (db) => db as WorkspaceDb,
    (e: unknown) => {
      throw toStorageError(e ?? request.error, 'opening storage');
    },
  );
  return Promise.race([opened, blocked]);
}

const STORES = ['sources', 'events', 'edits', 'actors'] as const;
type RecordStore = (typeof STORES)[number];
const KEY: Record<RecordStore, string> = { sources: 'id', events: 'id', edits: 'eventId', actors: 'id' };
const SCHEMAS: Record<RecordStore, z.ZodMiniType> = { sources: sourceSchema, events: eventSchema, edits: editSchema, actors: actorSchema };

/** Creates the storage module over an IndexedDB factory (fake-indexeddb in tests). */
export function createWorkspaceStorage(opts: { factory?: IDBFactory | undefined; name?: string; channel?: BroadcastChannel | null } = {}): WorkspaceStorage {
  let dbp: Promise<WorkspaceDb> | null = null;
  const factory = 'factory' in opts ? opts.factory : typeof indexedDB !== 'undefined' ? indexedDB : undefined;
  const db = () => (dbp ??= openDatabase(factory, opts.name ?? DB_NAME));
  const channel = opts.channel !== undefined ? opts.channel : typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL_NAME) : null;
  /** Keys loaded as valid or saved by us: only these may be deleted by a save. */
  const known: Record<string, Set<string>> = { sources: new Set(), events: new Set(), edits: new Set(), actors: new Set() };
  /** The record objects last written or read, by store and key: unchanged records (same object) are not rewritten. */
  let written: Record<string, Map<string, unknown>> = { sources: new Map(), events: new Map(), edits: new Map(), actors: new Map() };
  const listeners = new Set<() => void>();
  if (channel) channel.onmessage = (ev: MessageEvent) => {
    if ((ev.data as { type?: string } | null)?.type === 'saved') listeners.forEach((fn) => fn());
  };

  return {
    async load() {
      let d: WorkspaceDb;
      try {
        d = await db();
      } catch (e) {
        dbp = null;
        throw toStorageError(e, 'opening storage');
      }
      try {
        const tx = d.transaction(STORES, 'readonly');
        const [sources, events, edits, actors] = await Promise.all(STORES.map((s) => tx.objectStore(s).getAll()));
        const corrupt: StorageError[] = [];
        const valid = (store: RecordStore, rows: unknown[]) => {
          known[store] = new Set();
          written[store] = new Map();
          const ok: unknown[] = [];
          rows.forEach((row, i) => {
            const key = row && typeof row === 'object' ? String((row as Record<string, unknown>)[KEY[store]] ?? `#${i}`) : `#${i}`;
            const r = SCHEMAS[store].safeParse(row);
            if (r.success) {
              ok.push(r.data);
              known[store]!.add(key);
              written[store]!.set(key, r.data);
            } else {
              const { field, message } = firstProblem(r.error, row);
              corrupt.push(new StorageError('corrupt', `A saved record is damaged and was not loaded: ${store} "${key}", field "${field}": ${message}. It is left untouched in storage.`, { store, key, field }));
            }
          });
          return ok;
        };
        const editList = valid('edits', edits!) as EventEdit[];
        const workspace: Workspace = {
          sources: valid('sources', sources!) as Workspace['sources'],
          events: valid('events', events!) as Workspace['events'],
          edits: Object.fromEntries(editList.map((e) => [e.eventId, e])),
          actors: valid('actors', actors!) as Workspace['actors'],
        };
        return { workspace, corrupt };
      } catch (e) {
        throw toStorageError(e, 'loading your workspace');
      }
    },

    async save(ws) {
      const d = await db().catch((e: unknown) => {
        dbp = null;
        throw toStorageError(e, 'saving');
      });
      const next: Record<string, { key: string; value: unknown }[]> = {
        sources: ws.sources.map((s) => ({ key: s.id, value: s })),
        events: ws.events.map((e) => ({ key: e.id, value: e })),
        edits: Object.values(ws.edits).map((e) => ({ key: e.eventId, value: e })),
        actors: ws.actors.map((a) => ({ key: a.id, value: a })),
      };
      const tx = d.transaction([...STORES, 'meta'], 'readwrite');
      const writes: Promise<unknown>[] = [];
      try {
        for (const store of STORES) {
          const os = tx.objectStore(store);
          const keep = new Set(next[store]!.map((r) => r.key));
          for (const k of known[store]!) if (!keep.has(k)) writes.push(os.delete(k));
          for (const r of next[store]!) if (written[store]!.get(r.key) !== r.value) writes.push(os.put(r.value));
        }
        writes.push(tx.objectStore('meta').put({ key: 'savedAt', value: Date.now() }));
      } catch (e) {
        // A put can throw synchronously (quota, clone errors): abort so nothing of this save is written.
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
        await Promise.allSettled([...writes, tx.done]);
        throw toStorageError(e, 'saving');
      }
      try {
        await Promise.all([...writes, tx.done]);
      } catch (e) {
        throw toStorageError(tx.error ?? e ?? new Error('the transaction was aborted'), 'saving');
      }
      for (const store of STORES) known[store] = new Set(next[store]!.map((r) => r.key));
      written = Object.fromEntries(STORES.map((store) => [store, new Map(next[store]!.map((r) => [r.key, r.value]))]));
      channel?.postMessage({ type: 'saved' });
    },

    onExternalChange(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },

    close() {
      channel?.close();
      void dbp?.then((d) => d.close()).catch(() => undefined);
    },
  };
}
