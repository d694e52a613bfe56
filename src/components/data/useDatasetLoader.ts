/**
 * Loads the dataset named by `?data=` (same origin only) or the built-in `data/timeline.json`,
 * and user-picked files, reporting progress and errors through the store.
 */
import { useCallback, useEffect } from 'react';
import { useDatelineStore } from '../../store/react';
import { LoadFailure, loadDatasetFromFile, loadDatasetFromUrl } from '../../browser/load/loadDataset';
import type { DatelineStore } from '../../store/store';
import { EMPTY_FILTERS } from '../../lib/filter/filterTypes';
import { BUILTIN_DATA_URL, clearEarlyDatasetLoad, datasetTarget, earlyDatasetLoad } from './earlyLoad';

export { BUILTIN_DATA_URL };

function reportFailure(store: DatelineStore, e: unknown, file: string) {
  if (e instanceof LoadFailure) store.getState().setError(e.info);
  else store.getState().setError({ title: 'The dataset could not be loaded', message: `${file}: ${String((e as Error)?.message ?? e)}`, file });
}

/** Starts loading once per mount; returns a function that opens a user file instead. */
export function useDatasetLoader(search: string, pageUrl: string): (file: File) => void {
  const store = useDatelineStore();
  useEffect(() => {
    let cancelled = false;
    const target = datasetTarget(search, pageUrl);
    if (!target.ok) {
      store.getState().setError({ title: 'The dataset link cannot be loaded', message: target.reason, file: target.param, field: 'data' });
      return;
    }
    const url = target.url;
    const onProgress = (p: number | null) => !cancelled && store.getState().setLoading(p);
    store.getState().setLoading(null);
    // A load main.tsx started before React mounted is taken over rather than fetched twice.
    const early = earlyDatasetLoad(search, url);
    if (early) {
      early.onProgress = onProgress;
      if (early.last !== undefined) onProgress(early.last);
    }
    const promise = early ? early.promise : loadDatasetFromUrl(url, onProgress);
    promise.then(
      (ds) => {
        if (cancelled) return;
        if (early) clearEarlyDatasetLoad(early);
        store.getState().setDataset(ds);
      },
      (e: unknown) => {
        if (cancelled) return;
        if (early) clearEarlyDatasetLoad(early);
        reportFailure(store, e, url);
      },
    );
    return () => {
      cancelled = true;
      if (early && early.onProgress === onProgress) early.onProgress = null;
    };
  }, [store, search, pageUrl]);

  return useCallback(
    (file: File) => {
      store.getState().setLoading(0);
      loadDatasetFromFile(file, (p) => store.getState().setLoading(p)).then(
        (ds) => {
          // The picked file replaces any ?data= dataset; the old view refers to the old dataset.
          const url = new URL(window.location.href);
          if (url.searchParams.has('data')) {
            url.searchParams.delete('data');
            window.history.replaceState(null, '', url.pathname + url.search + url.hash);
          }
          store.setState({ filters: EMPTY_FILTERS, selectedId: null, reader: null, viewport: null });
          store.getState().setDataset(ds);
        },
        (e: unknown) => reportFailure(store, e, file.name),
      );
    },
    [store],
  );
}
