/**
 * The workspace storage module: loads and saves the user's workspace in IndexedDB.
 * Saves are one readwrite transaction over all stores (all or nothing). Records that fail
 * validation on load are reported (never deleted or overwritten), and other tabs are told of
 * every save through the BroadcastChannel `dateline-workspace`.
 */
import type * as z from 'zod/mini';
import { actorSchema, describeIssue, editSchema, eventSchema, sourceSchema } from '../lib/io/schemas';
import type { EventEdit, Workspace } from '../lib/workspace/types';
import { DB_NAME, DB_VERSION, upgrade } from './schema';
import type { StoreName } from './schema';
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

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Opens (creating or migrating) the workspace database. */
export function openDatabase(factory: IDBFactory | undefined, name = DB_NAME): Promise<IDBDatabase> {
  if (!factory) return Promise.reject(new StorageError('unavailable', 'Browser storage (IndexedDB) is not available here — private browsing may disable it. Your work is kept in this tab only; export the workspace to keep a copy.'));
  return new Promise((resolve, reject) => {
    let open: IDBOpenDBRequest;
    try {
      open = factory.open(name, DB_VERSION);
    } catch (e) {
      reject(toStorageError(e, 'opening storage'));
      return;
    }
    open.onupgradeneeded = (ev) => upgrade(open.result, open.transaction!, ev.oldVersion);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(toStorageError(open.error, 'opening storage'));
    open.onblocked = () => reject(new StorageError('unavailable', 'Storage is blocked by another Dateline tab running an older version. Close the other tabs and reload.'));
  });
}

const STORES: StoreName[] = ['sources', 'events', 'edits', 'actors'];
const KEY: Record<StoreName, string> = { sources: 'id', events: 'id', edits: 'eventId', actors: 'id', meta: 'key' };
const SCHEMAS: Record<Exclude<StoreName, 'meta'>, z.ZodMiniType> = { sources: sourceSchema, events: eventSchema, edits: editSchema, actors: actorSchema };

/** Creates the storage module over an IndexedDB factory (fake-indexeddb in tests). */
export function createWorkspaceStorage(opts: { factory?: IDBFactory | undefined; name?: string; channel?: BroadcastChannel | null } = {}): WorkspaceStorage {
  let dbp: Promise<IDBDatabase> | null = null;
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
      let d: IDBDatabase;
      try {
        d = await db();
      } catch (e) {
        dbp = null;
        throw toStorageError(e, 'opening storage');
      }
      try {
        const tx = d.transaction(STORES, 'readonly');
        const [sources, events, edits, actors] = await Promise.all(STORES.map((s) => req(tx.objectStore(s).getAll())));
        const corrupt: StorageError[] = [];
        const valid = (store: Exclude<StoreName, 'meta'>, rows: unknown[]) => {
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
              const { field, message } = describeIssue(r.error, row);
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
      await new Promise<void>((resolve, reject) => {
        let tx: IDBTransaction | null = null;
        try {
          tx = d.transaction([...STORES, 'meta'], 'readwrite');
          for (const store of STORES) {
            const os = tx.objectStore(store);
            const keep = new Set(next[store]!.map((r) => r.key));
            for (const k of known[store]!) if (!keep.has(k)) os.delete(k);
            for (const r of next[store]!) if (written[store]!.get(r.key) !== r.value) os.put(r.value);
          }
          tx.objectStore('meta').put({ key: 'savedAt', value: Date.now() });
        } catch (e) {
          // A put can throw synchronously (quota, clone errors): abort so nothing of this save is written.
          try {
            tx?.abort();
          } catch {
            /* already finished */
          }
          reject(toStorageError(e, 'saving'));
          return;
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(toStorageError(tx.error, 'saving'));
        tx.onabort = () => reject(toStorageError(tx.error ?? new Error('the transaction was aborted'), 'saving'));
      });
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
