/**
 * Loads the dataset named by `?data=` (same origin only) or the built-in `data/timeline.json`,
 * and user-picked files, reporting progress and errors through the store.
 */
import { useCallback, useEffect } from 'react';
import { useDatelineStore } from '../../store/react';
import { LoadFailure, loadDatasetFromFile, loadDatasetFromUrl } from '../../lib/load/loadDataset';
import { resolveDataUrl } from '../../lib/load/resolveDataUrl';
import type { DatelineStore } from '../../store/store';

/** The built-in dataset, relative to the page. */
export const BUILTIN_DATA_URL = 'data/timeline.json';

function reportFailure(store: DatelineStore, e: unknown, file: string) {
  if (e instanceof LoadFailure) store.getState().setError(e.info);
  else store.getState().setError({ title: 'The dataset could not be loaded', message: `${file}: ${String((e as Error)?.message ?? e)}`, file });
}

/** Starts loading once per mount; returns a function that opens a user file instead. */
export function useDatasetLoader(search: string, pageUrl: string): (file: File) => void {
  const store = useDatelineStore();
  useEffect(() => {
    let cancelled = false;
    const param = new URLSearchParams(search).get('data');
    let url = BUILTIN_DATA_URL;
    if (param !== null) {
      const check = resolveDataUrl(param, pageUrl);
      if (!check.ok) {
        store.getState().setError({ title: 'The dataset link cannot be loaded', message: check.reason, file: param, field: 'data' });
        return;
      }
      url = check.url;
    }
    store.getState().setLoading(null);
    loadDatasetFromUrl(url, (p) => !cancelled && store.getState().setLoading(p)).then(
      (ds) => !cancelled && store.getState().setDataset(ds),
      (e: unknown) => !cancelled && reportFailure(store, e, url),
    );
    return () => {
      cancelled = true;
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
          store.setState({ filters: { actors: [], countries: [], types: [], sources: [], origins: [], q: '' }, selectedId: null, reader: null, viewport: null });
          store.getState().setDataset(ds);
        },
        (e: unknown) => reportFailure(store, e, file.name),
      );
    },
    [store],
  );
}
