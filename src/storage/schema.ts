/**
 * The IndexedDB schema of the workspace database, with its migrations (through `idb`).
 *
 * v1: `sources` (keyPath id), `events` (keyPath id), `meta` (keyPath key) — edits and user actors
 *     lived in `meta` records `edits` ({key, value: Record<eventId, patch>}) and `actors` ({key, value: Actor[]}).
 * v2: adds `edits` (keyPath eventId) and `actors` (keyPath id) object stores; v1's meta records move into them.
 *
 * Record values are typed `unknown`: whatever is read back is validated before use (`workspaceDb.ts`).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

export const DB_NAME = 'dateline-workspace';
/** The current schema version. */
export const DB_VERSION = 2;

/** The object stores and their keys. */
export interface WorkspaceDbSchema extends DBSchema {
  sources: { key: string; value: unknown };
  events: { key: string; value: unknown };
  edits: { key: string; value: unknown };
  actors: { key: string; value: unknown };
  meta: { key: string; value: { key: string; value: unknown } };
}
/** An object store of the workspace database. */
export type StoreName = StoreNames<WorkspaceDbSchema>;
/** The open workspace database. */
export type WorkspaceDb = IDBPDatabase<WorkspaceDbSchema>;
/** The version-change transaction a migration runs in. */
export type UpgradeTransaction = IDBPTransaction<WorkspaceDbSchema, StoreName[], 'versionchange'>;

/** Creates the v1 stores (used by migrations and by tests that build a v1 database). */
export function createV1(db: WorkspaceDb): void {
  db.createObjectStore('sources', { keyPath: 'id' });
  db.createObjectStore('events', { keyPath: 'id' });
  db.createObjectStore('meta', { keyPath: 'key' });
}

async function migrateV1toV2(db: WorkspaceDb, tx: UpgradeTransaction): Promise<void> {
  const edits = db.createObjectStore('edits', { keyPath: 'eventId' });
  const actors = db.createObjectStore('actors', { keyPath: 'id' });
  const meta = tx.objectStore('meta');
  const oldEdits = ((await meta.get('edits'))?.value ?? {}) as Record<string, unknown>;
  const oldActors = ((await meta.get('actors'))?.value ?? []) as unknown[];
  await Promise.all([
    ...Object.entries(oldEdits).map(([eventId, patch]) => edits.put({ eventId, patch })),
    ...oldActors.map((a) => actors.put(a)),
    meta.delete('edits'),
    meta.delete('actors'),
  ]);
}

/**
 * Runs inside `upgradeneeded`: creates or migrates stores from `oldVersion` to `DB_VERSION`.
 * A failed step aborts the version-change transaction, so the open request fails and nothing changes.
 */
export async function upgrade(db: WorkspaceDb, tx: UpgradeTransaction, oldVersion: number): Promise<void> {
  if (oldVersion < 1) createV1(db);
  if (oldVersion < 2) await migrateV1toV2(db, tx);
}
