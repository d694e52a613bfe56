/**
 * The IndexedDB schema of the workspace database, with its migrations.
 *
 * v1: `sources` (keyPath id), `events` (keyPath id), `meta` (keyPath key) — edits and user actors
 *     lived in `meta` records `edits` ({key, value: Record<eventId, patch>}) and `actors` ({key, value: Actor[]}).
 * v2: adds `edits` (keyPath eventId) and `actors` (keyPath id) object stores; v1's meta records move into them.
 */
export const DB_NAME = 'dateline-workspace';
/** The current schema version. */
export const DB_VERSION = 2;
export const STORES = ['sources', 'events', 'edits', 'actors', 'meta'] as const;
/** An object store of the workspace database. */
export type StoreName = (typeof STORES)[number];

/** Creates the v1 stores (used by migrations and by tests that build a v1 database). */
export function createV1(db: IDBDatabase): void {
  db.createObjectStore('sources', { keyPath: 'id' });
  db.createObjectStore('events', { keyPath: 'id' });
  db.createObjectStore('meta', { keyPath: 'key' });
}

function migrateV1toV2(db: IDBDatabase, tx: IDBTransaction): void {
  const edits = db.createObjectStore('edits', { keyPath: 'eventId' });
  const actors = db.createObjectStore('actors', { keyPath: 'id' });
  const meta = tx.objectStore('meta');
  const reqEdits = meta.get('edits');
  reqEdits.onsuccess = () => {
    const value = (reqEdits.result as { value?: Record<string, unknown> } | undefined)?.value ?? {};
    for (const [eventId, patch] of Object.entries(value)) edits.put({ eventId, patch });
    meta.delete('edits');
  };
  const reqActors = meta.get('actors');
  reqActors.onsuccess = () => {
    const value = (reqActors.result as { value?: unknown[] } | undefined)?.value ?? [];
    for (const a of value) actors.put(a);
    meta.delete('actors');
  };
}

/** Runs inside `onupgradeneeded`: creates or migrates stores from `oldVersion` to `DB_VERSION`. */
export function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) createV1(db);
  if (oldVersion < 2) migrateV1toV2(db, tx);
}
