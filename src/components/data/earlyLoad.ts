/**
 * Starts the dataset fetch (`?data=` or the built-in file) and the saved-workspace read before
 * React mounts (called first thing in main.tsx), so the network and IndexedDB work overlaps the
 * app's startup. `useDatasetLoader` and `useWorkspaceBinding` take over the pending work.
 */
import type { Dataset } from '../../lib/model/types';
import { loadDatasetFromUrl } from '../../browser/load/loadDataset';
import type { ProgressCallback } from '../../browser/load/readWithProgress';
import { resolveDataUrl } from '../../browser/load/resolveDataUrl';
import type { LoadResult, WorkspaceStorage } from '../../storage/workspaceDb';

/** The built-in dataset, relative to the page. */
export const BUILTIN_DATA_URL = 'data/timeline.json';

/** The URL to load for a page's query string, or why the `?data=` value is refused. */
export type DatasetTarget = { ok: true; url: string } | { ok: false; param: string; reason: string };

/** Picks the dataset for `search`: `?data=` (checked by `resolveDataUrl`) or the built-in file. */
export function datasetTarget(search: string, pageUrl: string): DatasetTarget {
  const param = new URLSearchParams(search).get('data');
  if (param === null) return { ok: true, url: BUILTIN_DATA_URL };
  const check = resolveDataUrl(param, pageUrl);
  return check.ok ? { ok: true, url: check.url } : { ok: false, param, reason: check.reason };
}

/** A dataset load started before the loader hook mounted. */
export interface EarlyDatasetLoad {
  search: string;
  url: string;
  promise: Promise<Dataset>;
  /** The latest progress seen (undefined before any). */
  last: number | null | undefined;
  /** Where progress goes once the hook has taken the load over. */
  onProgress: ProgressCallback | null;
}

let pendingDataset: EarlyDatasetLoad | null = null;

/** The request index.html's inline script started before any module loaded. */
interface Prefetch {
  url: string;
  response: Promise<Response>;
}

/** The inline script's response for `url` (once), or null when it fetched nothing or another URL. */
function takePrefetch(url: string): Promise<Response> | null {
  const g = globalThis as { __datelinePrefetch?: Prefetch };
  const pre = g.__datelinePrefetch;
  delete g.__datelinePrefetch;
  return pre && pre.url === url && pre.response instanceof Promise ? pre.response : null;
}

/** Starts loading the page's dataset now; a refused `?data=` starts nothing (the hook reports it). */
export function startEarlyDatasetLoad(search: string, pageUrl: string, fetchImpl: typeof fetch = fetch): EarlyDatasetLoad | null {
  const target = datasetTarget(search, pageUrl);
  if (!target.ok) return null;
  const entry: EarlyDatasetLoad = { search, url: target.url, promise: Promise.resolve(null as unknown as Dataset), last: undefined, onProgress: null };
  const prefetched = takePrefetch(target.url);
  entry.promise = loadDatasetFromUrl(
    target.url,
    (p) => {
      entry.last = p;
      entry.onProgress?.(p);
    },
    prefetched ? () => prefetched : fetchImpl,
  );
  entry.promise.catch(() => {}); // the hook reports failures; no unhandled rejection before it mounts
  pendingDataset = entry;
  return entry;
}

/** The early load for this query string and URL, if one is pending. */
export function earlyDatasetLoad(search: string, url: string): EarlyDatasetLoad | null {
  return pendingDataset && pendingDataset.search === search && pendingDataset.url === url ? pendingDataset : null;
}

/** Forgets the early load once its result has been used. */
export function clearEarlyDatasetLoad(entry: EarlyDatasetLoad): void {
  if (pendingDataset === entry) pendingDataset = null;
}

let pendingStorage: WorkspaceStorage | null = null;

/**
 * Opens the workspace storage and starts its first `load()` now; the first `load()` the binding
 * makes returns that read, later ones read again (another tab saved).
 */
export function startEarlyWorkspaceLoad(make: () => WorkspaceStorage | null): void {
  const storage = make();
  if (!storage) return;
  let first: Promise<LoadResult> | null = storage.load();
  first.catch(() => {}); // reported by the binding
  pendingStorage = {
    ...storage,
    load: () => {
      const p = first ?? storage.load();
      first = null;
      return p;
    },
  };
}

/** Takes the storage opened by {@link startEarlyWorkspaceLoad} (once), or null. */
export function takeEarlyWorkspaceStorage(): WorkspaceStorage | null {
  const s = pendingStorage;
  pendingStorage = null;
  return s;
}
