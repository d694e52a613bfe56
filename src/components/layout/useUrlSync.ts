/** Starts URL sync for each loaded dataset (see src/store/urlSync.ts). */
import { useEffect } from 'react';
import type { Dataset } from '../../lib/model/types';
import { useDatelineStore } from '../../store/react';
import { startUrlSync } from '../../store/urlSync';

export function useUrlSync(dataset: Dataset | null): void {
  const store = useDatelineStore();
  useEffect(() => {
    if (!dataset) return;
    return startUrlSync(store, dataset, window);
  }, [store, dataset]);
}
