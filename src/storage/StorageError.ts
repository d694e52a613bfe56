/** Why storage failed: `unavailable` (no IndexedDB, private mode, blocked), `quota` (disk full), `corrupt` (a record failed validation), `failed` (anything else). */
export type StorageErrorKind = 'unavailable' | 'quota' | 'corrupt' | 'failed';

/** A storage failure with what to tell the user. */
export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  /** For `corrupt`: the object store and key of the bad record, and the bad field. */
  readonly store: string | undefined;
  readonly key: string | undefined;
  readonly field: string | undefined;
  constructor(kind: StorageErrorKind, message: string, where: { store?: string; key?: string; field?: string } = {}) {
    super(message);
    this.name = 'StorageError';
    this.kind = kind;
    this.store = where.store;
    this.key = where.key;
    this.field = where.field;
  }
}

/** Wraps any IndexedDB failure into a `StorageError` with a user-facing message. */
export function toStorageError(e: unknown, doing: string): StorageError {
  if (e instanceof StorageError) return e;
  const name = (e as { name?: string } | null)?.name ?? '';
  const msg = (e as { message?: string } | null)?.message ?? String(e);
  if (name === 'QuotaExceededError' || /quota/i.test(msg))
    return new StorageError('quota', `Your browser refused to store more data while ${doing} (storage quota exceeded). Your work is kept in this tab; export the workspace to keep a copy.`);
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return new StorageError('unavailable', `Browser storage is not available (${name}: ${msg}) while ${doing}. Private browsing may block it. Your work is kept in this tab only; export the workspace to keep a copy.`);
  return new StorageError('failed', `Saving failed while ${doing}: ${msg}. Your work is kept in this tab; export the workspace to keep a copy.`);
}
