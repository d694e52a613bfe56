import { useEffect } from 'react';
import { useDatelineStore } from '../../store/react';
import { bindWorkspace } from '../../store/workspaceSlice';
import { createWorkspaceStorage, type WorkspaceStorage } from '../../storage/workspaceDb';
import { takeEarlyWorkspaceStorage } from '../data/earlyLoad';

/** The storage main.tsx opened early (its first read already under way), else a new one. */
function defaultStorage(): WorkspaceStorage | null {
  return takeEarlyWorkspaceStorage() ?? createWorkspaceStorage();
}

/** Connects the store to IndexedDB storage for as long as the component is mounted. */
export function useWorkspaceBinding(makeStorage: () => WorkspaceStorage | null = defaultStorage): void {
  const store = useDatelineStore();
  useEffect(() => {
    const storage = makeStorage();
    const unbind = bindWorkspace(store, storage);
    return () => {
      unbind();
      storage?.close();
    };
    // The storage factory is read once per store.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
}
