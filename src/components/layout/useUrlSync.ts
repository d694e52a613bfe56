/** Starts URL sync once a dataset is loaded (see src/store/urlSync.ts). */
import { useEffect } from 'react';
import type { Dataset } from '../../lib/model/types';
import { useDatelineStore } from '../../store/react';
import { startUrlSync } from '../../store/urlSync';

export function useUrlSync(dataset: Dataset | null): void {
  const store = useDatelineStore();
  const ready = dataset !== null;
  useEffect(() => {
    if (!ready) return;
    return startUrlSync(store, window);
  }, [store, ready]);
}
