/** Renders UI inside a fresh store loaded with a dataset (the fixture by default). */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { StoreContext } from '../../src/store/react';
import { createDatelineStore, type DatelineStore } from '../../src/store/store';
import type { Dataset } from '../../src/lib/model/types';
import { miniDataset } from '../fixtures/miniDataset';

export function renderWithStore(ui: ReactElement, dataset: Dataset = miniDataset()): { store: DatelineStore } & ReturnType<typeof render> {
  const store = createDatelineStore();
  store.getState().setDataset(dataset);
  const result = render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
  return { store, ...result };
}
